package kz.muragat.facts.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small numbers written as words, Russian in any case ({@code десять}, {@code десяти}, {@code
 * двадцати пяти}) and Kazakh ({@code он}, {@code он бес}, {@code жиырма}), in folded text. Terms
 * of years are written this way in sentences ({@code сроком на десять лет}, {@code он жылға}).
 */
public final class NumberWords {
  private NumberWords() {}

  private static final String[][] UNITS = {
    // folded stems (each followed by any ending), value
    {"один|одного|одному|одним|одно|одной", "1"},
    {"два|двух|двум|двумя|две", "2"},
    {"три|трех|трем|тремя", "3"},
    {"четыре|четырех|четырем|четырьмя", "4"},
    {"пять|пяти|пятью", "5"},
    {"шесть|шести|шестью", "6"},
    {"семь|семи|семью", "7"},
    {"восемь|восьми|восемью", "8"},
    {"девять|девяти|девятью", "9"},
    {"десять|десяти|десятью", "10"},
    {"одиннадцат[а-я]*", "11"},
    {"двенадцат[а-я]*", "12"},
    {"тринадцат[а-я]*", "13"},
    {"четырнадцат[а-я]*", "14"},
    {"пятнадцат[а-я]*", "15"},
    {"шестнадцат[а-я]*", "16"},
    {"семнадцат[а-я]*", "17"},
    {"восемнадцат[а-я]*", "18"},
    {"девятнадцат[а-я]*", "19"},
    {"двадцат[а-я]*", "20"},
    {"двадцать\\s+пять|двадцати\\s+пяти", "25"},
    // Kazakh (folded: і→и, ү→у, ө→о, ғ→г, қ→к)
    {"бир", "1"},
    {"еки", "2"},
    {"уш", "3"},
    {"торт", "4"},
    {"бес", "5"},
    {"алты", "6"},
    {"жети", "7"},
    {"сегиз", "8"},
    {"тогыз", "9"},
    {"он", "10"},
    {"он\\s+бес", "15"},
    {"жиырма", "20"},
    {"жиырма\\s+бес", "25"},
  };

  /** Pattern text matching one number word (longest first), for use inside larger patterns. */
  public static final String PATTERN;

  private static final Pattern[] EACH;

  static {
    StringBuilder b = new StringBuilder("(?:");
    EACH = new Pattern[UNITS.length];
    // longer phrases first, so "двадцать пять" wins over "двадцать"
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < UNITS.length; i++) {
        boolean phrase = UNITS[i][0].contains("\\s");
        if ((pass == 0) == phrase) {
          if (b.length() > 3) {
            b.append('|');
          }
          b.append(UNITS[i][0]);
        }
      }
    }
    for (int i = 0; i < UNITS.length; i++) {
      EACH[i] = Pattern.compile("(?:" + UNITS[i][0] + ")");
    }
    PATTERN = b.append(")(?![а-я])").toString();
  }

  /** The value of a number word matched by {@link #PATTERN}, or -1. */
  public static int value(String words) {
    String w = words.trim().replaceAll("\\s+", " ");
    int best = -1;
    for (int i = 0; i < UNITS.length; i++) {
      Matcher m = EACH[i].matcher(w);
      if (m.matches()) {
        best = Math.max(best, Integer.parseInt(UNITS[i][1]));
      }
    }
    return best;
  }
}
