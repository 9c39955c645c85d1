package kz.muragat.indexer.ocr;

/**
 * Jaŋalif letters that no installed Latin model has, restored from what the model writes for
 * them, on pages judged to be Jaŋalif. Jaŋalif has no lowercase {@code b} (its б is the small
 * capital {@code ʙ}, its ы the letter {@code ь}/{@code ƅ}), so a model's {@code b} is the ы and a
 * capital {@code B} inside a word is the б; a Cyrillic {@code в} or {@code ь} in a Latin word is
 * the same two letters; the Turkish-style {@code ğ ö ž ñ ä} a model may write are Jaŋalif's
 * {@code ƣ ɵ ƶ ŋ ə}. Other letters are left as read.
 */
public final class JanalifLetters {
  private JanalifLetters() {}

  public static String restore(String word) {
    boolean latin = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin = true;
      else if (Character.isLetter(c) && "вьВЬ".indexOf(c) < 0) return word; // a Cyrillic word: not ours
    }
    if (!latin) return word;
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean inside = i > 0 && Character.isLetter(word.charAt(i - 1));
      boolean lowerAround = (inside && Character.isLowerCase(word.charAt(i - 1)))
          || (i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1)));
      out.append(switch (c) {
        case 'b', 'ь' -> 'ƅ';
        case 'Ь' -> 'Ƅ';
        case 'в' -> 'ʙ';
        case 'B', 'В' -> inside && lowerAround ? 'ʙ' : 'B';
        case 'ğ' -> 'ƣ';
        case 'Ğ' -> 'Ƣ';
        case 'ö' -> 'ɵ';
        case 'Ö' -> 'Ɵ';
        case 'ž' -> 'ƶ';
        case 'Ž' -> 'Ƶ';
        case 'ñ' -> 'ŋ';
        case 'Ñ' -> 'Ŋ';
        case 'ä' -> 'ə';
        case 'Ä' -> 'Ə';
        default -> c;
      });
    }
    return out.toString();
  }
}
