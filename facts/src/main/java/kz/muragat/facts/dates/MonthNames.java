package kz.muragat.facts.dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The months' names, folded (ә→а, ғ→г, қ→к, ү→у, і→и): Russian, then Kazakh (with OCR's э and е
 * for ә in сәуір). A word is a month when it starts with one of them (any ending: {@code ноября},
 * {@code ноябрьде}, {@code қарашада}) or is an abbreviation of at least three letters ({@code
 * нояб.}, {@code сентяб.}, {@code қар.}); the Russian and Kazakh names share no three first
 * letters. Looked up by the word's first letter, without cutting the word out of the page.
 */
final class MonthNames {
  private MonthNames() {}

  private static final String[][] NAMES = {
    {"январ", "кантар"}, {"феврал", "акпан"}, {"март", "наурыз"}, {"апрел", "сауир", "сэуир", "сеуир"},
    {"май", "мая", "мае", "маю", "мамыр"}, {"июн", "маусым"}, {"июл", "шилде"},
    {"август", "тамыз"}, {"сентябр", "кыркуйек"}, {"октябр", "казан"}, {"ноябр", "караша"},
    {"декабр", "желтоксан"}
  };

  /** Names by their first letter (а..я), in month order; each name with its month. */
  private static final String[][] BY_LETTER = new String[32][];

  private static final int[][] MONTH_BY_LETTER = new int[32][];

  static {
    List<List<String>> names = new ArrayList<>();
    List<List<Integer>> months = new ArrayList<>();
    for (int k = 0; k < 32; k++) {
      names.add(new ArrayList<>());
      months.add(new ArrayList<>());
    }
    for (int m = 0; m < 12; m++) {
      for (String name : NAMES[m]) {
        names.get(name.charAt(0) - 'а').add(name);
        months.get(name.charAt(0) - 'а').add(m + 1);
      }
    }
    for (int k = 0; k < 32; k++) {
      BY_LETTER[k] = names.get(k).toArray(new String[0]);
      MONTH_BY_LETTER[k] = months.get(k).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The month (1-12) a folded word names or abbreviates, or -1. */
  static int of(String word) {
    return of(word, 0, word.length());
  }

  /** The month (1-12) the folded word {@code s[from, to)} names or abbreviates, or -1. */
  static int of(String s, int from, int to) {
    int length = to - from;
    if (length < 3) {
      return -1; // no name is shorter than three letters, nor is an abbreviation
    }
    int first = s.charAt(from) - 'а';
    if (first < 0 || first >= 32) {
      return -1;
    }
    String[] names = BY_LETTER[first];
    for (int k = 0; k < names.length; k++) {
      // the word starts with the name, or the name with the word (an abbreviation)
      if (s.regionMatches(from, names[k], 0, Math.min(length, names[k].length()))) {
        return MONTH_BY_LETTER[first][k];
      }
    }
    return -1;
  }

  /**
   * Where on a folded page a month's name may start, sorted: each run of letters that is a month,
   * and the rest of a run after a day's ordinal or a year word written onto the month ({@code
   * 12-гоноября}, {@code 1937 годаноября}), as the date patterns can read it. A date that needs a
   * month is looked for only near one of these.
   */
  static int[] starts(String folded) {
    int[] out = new int[8];
    int count = 0;
    int n = folded.length();
    int i = 0;
    while (i < n) {
      if (!isLetter(folded.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && isLetter(folded.charAt(i))) {
        i++;
      }
      if (i - s < 3) {
        continue;
      }
      int at = of(folded, s, i) > 0 ? s : -1;
      for (int p = 0; at < 0 && p < ATTACHED.length; p++) {
        String prefix = ATTACHED[p];
        if (folded.startsWith(prefix, s) && of(folded, s + prefix.length(), i) > 0) {
          at = s + prefix.length();
        }
      }
      if (at >= 0) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = at;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** Day ordinals' endings and year words that may be written onto a month's name. */
  private static final String[] ATTACHED = {
    "го", "ое", "е", "ши", "шы", "нши", "ншы", "инши", "иншы", "ынши", "ыншы", "жылы", "жылгы",
    "жылдын", "жыл", "ж", "года", "году", "г"
  };

  /** True if a month may start in {@code [from, to]} ({@code starts} sorted). */
  static boolean within(int[] starts, int from, int to) {
    int k = Arrays.binarySearch(starts, from);
    if (k < 0) {
      k = -k - 1;
    }
    return k < starts.length && starts[k] <= to;
  }

  private static boolean isLetter(char c) {
    return c >= 'а' && c <= 'я';
  }
}
