package kz.muragat.facts.text;

/**
 * The numbers a page's OCR read as blocks of their own: lines that hold nothing but a number (a
 * quote or a dot beside it allowed). OCR cuts a short number off the start or end of a line this
 * way and writes it after the block it came from, or at the page's end — leaving a gap where it
 * stood ({@code 1938 жылы\nсәуірде}, {@code Габитовича,\nгода рождения}). A rule that finds such a
 * gap may take the page's lone number for it, but only when the page has exactly one: with two,
 * which went where cannot be told (and one of them may be a sheet number).
 */
public final class LoneNumbers {
  private LoneNumbers() {}

  /** The page's only lone number, or -1 when it has none or more than one. */
  public static int only(String folded) {
    int found = -1;
    int lineStart = 0;
    int n = folded.length();
    while (lineStart < n) {
      int lineEnd = folded.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int value = number(folded, lineStart, lineEnd);
      if (value >= 0) {
        if (found >= 0) {
          return -1;
        }
        found = value;
      }
      lineStart = lineEnd + 1;
    }
    return found;
  }

  /** The number a line {@code [from, to)} holds alone (up to four digits), or -1. */
  private static int number(String s, int from, int to) {
    int i = from;
    while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '"')) {
      i++;
    }
    int digits = i;
    while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == digits || i - digits > 4) {
      return -1;
    }
    int value = Integer.parseInt(s.substring(digits, i));
    while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '"' || s.charAt(i) == '.')) {
      i++;
    }
    return i == to ? value : -1;
  }
}
