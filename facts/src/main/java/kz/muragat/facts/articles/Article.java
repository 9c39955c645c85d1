package kz.muragat.facts.articles;

import java.util.List;
import kz.muragat.facts.text.Span;

/**
 * An article of a criminal code the document cites.
 *
 * @param article normalized: {@code 58-10}, {@code 58-1а} (Cyrillic letter), {@code 59-3}, {@code 58}
 * @param code the code where the text names it ({@code УК РСФСР}, {@code УК КазССР}), or null
 * @param spans where it is cited
 */
public record Article(String article, String code, List<Span> spans) {
  public Article {
    spans = List.copyOf(spans);
  }
}
