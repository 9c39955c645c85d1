package kz.muragat.facts.dates;

import kz.muragat.facts.text.OrdinalWords;

/**
 * A day of the month written as an ordinal in words ({@link OrdinalWords}), in folded text:
 * Russian {@code двенадцатого}, {@code двадцать третьего}, {@code первое}; Kazakh {@code он
 * екінші}, {@code жиырма бесінші}, {@code отызыншы}. A cardinal ({@code пять}, {@code бес}) is
 * not a day: it counts something.
 */
final class DayWords {
  private DayWords() {}

  /**
   * The day (1-31) that one or two words name ({@code двадцать третьего}, {@code он екінші}),
   * or -1.
   */
  static int value(String words) {
    if (words.strip().split("\\s+").length > 2) {
      return -1;
    }
    int day = OrdinalWords.value(words);
    return day >= 1 && day <= 31 ? day : -1;
  }
}
