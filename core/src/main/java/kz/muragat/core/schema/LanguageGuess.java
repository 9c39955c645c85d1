package kz.muragat.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Guesses which of Russian and Kazakh a text is written in, for the language facet when the
 * metadata does not say: words with Kazakh-only letters mark Kazakh, Russian function words mark
 * Russian; a page with enough of both is both.
 */
public final class LanguageGuess {
  private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
  private static final Set<String> RUSSIAN_FUNCTION_WORDS =
      Set.of("и", "в", "не", "на", "что", "с", "по", "к", "о", "из", "от", "для", "за", "как", "был", "была", "его", "он", "она", "при", "года", "г");

  private LanguageGuess() {}

  /** ISO 639-1 codes, Russian first when both; empty when the text has too few Cyrillic words. */
  public static List<String> guess(String text) {
    int cyrillic = 0, kazakh = 0, russian = 0;
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty() || !isCyrillic(w)) continue;
      cyrillic++;
      if (w.chars().anyMatch(c -> KAZAKH_LETTERS.indexOf(c) >= 0)) kazakh++;
      else if (RUSSIAN_FUNCTION_WORDS.contains(w)) russian++;
    }
    List<String> langs = new ArrayList<>();
    if (cyrillic < 5) return langs;
    if (russian >= Math.max(2, cyrillic * 0.04)) langs.add("ru");
    if (kazakh >= Math.max(2, cyrillic * 0.08)) langs.add("kk");
    if (langs.isEmpty()) langs.add(kazakh > 0 ? "kk" : "ru");
    return langs;
  }

  private static boolean isCyrillic(String w) {
    return Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
  }
}
