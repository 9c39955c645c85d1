package kz.muragat.facts.persons;

import java.util.ArrayList;
import java.util.List;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.NormalizedPage;

/**
 * A surname standing alone right before a birth phrase that starts with the year, where the page
 * names that person in full elsewhere: {@code по обвинению Бекетова\n1887 года рождения} with the
 * given name and patronymic lost (OCR cut the line, or read them into another block), {@code
 * Жантөреұлы 1903 жылы ... туған}. The surname alone is no name ({@link NameFinder} reads none), so
 * without this the birth year would be nobody's; with it, the reading joins the full name's
 * mention when the document's mentions are merged. Only a surname the page names in full counts,
 * and only when the page's full names of it are one person (namesakes: whose year it is cannot be
 * told).
 */
final class LoneSurnames {
  private LoneSurnames() {}

  /** How far after the surname (past a comma and spaces) the year must start. */
  private static final int YEAR_GAP = 3;

  /** The birth years read after lone surnames, as readings of the surname alone, in text order. */
  static List<PersonExtractor.Reading> read(
      NormalizedPage page, Clauses clauses, List<NameFinder.Name> names, int reach) {
    if (names.isEmpty() || !page.hasDigits()) {
      return List.of();
    }
    String text = page.text();
    String folded = page.folded();
    List<PersonExtractor.Reading> out = new ArrayList<>();
    int next = 0; // the first name not yet passed
    for (int k = 0; k < page.words(); k++) {
      int s = page.wordStart(k);
      int e = page.wordEnd(k);
      while (next < names.size() && names.get(next).end() <= s) {
        next++;
      }
      boolean inName = next < names.size() && names.get(next).start() <= s;
      if (inName || e - s < 4 || !Character.isUpperCase(text.charAt(s)) || !yearFollows(folded, e)) {
        continue;
      }
      String word = text.substring(s, e);
      NameFinder.Name full = onePerson(names, NameKey.of(word));
      if (full == null) {
        continue;
      }
      int to = Math.min(folded.length(), e + reach);
      if (next < names.size()) {
        to = Math.min(to, names.get(next).start());
      }
      BirthReader.Birth birth = BirthReader.read(folded, e, to, clauses);
      if (birth.year() == null) {
        continue;
      }
      String place = birth.placeStart() < 0 ? null
          : text.substring(birth.placeStart(), birth.placeEnd()).strip();
      out.add(new PersonExtractor.Reading(
          new PersonExtractor.NameParts(word, null, null), birth.year(),
          place == null || place.isEmpty() ? null : place, null, page.span(s, e)));
    }
    return out;
  }

  /** A digit within {@link #YEAR_GAP} characters after {@code at}, past a comma and spaces only. */
  private static boolean yearFollows(String folded, int at) {
    for (int i = at; i < Math.min(folded.length(), at + YEAR_GAP + 1); i++) {
      char c = folded.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (c != ' ' && c != '\n' && c != ',') {
        return false;
      }
    }
    return false;
  }

  /**
   * The full name on the page whose surname is {@code surname}, if the page's full names of that
   * surname are one person (given names agree where given); else null.
   */
  private static NameFinder.Name onePerson(List<NameFinder.Name> names, NameKey surname) {
    NameFinder.Name found = null;
    for (NameFinder.Name n : names) {
      if (n.given() == null || !NameKey.of(n.surname()).sameAs(surname)) {
        continue;
      }
      if (found != null && !NameKey.of(found.given()).sameAs(NameKey.of(n.given()))) {
        return null;
      }
      found = found == null ? n : found;
    }
    return found;
  }
}
