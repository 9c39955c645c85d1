package kz.muragat.facts.text;

/**
 * Years written in words, as some certificates and court records write them, rewritten as their
 * digits in a page's normalized characters: Russian {@code тысяча девятьсот тридцать седьмого
 * года}, {@code в тысяча девятьсот пятом году}, Kazakh {@code бір мың тоғыз жүз отыз жетінші
 * жылы} ({@link OrdinalWords}). Only an ordinal from 1800 to 2099 right before a year word
 * ({@code года}, {@code году}, {@code г.}, {@code жылы}, {@code жылғы}, {@code ж.}) is a year: a
 * number in words elsewhere (a term, a count) stays as written.
 */
final class WrittenYears {
  private WrittenYears() {}

  /**
   * Rewrites the years in words of {@code buf[0, len)} as digits, in place; the first three digits
   * come from where the words start and the last from where they end ({@code origin}), so a span
   * over the digits is a span over the words. Returns the new length.
   */
  static int rewrite(char[] buf, int[] origin, int len) {
    if (!mayHold(buf, len)) {
      return len;
    }
    int out = 0;
    int i = 0;
    while (i < len) {
      Year year = isWordStart(buf, i) ? yearAt(buf, i, len) : null;
      if (year == null) {
        buf[out] = buf[i];
        origin[out++] = origin[i++];
        continue;
      }
      int end = year.end();
      String digits = Integer.toString(year.value());
      for (int k = 0; k < 4; k++) {
        buf[out] = digits.charAt(k);
        origin[out++] = k < 3 ? origin[i] : origin[end - 1];
      }
      i = end;
    }
    return out;
  }

  /** A year read from words ending at {@code end}. */
  private record Year(int value, int end) {}

  /** A thousand's word ({@code тысяч}, {@code мың}) somewhere: every year in words has one. */
  private static boolean mayHold(char[] buf, int len) {
    for (int i = 0; i + 2 < len; i++) {
      char c = NormalizedPage.fold(buf[i]);
      if ((c == 'т' && NormalizedPage.fold(buf[i + 1]) == 'ы' && NormalizedPage.fold(buf[i + 2]) == 'с')
          || (c == 'м' && NormalizedPage.fold(buf[i + 1]) == 'ы' && NormalizedPage.fold(buf[i + 2]) == 'н')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordStart(char[] buf, int i) {
    return isLetter(buf[i]) && (i == 0 || !Character.isLetterOrDigit(buf[i - 1]));
  }

  private static boolean isLetter(char c) {
    char f = NormalizedPage.fold(c);
    return f >= 'а' && f <= 'я';
  }

  /**
   * The year that number words starting at {@code from} write, followed by a year word, or null.
   * The longest run of words that reads as an ordinal wins.
   */
  private static Year yearAt(char[] buf, int from, int len) {
    int[] ends = new int[OrdinalWords.MAX_WORDS];
    String[] words = new String[OrdinalWords.MAX_WORDS];
    int count = 0;
    int i = from;
    while (count < OrdinalWords.MAX_WORDS && i < len && isLetter(buf[i])) {
      StringBuilder w = new StringBuilder();
      while (i < len && isLetter(buf[i])) {
        w.append(NormalizedPage.fold(buf[i++]));
      }
      if (!OrdinalWords.isNumberWord(w.toString())) {
        break;
      }
      words[count] = w.toString();
      ends[count++] = i;
      if (i < len && (buf[i] == ' ' || buf[i] == '\n') && i + 1 < len && isLetter(buf[i + 1])) {
        i++;
      } else {
        break;
      }
    }
    for (int n = count; n >= 2; n--) {
      if (!OrdinalWords.isOrdinal(words[n - 1])) {
        continue;
      }
      int value = OrdinalWords.value(String.join(" ", java.util.Arrays.copyOf(words, n)));
      if (value >= 1800 && value < 2100 && yearWordAt(buf, ends[n - 1], len)) {
        return new Year(value, ends[n - 1]);
      }
    }
    return null;
  }

  /** A year word after {@code at} (a space between): года, году, год, г., жылы, жылғы, жылдың, ж. */
  private static boolean yearWordAt(char[] buf, int at, int len) {
    int i = at < len && (buf[at] == ' ' || buf[at] == '\n') ? at + 1 : at;
    int s = i;
    StringBuilder w = new StringBuilder();
    while (i < len && isLetter(buf[i])) {
      w.append(NormalizedPage.fold(buf[i++]));
    }
    String word = w.toString();
    if (word.equals("г") || word.equals("ж")) {
      return i < len && buf[i] == '.';
    }
    return i > s && (word.startsWith("год") || word.startsWith("жыл"));
  }
}
