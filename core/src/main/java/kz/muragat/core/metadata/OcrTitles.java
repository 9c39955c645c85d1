package kz.muragat.core.metadata;

import java.util.Map;

/**
 * Titles taken from a document's recognised text: the OCR of a typewritten page often reads a
 * stain, a fold or a margin rule as {@code |}, {@code ‘}, {@code ·} or {@code _} before or after
 * the heading ("| ВЫПИСКА ИЗ ПРОТОКОЛА № 41 ‘"). That junk is cut from both ends, keeping the
 * quotes and brackets that belong to the title.
 */
public final class OcrTitles {
  /** Marks a title may start with. */
  private static final String OPENERS = "«„“\"([№§";
  /** Marks a title may end with, each with the openers it closes: kept only when one of them is in the title. */
  private static final Map<Integer, String> CLOSERS =
      Map.of((int) '»', "«", (int) '”', "“„", (int) '“', "„", (int) '"', "\"", (int) ')', "(", (int) ']', "[");

  private OcrTitles() {}

  /** An OCR'd line with leading and trailing junk removed and spaces collapsed ("" when nothing is left). */
  public static String clean(String line) {
    String s = line.strip().replaceAll("\\s+", " ");
    int start = 0, end = s.length();
    while (start < end) {
      int c = s.codePointAt(start);
      if (Character.isLetterOrDigit(c) || OPENERS.indexOf(c) >= 0) break;
      start += Character.charCount(c);
    }
    while (end > start) {
      int c = s.codePointBefore(end);
      if (Character.isLetterOrDigit(c) || closesSomething(c, s.substring(start, end - Character.charCount(c)))) break;
      end -= Character.charCount(c);
    }
    return s.substring(start, end).strip();
  }

  private static boolean closesSomething(int closer, String before) {
    String openers = CLOSERS.get(closer);
    if (openers == null) return false;
    return openers.chars().anyMatch(o -> before.indexOf(o) >= 0);
  }
}
