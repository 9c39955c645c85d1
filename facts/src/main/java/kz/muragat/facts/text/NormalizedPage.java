package kz.muragat.facts.text;

import java.util.Arrays;
import kz.muragat.analysis.normalize.HomoglyphFilter;

/**
 * One page's OCR text made regular enough for the fact rules, with every character mapped back to
 * the page text it came from (so a fact's {@link Span} boxes what the OCR wrote).
 *
 * <ul>
 *   <li>Words broken at a line end are joined: {@code Кунтугано-\nвича} → {@code Кунтугановича};
 *       before a capital or a digit the hyphen stays and the break goes ({@code Кзыл-\nОрда},
 *       {@code 58-\n10}).
 *   <li>Runs of white space become one character: a newline if the run had one, else a space.
 *   <li>Dashes (– — ‐ ‑ −) become {@code -}; the quotes « » „ “ ” become {@code "}.
 *   <li>Words OCR wrote in two scripts or with digits for letters are repaired as the index does
 *       ({@link HomoglyphFilter}: {@code Mocквa}, {@code уез1нде}), and a few more digit misreadings
 *       inside Cyrillic words ({@code 3}→з, {@code 6}→б, {@code @}→о).
 *   <li>Numbers OCR wrote with letters for digits are repaired: {@code 19З7}, {@code l937},
 *       {@code 1О}, {@code І905} (О/о/O/o → 0, З/з → 3, l/I/І/| → 1) in a token that is mostly digits, and the
 *       day or month of a digit date wherever it has a look-alike ({@code l2.11.1937}, {@code
 *       З.10.1938}).
 *   <li>A year written in words is written as its digits ({@link WrittenYears}): {@code тысяча
 *       девятьсот тридцать седьмого года} → {@code 1937 года}, so every rule reads it as it reads
 *       a year in digits; the digits' span is the words'.
 * </ul>
 *
 * {@link #text()} keeps the case (names need it); {@link #folded()} is the same text lower-cased
 * with the Kazakh letters folded to their Russian look-alikes (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у,
 * һ→х, і→и, ё→е), character for character, so keyword rules are written once for both languages
 * and for OCR that drops the Kazakh marks.
 */
public final class NormalizedPage {
  private final int page;
  private final String text;
  private final String folded;
  private final int[] origin;
  private final int rawLength;
  private final boolean digits;
  private final int[] wordStarts;
  private final int[] wordEnds;

