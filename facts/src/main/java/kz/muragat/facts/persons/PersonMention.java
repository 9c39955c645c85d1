package kz.muragat.facts.persons;

import java.util.List;
import java.util.StringJoiner;
import kz.muragat.facts.text.Span;

/**
 * A person named in one document, all its mentions there taken together: the name as the text
 * writes it (in its case: {@code Бекетова Хайретдина Кунтугановича} after {@code по обвинению}),
 * with the birth year and birthplace where the text gives them, and the person's role.
 *
 * @param surname the surname as written (Russian {@code -ов}, Kazakh {@code -ұлы}, …)
 * @param given the given name as written, or its initial ({@code Х.}), or null
 * @param patronymic the patronymic as written, or its initial, or null
 * @param birthYear the birth year the text gives next to the name, or null
 * @param birthplace the birthplace as written ({@code Актюбинской губернии}), or null
 * @param role subject (the accused) or other
 * @param spans every place the person is named, in page and text order
 */
public record PersonMention(
    String surname,
    String given,
    String patronymic,
    Integer birthYear,
    String birthplace,
    PersonRole role,
    List<Span> spans) {
  public PersonMention {
    if (surname == null || surname.isEmpty()) {
      throw new IllegalArgumentException("a person needs a surname");
    }
    spans = List.copyOf(spans);
  }

  /** The name as written: surname, given name, patronymic. */
  public String name() {
    StringJoiner j = new StringJoiner(" ");
    j.add(surname);
    if (given != null) {
      j.add(given);
    }
    if (patronymic != null) {
      j.add(patronymic);
    }
    return j.toString();
  }

  /** The pages the person is named on, ascending, each once. */
  public List<Integer> pages() {
    return spans.stream().map(Span::page).distinct().sorted().toList();
  }
}
