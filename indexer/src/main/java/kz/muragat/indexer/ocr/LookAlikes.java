package kz.muragat.indexer.ocr;

import java.util.regex.Pattern;
import kz.muragat.analysis.normalize.HomoglyphFilter;

/**
 * Puts look-alike letters back into a word's own script, for the stored page text (the index
 * folds them anyway, through {@link HomoglyphFilter}; a reader sees and copies the stored text).
 *
 * <ul>
 *   <li>A word with letters of both scripts: the script that has letters without a look-alike in
 *       the other wins, and the look-alikes of the other are mapped to it ({@code Mocквa →
 *       Москва}, {@code Lеnin → Lenin}); OCR's {@code 1}/{@code 0} inside a Cyrillic word become
 *       {@code і}/{@code о}. Really mixed words — letters of both scripts that have no
 *       look-alike — are left alone.
 *   <li>A word made only of Latin look-alikes on a page with no Latin text ({@code CCCP}, {@code
 *       Ha}) becomes Cyrillic; one made only of Cyrillic look-alikes on a Latin page becomes
 *       Latin. A word with a Latin letter that has no Cyrillic twin ({@code Smith}) is Latin and
 *       stays so.
 *   <li>Roman numerals stay Latin, also as part of a hyphenated word ({@code XIX-го}), and are
 *       made Latin when OCR read them in Cyrillic ({@code ХІІ → XII}).
 * </ul>
 */
public final class LookAlikes {
  static final String LATIN = "aABcCeEHiIKkMmoOpPTxXyYh";
  static final String CYRIL = "аАВсСеЕНіІКкМмоОрРТхХуУһ";
  private static final Pattern ROMAN = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

  private LookAlikes() {}

  /**
   * The word with its look-alikes repaired.
   *
   * @param pageHasLatin whether Latin text was found on the page (then a word made only of Latin
   *     look-alikes may be Latin and is kept)
   * @param pageIsLatin whether the page is in the Latin script
   */
  public static String repair(String word, boolean pageHasLatin, boolean pageIsLatin) {
    StringBuilder out = new StringBuilder(word.length());
    int from = 0;
    while (from <= word.length()) {
      int dash = word.indexOf('-', from);
      int to = dash < 0 ? word.length() : dash;
      out.append(repairPart(word.substring(from, to), pageHasLatin, pageIsLatin));
      if (dash < 0) break;
      out.append('-');
      from = dash + 1;
    }
    return out.toString();
  }

  private static String repairPart(String part, boolean pageHasLatin, boolean pageIsLatin) {
    String roman = roman(part);
    if (roman != null) return roman;
    char[] buf = part.toCharArray();
    HomoglyphFilter.fix(buf, buf.length);
    String fixed = new String(buf);
    int letters = 0, latinTwins = 0, cyrillicTwins = 0;
    for (int i = 0; i < fixed.length(); i++) {
      char c = fixed.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (LATIN.indexOf(c) >= 0) latinTwins++;
      else if (CYRIL.indexOf(c) >= 0) cyrillicTwins++;
    }
    if (letters >= 2 && latinTwins == letters && !pageHasLatin) return map(fixed, LATIN, CYRIL);
    if (letters >= 2 && cyrillicTwins == letters && pageIsLatin) return map(fixed, CYRIL, LATIN);
    return fixed;
  }

  /**
   * The part as a Latin Roman numeral if it is one (two letters or more, capitals, in either
   * script's look-alikes), else {@code null}.
   */
  static String roman(String part) {
    int end = part.length();
    while (end > 0 && !Character.isLetter(part.charAt(end - 1))) end--;
    int start = 0;
    while (start < end && !Character.isLetter(part.charAt(start))) start++;
    if (end - start < 2) return null;
    StringBuilder latin = new StringBuilder(part.length());
    for (int i = start; i < end; i++) {
      char c = part.charAt(i);
      char l = switch (c) {
        case 'І', 'I', 'Ӏ' -> 'I';
        case 'Х', 'X' -> 'X';
        case 'С', 'C' -> 'C';
        case 'М', 'M' -> 'M';
        case 'V', 'L', 'D' -> c;
        default -> 0;
      };
      if (l == 0) return null;
      latin.append(l);
    }
    if (!ROMAN.matcher(latin).matches()) return null;
    return part.substring(0, start) + latin + part.substring(end);
  }

  private static String map(String s, String from, String to) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      int k = from.indexOf(s.charAt(i));
      out.append(k >= 0 ? to.charAt(k) : s.charAt(i));
    }
    return out.toString();
  }
}
