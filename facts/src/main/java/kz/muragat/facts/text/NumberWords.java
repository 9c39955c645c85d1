package kz.muragat.facts.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Small numbers written as words, Russian in any case ({@code десять}, {@code десяти}, {@code
 * двадцати пяти}) and Kazakh ({@code он}, {@code он бес}, {@code жиырма}), in folded text. Terms
 * of years are written this way in sentences ({@code сроком на десять лет}, {@code он жылға}).
 */
public final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> WORDS = new HashMap<>();

  private static void put(int value, String... forms) {
    for (String f : forms) {
      WORDS.put(f, value);
    }
  }

  static {
    put(1, "один", "одного", "одному", "одним", "одно", "одной", "одна");
    put(2, "два", "двух", "двум", "двумя", "две");
    put(3, "три", "трех", "трем", "тремя");
    put(4, "четыре", "четырех", "четырем", "четырьмя");
    put(5, "пять", "пяти", "пятью");
    put(6, "шесть", "шести", "шестью");
    put(7, "семь", "семи", "семью");
    put(8, "восемь", "восьми", "восемью");
    put(9, "девять", "девяти", "девятью");
    put(10, "десять", "десяти", "десятью");
    String[] teens = {
      "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
      "семнадцат", "восемнадцат", "девятнадцат", "двадцат"
    };
    for (int i = 0; i < teens.length; i++) {
      put(11 + i, teens[i] + "ь", teens[i] + "и", teens[i] + "ью");
    }
    put(25, "двадцать пять", "двадцати пяти", "двадцатью пятью");
    // Kazakh, folded (і→и, ү→у, ө→о, ғ→г)
    put(1, "бир");
    put(2, "еки");
    put(3, "уш");
    put(4, "торт");
    put(5, "бес");
    put(6, "алты");
    put(7, "жети");
    put(8, "сегиз");
    put(9, "тогыз");
    put(10, "он");
    put(15, "он бес");
    put(20, "жиырма");
    put(25, "жиырма бес");
  }

  /** The value of one or two number words (one space between), or -1. */
  public static int value(String words) {
    Integer v = WORDS.get(words.trim().replaceAll("\\s+", " "));
    return v == null ? -1 : v;
  }

  /** A number written in words that ends at {@code end} of a folded text. */
  public record Found(int value, int start) {}

  /**
   * The number words ending right at {@code end} of the folded text (the longer reading of one or
   * two words: {@code двадцать пять}, {@code он бес}), or null.
   */
  public static Found before(String folded, int end) {
    return before(folded, end, NumberWords::value);
  }

  /**
   * One or two words ending right at {@code end} that {@code value} reads as a number (it gives -1
   * for none), the two-word reading first; null when neither reads.
   */
  public static Found before(String folded, int end, ToIntFunction<String> value) {
    int last = wordStart(folded, end);
    if (last == end) {
      return null;
    }
    int space = last;
    while (space > 0 && folded.charAt(space - 1) == ' ') {
      space--;
    }
    int first = wordStart(folded, space);
    if (first < space) {
      int two = value.applyAsInt(folded.substring(first, space) + " " + folded.substring(last, end));
      if (two > 0) {
        return new Found(two, first);
      }
    }
    int one = value.applyAsInt(folded.substring(last, end));
    return one > 0 ? new Found(one, last) : null;
  }

  private static int wordStart(String s, int end) {
    int i = end;
    while (i > 0 && s.charAt(i - 1) >= 'а' && s.charAt(i - 1) <= 'я') {
      i--;
    }
    return i;
  }
}