  /** A page from its normalized characters {@code chars[0, len)}, folded here in the same pass. */
  private NormalizedPage(int page, char[] chars, int len, int[] origin, int rawLength) {
    this.page = page;
    this.text = new String(chars, 0, len);
    this.origin = origin;
    this.rawLength = rawLength;
    char[] f = new char[len];
    boolean d = false;
    int[] starts = new int[Math.max(4, len / 5)];
    int[] ends = new int[starts.length];
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < len; i++) {
      char x = chars[i];
      char c;
      boolean word;
      if (x < FOLD.length) {
        c = FOLD[x];
        word = WORD[x];
      } else {
        c = foldChar(Character.toLowerCase(x));
        word = isWordChar(c);
      }
      f[i] = c;
      d |= c >= '0' && c <= '9';
      if (word && !inWord) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count++] = i;
      } else if (!word && inWord) {
        ends[count - 1] = i;
      }
      inWord = word;
    }
    if (inWord) {
      ends[count - 1] = len;
    }
    this.folded = new String(f);
    this.digits = d;
    this.wordStarts = Arrays.copyOf(starts, count);
    this.wordEnds = Arrays.copyOf(ends, count);
  }

  /** A letter or digit of the folded text (а-я, ё, a-z, 0-9). */
  public static boolean isWordChar(char c) {
    return (c >= 'а' && c <= 'я') || c == 'ё' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** The number of words (runs of {@link #isWordChar} characters) of the folded text. */
  public int words() {
    return wordStarts.length;
  }

  /** Where word {@code k} starts. */
  public int wordStart(int k) {
    return wordStarts[k];
  }

  /** Where word {@code k} ends (exclusive). */
  public int wordEnd(int k) {
    return wordEnds[k];
  }

  /** The first word starting at or after {@code position} ({@link #words()} if none). */
  public int firstWordFrom(int position) {
    int k = Arrays.binarySearch(wordStarts, position);
    return k >= 0 ? k : -k - 1;
  }

  /** True if the page has a digit (no date, article or term can be read without one). */
  public boolean hasDigits() {
    return digits;
  }

  /** The page number (from 1). */
  public int page() {
    return page;
  }

  /** The normalized text, case kept. */
  public String text() {
    return text;
  }

  /** The normalized text lower-cased and Kazakh-folded, same length as {@link #text()}. */
  public String folded() {
    return folded;
  }

  /** The range {@code [start, end)} of the normalized text as a span of the original page text. */
  public Span span(int start, int end) {
    if (start >= end) {
      int at = start < origin.length ? origin[start] : rawLength;
      return new Span(page, at, at);
    }
    return new Span(page, origin[start], origin[end - 1] + 1);
  }

  /** Normalizes one page's text. */
  public static NormalizedPage of(int page, String text) {
    char[] raw = text.toCharArray(); // one copy, then plain array reads
    int n = raw.length;
    char[] out = new char[n];
    int[] origin = new int[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = raw[i];
      if (c >= '\u0410' && c <= '\u04FF') {
        out[len] = c; // a Cyrillic letter, most of any page: nothing to decide
        origin[len++] = i;
        continue;
      }
      if (isSpace(c)) {
        boolean newline = false;
        int j = i;
        while (j < n && isSpace(raw[j])) {
          newline |= raw[j] == '\n' || raw[j] == '\r';
          j++;
        }
        if (len > 0 && j < n) {
          out[len] = newline ? '\n' : ' ';
          origin[len++] = i;
        }
        i = j - 1;
        continue;
      }
      if (isHyphen(c) && len > 0 && Character.isLetterOrDigit(out[len - 1])) {
        int j = i + 1;
        boolean newline = false;
        while (j < n && isSpace(raw[j])) {
          newline |= raw[j] == '\n';
          j++;
        }
        if (newline && j < n && Character.isLetterOrDigit(raw[j])) {
          if (Character.isLowerCase(raw[j]) && Character.isLetter(out[len - 1])) {
            i = j - 1; // a word broken at the line end: join it
            continue;
          }
          out[len] = '-';
          origin[len++] = i;
          i = j - 1; // a compound or a number range broken at the line end: keep the hyphen
          continue;
        }
      }
      out[len] = regular(c);
      origin[len++] = i;
    }
    repairTokens(out, len);
    len = WrittenYears.rewrite(out, origin, len);
    return new NormalizedPage(page, out, len, Arrays.copyOf(origin, len), n);
  }

  /** White space, the no-break space included; fast for the letters that make up most text. */
  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B';
    }
    return c == '\u00A0' || (c >= '\u2000' && Character.isWhitespace(c));
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u00AD' || c == '\u00AC' || c == '\u2010' || c == '\u2011'
        || c == '\u2013' || c == '\u2014' || c == '\u2212';
  }

  private static char regular(char c) {
    switch (c) {
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
        return '-';
      case '«':
      case '»':
      case '„':
      case '“':
      case '”':
        return '"';
      case '‘':
      case '’':
      case '‚':
        return '\'';
      default:
        return c;
    }
  }

  /** Repairs each token (a run of letters, digits and @) in place. */
  private static void repairTokens(char[] buf, int len) {
    int i = 0;
    char[] tok = new char[64];
    while (i < len) {
      if (!isTokenChar(buf[i])) {
        i++;
        continue;
      }
      int j = i;
      boolean cyrillic = false;
      boolean other = false; // a digit, a Latin letter, @ or |
      while (j < len && isTokenChar(buf[j])) {
        char c = buf[j];
        if (c >= '\u0400' && c <= '\u052F') {
          cyrillic = true;
        } else {
          other = true;
        }
        j++;
      }
      int n = j - i;
      if (n <= 2 && datePart(buf, i, j, len)) {
        for (int k = i; k < j; k++) {
          int d = numberLookalike(buf[k]);
          if (d >= 0) {
            buf[k] = (char) d;
          }
        }
        i = j;
        continue;
      }
      if (!other || !cyrillic && !hasLookalike(buf, i, j)) {
        i = j; // one script, no digits among letters: nothing to repair
        continue;
      }
      if (n > tok.length) {
        tok = new char[n];
      }
      System.arraycopy(buf, i, tok, 0, n);
      if (repairNumber(tok, n) || repairWordDigits(tok, n)) {
        System.arraycopy(tok, 0, buf, i, n);
      }
      if (HomoglyphFilter.fix(tok, n)) {
        System.arraycopy(tok, 0, buf, i, n);
      }
      i = j;
    }
  }

  /**
   * A day or month OCR wrote with a letter for a digit, told by the digit date it stands in:
   * {@code l2.11.1937} (l for 1), {@code З.10.1938} (Cyrillic З for 3), {@code О5.11.1937}, {@code
   * 12.1О.1937}. The token {@code [from, to)} of one or two characters is digits and number
   * look-alikes, at least one look-alike, and is followed by a separator and the rest of a date —
   * as the day, a month and a year; as the month, a year — and, as the month, preceded by a day.
   * A month of only I-like letters ({@code 12.II.1937}) is a Roman numeral, not read as digits;
   * an initial ({@code З. Бекетов}) has no date around it.
   */
  private static boolean datePart(char[] buf, int from, int to, int len) {
    boolean lookalike = false;
    boolean digit = false;
    boolean romanOnly = true;
    for (int k = from; k < to; k++) {
      char c = buf[k];
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (numberLookalike(c) >= 0) {
        lookalike = true;
        romanOnly &= numberLookalike(c) == '1';
      } else {
        return false;
      }
    }
    if (!lookalike || (from > 0 && isTokenChar(buf[from - 1]))) {
      return false;
    }
    int afterSeparator = separatorAt(buf, to, len);
    if (afterSeparator < 0) {
      return false;
    }
    int next = numberRun(buf, afterSeparator, len);
    if (next - afterSeparator >= 1 && next - afterSeparator <= 2) {
      int year = separatorAt(buf, next, len);
      if (year >= 0 && isYearRun(buf, year, len)) {
        return true; // the day: l2.11.1937
      }
    }
    if (!digit && romanOnly) {
      return false; // 12.II.1937: a Roman month
    }
    // the month: a day and a separator before it, a year after it
    int sep = from - 1;
    if (sep > 0 && buf[sep] == ' ') {
      sep--;
    }
    if (sep < 1 || "./-".indexOf(buf[sep]) < 0) {
      return false;
    }
    int dayEnd = buf[sep - 1] == ' ' ? sep - 1 : sep;
    int dayStart = dayEnd;
    while (dayStart > 0 && buf[dayStart - 1] >= '0' && buf[dayStart - 1] <= '9') {
      dayStart--;
    }
    return dayEnd - dayStart >= 1 && dayEnd - dayStart <= 2 && (dayStart == 0 || !isTokenChar(buf[dayStart - 1]))
        && isYearRun(buf, afterSeparator, len);
  }

  /** After a date's separator at {@code at} ({@code . / -}, a space allowed either side), or -1. */
  private static int separatorAt(char[] buf, int at, int len) {
    int i = at < len && buf[at] == ' ' ? at + 1 : at;
    if (i >= len || "./-".indexOf(buf[i]) < 0) {
      return -1;
    }
    return i + 1 < len && buf[i + 1] == ' ' ? i + 2 : i + 1;
  }

  /** The end of the run of digits (and number look-alikes, not yet repaired) at {@code from}. */
  private static int numberRun(char[] buf, int from, int len) {
    int i = from;
    while (i < len && ((buf[i] >= '0' && buf[i] <= '9') || numberLookalike(buf[i]) >= 0)) {
      i++;
    }
    return i;
  }

  /** A year's two or four digits at {@code from} (a look-alike among them allowed), then no letter or digit. */
  private static boolean isYearRun(char[] buf, int from, int len) {
    int end = numberRun(buf, from, len);
    int digits = 0;
    for (int k = from; k < end; k++) {
      digits += buf[k] >= '0' && buf[k] <= '9' ? 1 : 0;
    }
    return (end - from == 2 || end - from == 4) && digits >= end - from - 1 && (end == len || !isTokenChar(buf[end]));
  }

  /** A token without Cyrillic letters needs repair only if it mixes digits with look-alikes. */
  private static boolean hasLookalike(char[] buf, int from, int to) {
    boolean digit = false;
    boolean letter = false;
    for (int k = from; k < to; k++) {
      char c = buf[k];
      if (c >= '0' && c <= '9') {
        digit = true;
      } else {
        letter = true;
      }
    }
    return digit && letter;
  }

  private static boolean isTokenChar(char c) {
    if ((c >= '\u0400' && c <= '\u04FF') || (c >= '0' && c <= '9')) {
      return true; // Cyrillic and digits, most of the text, without a table lookup
    }
    return c > ' ' && (Character.isLetterOrDigit(c) || c == '@' || c == '|');
  }

  /**
   * The digit a letter OCR wrote for one stands for, in either case as the page folds it ({@code
   * З}/{@code з} → 3, {@code О}/{@code o} → 0, {@code l}/{@code I}/{@code i}/{@code |} → 1), or -1.
   */
  public static int lookalikeDigit(char c) {
    int d = numberLookalike(c);
    return d >= 0 ? d : numberLookalike(Character.toUpperCase(c));
  }

  private static int numberLookalike(char c) {
    switch (c) {
      case 'О':
      case 'о':
      case 'O':
      case 'o':
        return '0';
      case 'З':
      case 'з':
        return '3';
      case 'l':
      case 'I':
      case 'І': // the Kazakh and Ukrainian capital
      case '|':
        return '1';
      default:
        return -1;
    }
  }

  /** 19З7, l937, 1О: letters read for digits in a token that is mostly digits. */
  private static boolean repairNumber(char[] t, int n) {
    int digits = 0;
    int lookalikes = 0;
    for (int k = 0; k < n; k++) {
      if (t[k] >= '0' && t[k] <= '9') {
        digits++;
      } else if (numberLookalike(t[k]) >= 0) {
        lookalikes++;
      } else {
        return false;
      }
    }
    if (lookalikes == 0 || digits == 0 || lookalikes > digits || (n == 2 && digits == 1 && t[0] > '9')) {
      return false; // "О5" may be a word's end; 1О, 19З7, l937 are numbers
    }
    for (int k = 0; k < n; k++) {
      int d = numberLookalike(t[k]);
      if (d >= 0) {
        t[k] = (char) d;
      }
    }
    return true;
  }

  /**
   * Digits and @ inside a Cyrillic word of three or more letters: 3→з, 6→б, 0→о, @→о; a capital at
   * the word's start or after a capital that is not followed by a small letter (П@СТАНОВИЛИ,
   * 3ейнуллаов, Д0сов). 1 is left to {@link HomoglyphFilter}. A token with two digits in a row is a
   * number with letters (10жылға), not a word.
   */
  private static boolean repairWordDigits(char[] t, int n) {
    int cyr = 0;
    boolean any = false;
    for (int k = 0; k < n; k++) {
      char c = t[k];
      boolean digit = c >= '0' && c <= '9';
      if (digit && k + 1 < n && t[k + 1] >= '0' && t[k + 1] <= '9') {
        return false;
      }
      if (c >= '\u0400' && c <= '\u052F') {
        cyr++;
      } else if (c == '3' || c == '6' || c == '0' || c == '@') {
        any = true;
      } else if (c != '1') {
        return false;
      }
    }
    if (!any || cyr < 3) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      char c = t[k];
      if (c == '3' || c == '6' || c == '0' || c == '@') {
        boolean upper =
            k == 0
                || (Character.isUpperCase(t[k - 1])
                    && (k + 1 == n || !Character.isLowerCase(t[k + 1])));
        char lower = c == '3' ? 'з' : c == '6' ? 'б' : 'о';
        t[k] = upper ? Character.toUpperCase(lower) : lower;
      }
    }
    return true;
  }

  /** Folded forms of the characters up to the end of the Cyrillic Supplement block. */
  private static final char[] FOLD = new char[0x0530];

  /** Whether those characters' folded forms are {@link #isWordChar word characters}. */
  private static final boolean[] WORD = new boolean[FOLD.length];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      FOLD[c] = foldChar(Character.toLowerCase(c));
      WORD[c] = isWordChar(FOLD[c]);
    }
  }

  /** One character lower-cased and folded as {@link #fold} does. */
  static char fold(char x) {
    return x < FOLD.length ? FOLD[x] : foldChar(Character.toLowerCase(x));
  }

  /** Lower case, Kazakh letters folded to their Russian look-alikes; one char for one char. */
  public static String fold(String s) {
    char[] c = new char[s.length()];
    for (int i = 0; i < c.length; i++) {
      char x = s.charAt(i);
      c[i] = x < FOLD.length ? FOLD[x] : foldChar(Character.toLowerCase(x));
    }
    return new String(c);
  }

  private static char foldChar(char c) {
    switch (c) {
      case 'ә':
        return 'а';
      case 'ғ':
        return 'г';
      case 'қ':
        return 'к';
      case 'ң':
        return 'н';
      case 'ө':
        return 'о';
      case 'ұ':
      case 'ү':
        return 'у';
      case 'һ':
        return 'х';
      case 'і':
        return 'и';
      case 'ё':
        return 'е';
      default:
        return c;
    }
  }
}
