package kz.muragat.facts.dates;

import java.util.HashMap;
import java.util.Map;

/**
 * A day of the month written as an ordinal in words, in folded text: Russian {@code двенадцатого},
 * {@code двадцать третьего}, {@code первое}; Kazakh {@code он екінші}, {@code жиырма бесінші},
 * {@code отызыншы}. A cardinal ({@code пять}, {@code бес}) is not a day: it counts something.
 */
final class DayWords {
  private DayWords() {}

  private static final Map<String, Integer> ORDINALS = new HashMap<>();
  private static final Map<String, Integer> TENS = new HashMap<>();

  static {
    String[] ru = {
      "перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
      "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
      "семнадцат", "восемнадцат", "девятнадцат", "двадцат"
    };
    for (int i = 0; i < ru.length; i++) {
      for (String ending : new String[] {"ого", "его", "ьего", "ое", "ье"}) {
        ORDINALS.put(ru[i] + ending, i + 1);
      }
    }
    for (String ending : new String[] {"ого", "ое", "го"}) {
      ORDINALS.put("тридцат" + ending, 30);
    }
    TENS.put("двадцать", 20);
    TENS.put("тридцать", 30);
    // Kazakh, folded (і→и): cardinal + (ы/і)ншы/(і)нші
    String[] kk = {
      "бир", "еки", "уш", "торт", "бес", "алты", "жети", "сегиз", "тогыз", "он"
    };
    for (int i = 0; i < kk.length; i++) {
      for (String suffix : new String[] {"инши", "иншы", "ынши", "ыншы", "нши", "ншы"}) {
        ORDINALS.put(kk[i] + suffix, i + 1);
      }
    }
    for (String suffix : new String[] {"сыншы", "сынши"}) {
      ORDINALS.put("жиырма" + suffix, 20);
    }
    for (String suffix : new String[] {"ыншы", "ынши", "инши"}) {
      ORDINALS.put("отыз" + suffix, 30);
    }
    TENS.put("он", 10);
    TENS.put("жиырма", 20);
    TENS.put("отыз", 30);
  }

  /**
   * The day (1-31) that one or two words name ({@code двадцать третьего}, {@code он екінші}),
   * or -1.
   */
  static int value(String words) {
    String[] w = words.trim().split("\\s+");
    if (w.length == 1) {
      Integer v = ORDINALS.get(w[0]);
      return v == null ? -1 : v;
    }
    if (w.length == 2) {
      Integer tens = TENS.get(w[0]);
      Integer unit = ORDINALS.get(w[1]);
      if (tens != null && unit != null && unit < 10) {
        int day = tens + unit;
        return day <= 31 ? day : -1;
      }
    }
    return -1;
  }
}
