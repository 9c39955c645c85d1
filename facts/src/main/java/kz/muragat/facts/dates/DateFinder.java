package kz.muragat.facts.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.facts.text.LoneNumbers;
import kz.muragat.facts.text.NormalizedPage;
import kz.muragat.facts.text.NumberWords;

/**
 * Finds the calendar dates (day, month and year) of a normalized page, in the forms Soviet
 * Russian and Kazakh paperwork writes them:
 *
 * <ul>
 *   <li>digits: {@code 12.11.1937}, {@code 12/11-37}, {@code 12-11-1937}, {@code 12. 11.1937}
 *       (OCR's space), and the year first, {@code 1937.11.12};
 *   <li>a Roman month: {@code 12.XI.1937}, {@code 12/XI-37}, {@code 12 XI 1937} (Latin or
 *       Cyrillic look-alike letters: {@code ХI}, {@code Х1});
 *   <li>a month's name, Russian or Kazakh, with any ending or abbreviated to three letters or
 *       more ({@link #month}), day first: {@code 12 ноября 1937 г.}, {@code «12» ноября 1937},
 *       {@code 12-го ноября 37 г.}, {@code 12 сентяб. 1937}, {@code 12 қараша 1937 ж.}, {@code
 *       12-ші қарашада 1937 жылы};
 *   <li>year first, with a year word, as Kazakh writes it and Soviet Kazakh paperwork did with
 *       the Russian names too: {@code 1937 жылғы 12 қарашада}, {@code 1938 жылы 3 қазанда},
 *       {@code 1937 ж. 12 қар.}, {@code 1937 жылы 12 ноябрьде}, {@code 1938 г. 3 октября};
 *   <li>month before day, as courts wrote a session's date: {@code 1937 года, ноября 12 дня},
 *       {@code октября 5 дня 1937 года};
 *   <li>the day in words ({@link DayWords}): {@code двадцать третьего декабря 1937 года}, {@code
 *       1937 жылы он екінші қарашада}.
 * </ul>
 *
 * OCR noise: commas for dots ({@code 12,11,1937}), doubled separators ({@code 17..12.1989}),
 * specks around a year word ({@code 1989:жылы 24}), a year that lost its 1 before a year word
 * ({@code 989 жылы}), letters for digits (repaired by {@link NormalizedPage}), the day read as a
 * block of its own ({@link LoneNumbers}).
 *
 * Two-digit years are read as 19xx. A match must be a valid calendar date from 1900 to 2099.
 */
public final class DateFinder {
  private DateFinder() {}

  /** A date found at {@code [start, end)} of the normalized text. */
  public record Found(LocalDate date, int start, int end) {}

  /**
   * A year: four digits, or two from 20 to 99 (a lone "19" is a year OCR cut short), or three
   * starting with 9 when a year word follows ({@code 989 жылы}, {@code 937 г.}: OCR lost the 1),
   * or four with one space OCR put inside ({@code 19 37}, {@code 1 937}) after the day and month.
   */
  private static final String YEAR =
      "(1[89]\\d\\d|20\\d\\d|9\\d\\d(?=\\s?(?:г\\.|г(?![а-я])|год|ж\\.|ж(?![а-я])|жыл))"
          + "|1 9\\d\\d|19 \\d\\d|19\\d \\d|[2-9]\\d)(?!\\d)";

  /** A four-digit year, or a three-digit one as in {@link #YEAR}, that starts a year-first date. */
  private static final String LEADING_YEAR = "(?<!\\d)((?:19|20)\\d\\d|9\\d\\d)";

  private static final String DAY = "(?<![\\d.,])([0-3]?\\d)";

  /** A year word after a leading year: Kazakh {@code жылы}, {@code ж.}, Russian {@code г.}, {@code года}. */
  private static final String YEAR_WORD =
      "(?:-?\\s?(?:жылы|жылгы|жылдын|жыл|ж\\.?|года|году|г\\.?)\\s?)";

  /**
   * Between a leading year and its year word: a space or line break, and a speck OCR read there —
   * a mark or two glued to the word ({@code 1937\n«жылы}, {@code 1989:жылы}) or any one or two
   * characters standing alone ({@code 1937 ‚ ж.}).
   */
  private static final String BEFORE_YEAR_WORD = "\\s?(?:[^\\s\\d]{1,2}\\s|[^\\s\\dа-я]{1,2})?";

  /** After a year word, before what follows: a comma, or a speck OCR read as a dot or colon ({@code жылы.5}). */
  private static final String AFTER_YEAR_WORD = "[,.:]?\\s?";

  /** A day's ordinal ending: Russian {@code 12-го}, Kazakh {@code 12-ші}, {@code 3-інші}. */
  private static final String ORDINAL = "(?:-?(?:го|ое|е|ш[иы]|нш[иы]|инш[иы]|ынш[иы]))?";

  /** A word that may be a month's name or abbreviation ({@link #month} decides). */
  private static final String MONTH_WORD = "([а-я]{3,})\\.?";

  /**
   * A digit date's separator: a dot, slash or hyphen, which OCR may double with specks read as
   * more marks ({@code 17..12.1989}, {@code 5.-11.1937}), and a space either side.
   */
  private static final String SEPARATOR = "\\s?[./-][.,/-]{0,2}\\s?";

  private static final Pattern NUMERIC =
      Pattern.compile(DAY + SEPARATOR + "([01]?\\d)" + SEPARATOR + YEAR);

  /**
   * OCR's comma for a dot ({@code 12,11,1937}, {@code 12.11,1937}, {@code 04,,.1937}), or the
   * second dot lost to a space ({@code 03,12 1937}): no space after the day, a four-digit year.
   */
  private static final Pattern NUMERIC_COMMA =
      Pattern.compile(DAY + "[.,]{1,3}([01]?\\d)(?:[.,]{1,3}\\s?| )((?:19|20)\\d\\d)(?!\\d)");

  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<![\\d.,])((?:19|20)\\d\\d)[.-]([01]\\d)[.-]([0-3]\\d)(?![\\d])");

  /** Roman month, read on the case-kept text (Latin and Cyrillic look-alikes, 1 for I). */
  private static final Pattern ROMAN =
      Pattern.compile(
          "\"?" + DAY + "\"?\\s?[./\\- ]\\s?([IVXІХУ1l]{1,4})\\s?[./\\- ]\\s?" + YEAR);

  /** The month (1-12) a folded word names or abbreviates ({@link MonthNames}), or -1. */
  static int month(String word) {
    return MonthNames.of(word);
  }

  /**
   * A day OCR wrote with letters for its digits, as folded ({@code З}/{@code з} → 3, {@code О}/
   * {@code O} → 0, {@code l}/{@code I}/{@code |} → 1: {@code 1937 жылы З тамызда}, {@code l2}), a
   * token of its own; {@link #digits} reads it.
   */
  private static final String LOOKALIKE_DAY = "[0-3зоoli|]?[\\dзоoli|](?![а-яa-z\\d])";

  /** The digits of a day OCR may have written with look-alike letters ({@link #LOOKALIKE_DAY}). */
  private static String digits(String day) {
    StringBuilder b = new StringBuilder(day.length());
    for (int k = 0; k < day.length(); k++) {
      char c = day.charAt(k);
      int d = NormalizedPage.lookalikeDigit(c);
      b.append(d >= 0 ? (char) d : c);
    }
    return b.toString();
  }

  /**
   * The day OCR wrote with a letter for a digit just before a month's name at {@code monthStart}
   * ({@code З октября 1937}, {@code l2 қараша 1937 ж.}, {@code «З» октября}), or -1: a token of one
   * or two digits and look-alikes with at least one look-alike, standing alone. Where the token
   * starts is {@code start[0]}.
   */
  private static int lookalikeDayBefore(String s, int monthStart, int[] start) {
    int e = monthStart;
    if (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '-')) {
      e--;
    }
    if (e > 0 && s.charAt(e - 1) == '"') {
      e--;
    }
    int b = e;
    boolean letter = false;
    while (b > 0 && e - b < 3 && "0123456789зоoli|".indexOf(s.charAt(b - 1)) >= 0) {
      letter |= s.charAt(b - 1) > '9';
      b--;
    }
    if (!letter || e - b < 1 || e - b > 2 || (b > 0 && NormalizedPage.isWordChar(s.charAt(b - 1)))) {
      return -1;
    }
    start[0] = b;
    return Integer.parseInt(digits(s.substring(b, e)));
  }

  /** A year, a year word (a speck OCR read before it allowed) and a day: {@code 1937 жылы 12}. */
  private static final String YEAR_THEN_DAY =
      LEADING_YEAR + BEFORE_YEAR_WORD + YEAR_WORD + AFTER_YEAR_WORD + "\"?([0-3]?\\d|" + LOOKALIKE_DAY + ")\"?"
          + ORDINAL;

  /**
   * Day first: {@code 12 ноября 1937}, {@code «12» ноября 1937 г.}, {@code «12 » ноября 1937 г.}, {@code 12-го ноября 37 г.},
   * {@code 12 нояб. 1937}, Kazakh {@code 12 қараша 1937 ж.}, {@code 12-ші қарашада 1937 жылы}.
   */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\d.,])\"?([0-3]?\\d)(?:\\s?\")?" + ORDINAL + "[\\s-]?" + MONTH_WORD + "\\s?,?\\s?" + YEAR);

  /**
   * Year first: Kazakh {@code 1937 жылғы 12 қарашада}, {@code 1938 жылы 3 қазанда}, {@code 1937 ж.
   * 12 қар.}, {@code 1937 жылы 12 ноябрьде} (the Russian names Soviet Kazakh paperwork used);
   * Russian {@code 1938 г. 3 октября}.
   */
  private static final Pattern YEAR_DAY_MONTH = Pattern.compile(YEAR_THEN_DAY + "[\\s-]?" + MONTH_WORD);

  /**
   * A year-first date broken at the day by OCR's line order: {@code 1990 жылы 22} ends a line and
   * the month starts one of the next {@value #BROKEN_LINES} lines (a block of the page read in
   * between). The month is looked for by {@link #monthStartingLine}.
   */
  private static final Pattern YEAR_DAY_BROKEN =
      Pattern.compile(YEAR_THEN_DAY + "(?: [^\\s\\d]{1,2})? ?\n"); // a speck may end the line

  /** How many lines after a broken date's day its month may start. */
  private static final int BROKEN_LINES = 2;

  /** A line's first word and what follows it. */
  private static final Pattern LINE_START = Pattern.compile(MONTH_WORD + "(?![а-я])");

  /**
   * The month that starts one of the {@value #BROKEN_LINES} lines from {@code at} (a line's
   * start), with the end of its word; null when none does.
   */
  private static int[] monthStartingLine(String s, int at) {
    int line = at;
    for (int k = 0; k < BROKEN_LINES && line < s.length(); k++) {
      Matcher m = LINE_START.matcher(s).region(line, s.length());
      if (m.lookingAt() && month(m.group(1)) > 0) {
        return new int[] {month(m.group(1)), m.end()};
      }
      int next = s.indexOf('\n', line);
      if (next < 0) {
        return null;
      }
      line = next + 1;
    }
    return null;
  }

  /**
   * A year-first date whose day OCR read as a block of its own: the year word ends a line, the
   * month starts the next with no day before it ({@code 1938 жылы\nсәуірде}); the day is the
   * page's one lone number ({@link LoneNumbers}), if it has one that can be a day.
   */
  private static final Pattern YEAR_MONTH_DAYLESS =
      Pattern.compile(LEADING_YEAR + BEFORE_YEAR_WORD
          + "-?\\s?(?:жылы|жылгы|ж\\.|года|г\\.) ?\n" + MONTH_WORD + "(?![а-я])");

  /** Kazakh year first with the day in words: {@code 1937 жылы он екінші қарашада}. */
  private static final Pattern YEAR_DAY_WORD_MONTH =
      Pattern.compile(LEADING_YEAR + BEFORE_YEAR_WORD + YEAR_WORD + AFTER_YEAR_WORD + "([а-я]+) " + MONTH_WORD);

  /** As {@link #YEAR_DAY_WORD_MONTH}, the day in two words: {@code жиырма бесінші}. */
  private static final Pattern YEAR_DAY_WORDS_MONTH =
      Pattern.compile(LEADING_YEAR + BEFORE_YEAR_WORD + YEAR_WORD + AFTER_YEAR_WORD + "([а-я]+ [а-я]+) " + MONTH_WORD);

  /** Year, month, day, as courts wrote a session's date: {@code 1937 года, ноября 12 дня}. */
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile(
          LEADING_YEAR + BEFORE_YEAR_WORD + YEAR_WORD + AFTER_YEAR_WORD + MONTH_WORD + "\\s?([0-3]?\\d)(?!\\d)");

  /** Month, day, year: {@code ноября 12 дня 1937 года}, {@code ноября 12, 1937 г.} (from the day). */
  private static final Pattern DAY_YEAR_AFTER_MONTH =
      Pattern.compile(
          "([0-3]?\\d)\\s?(?:-?го\\s?)?(?:дня|числа)?\\s?,?\\s?" + YEAR + "(?=\\s?(?:г|год|ж))");

  /*
   * How far after a number a month's name may start for each form to read it, from the forms'
   * patterns (quote, ordinal, year word, separators at their longest): a form is tried only when
   * a month starts that near ({@link MonthNames#starts}).
   */

  /** {@code «12-инші» қарашада}: from the day's digits. */
  private static final int MONTH_AFTER_DAY = 8;

  /** {@code 1937 жылдың, 12-інші қарашада}: from the year's digits. */
  private static final int MONTH_AFTER_YEAR_AND_DAY = 32;

  /** {@code 1937 года, ноября 12 дня}: from the year's digits. */
  private static final int MONTH_AFTER_YEAR = 16;

  /** {@code 1937 жылы жиырма жетінші қарашада}: from the year's digits (two ordinal words). */
  private static final int MONTH_AFTER_YEAR_AND_DAY_WORDS = 80;

  /**
   * Every date on the page, in text order; overlapping readings keep the first, longest one. Each
   * form is tried only where a number starts (every form has one), not at every character, and a
   * form with a month's name only when one starts near enough ({@link MonthNames#starts}).
   */
  public static List<Found> find(NormalizedPage page) {
    String folded = page.folded();
    String text = page.text();
    List<Found> out = new ArrayList<>();
    if (!page.hasDigits()) {
      return out;
    }
    Matcher numeric = anchored(NUMERIC, folded);
    Matcher numericComma = anchored(NUMERIC_COMMA, folded);
    Matcher yearFirst = anchored(YEAR_FIRST, folded);
    Matcher roman = anchored(ROMAN, text);
    Matcher dayMonthYear = anchored(DAY_MONTH_YEAR, folded);
    Matcher yearDayMonth = anchored(YEAR_DAY_MONTH, folded);
    Matcher yearMonthDay = anchored(YEAR_MONTH_DAY, folded);
    Matcher yearDayBroken = anchored(YEAR_DAY_BROKEN, folded);
    Matcher yearDayWords = anchored(YEAR_DAY_WORDS_MONTH, folded);
    Matcher yearDayWord = anchored(YEAR_DAY_WORD_MONTH, folded);
    Matcher dayYear = anchored(DAY_YEAR_AFTER_MONTH, folded);
    Matcher dayless = anchored(YEAR_MONTH_DAYLESS, folded);
    int[] months = MonthNames.starts(folded);
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      if (!isDigit(folded.charAt(i)) || (i > 0 && isDigit(folded.charAt(i - 1)))) {
        continue;
      }
      int quoted = i > 0 && folded.charAt(i - 1) == '"' ? i - 1 : i;
      int run = i;
      while (run < n && isDigit(folded.charAt(run))) {
        run++;
      }
      char next = run < n ? folded.charAt(run) : ' ';
      if (run - i <= 2) {
        if (numberAfterSeparator(folded, run) && at(numeric, i)) {
          add(out, numeric.group(1), numeric.group(2), numeric.group(3), i, numeric.end());
        }
        if ((next == ',' || next == '.') && at(numericComma, i)) {
          add(out, numericComma.group(1), numericComma.group(2), numericComma.group(3), i,
              numericComma.end());
        }
        if (romanAfterSeparator(text, run) && at(roman, quoted)) {
          int month = roman(roman.group(2));
          if (month > 0) {
            add(out, roman.group(1), Integer.toString(month), roman.group(3), quoted, roman.end());
          }
        }
        if (MonthNames.within(months, run, run + MONTH_AFTER_DAY) && at(dayMonthYear, quoted)) {
          add(out, dayMonthYear.group(1), month(dayMonthYear.group(2)), dayMonthYear.group(3),
              quoted, dayMonthYear.end());
        }
        int monthBefore = wordBefore(folded, quoted);
        int month = monthBefore < 0 ? -1 : MonthNames.of(folded, monthBefore, wordEnd(folded, monthBefore));
        if (month > 0 && at(dayYear, i)) {
          add(out, dayYear.group(1), month, dayYear.group(2), monthBefore, dayYear.end());
        }
      } else if (run - i == 4 || run - i == 3) {
        if (run - i == 4 && (next == '.' || next == '-') && at(yearFirst, i)) {
          add(out, yearFirst.group(3), yearFirst.group(2), yearFirst.group(1), i, yearFirst.end());
        }
        boolean yearWord = charWithin(folded, 'ж', run, run + 8) || charWithin(folded, 'г', run, run + 4);
        if (yearWord && MonthNames.within(months, run, n)) {
          yearFirst(out, folded, i, run, months, yearDayMonth, yearDayBroken, yearMonthDay, yearDayWords, yearDayWord,
              dayless);
        }
        int monthBefore = run - i == 4 ? wordBefore(folded, quoted) : -1;
        if (monthBefore >= 0) {
          int month = MonthNames.of(folded, monthBefore, wordEnd(folded, monthBefore));
          NumberWords.Found day = month > 0 ? NumberWords.before(folded, spacesBefore(folded, monthBefore), DayWords::value) : null;
          if (day != null) {
            add(out, day.value(), month, folded.substring(i, run), day.start(), yearEnd(folded, run));
          } else if (month > 0) {
            int[] start = new int[1];
            int lookalike = lookalikeDayBefore(folded, monthBefore, start);
            if (lookalike > 0) {
              add(out, lookalike, month, folded.substring(i, run), start[0], yearEnd(folded, run));
            }
          }
        }
      }
      i = run - 1;
    }
    out.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -f.end()));
    List<Found> kept = new ArrayList<>(out.size());
    int covered = -1;
    for (Found f : out) {
      if (f.start() >= covered) {
        kept.add(f);
        covered = f.end();
      }
    }
    return kept;
  }

  /**
   * A separator and a number after a day: what a digit date needs ({@code 12.11}, {@code 12 /
   * 11}), tested before its pattern is tried.
   */
  private static boolean numberAfterSeparator(String s, int run) {
    int j = skipSpace(s, run);
    if (j >= s.length() || "./-".indexOf(s.charAt(j)) < 0) {
      return false;
    }
    for (int k = 0; k < 2 && j + 1 < s.length() && "./,-".indexOf(s.charAt(j + 1)) >= 0; k++) {
      j++; // a doubled separator (SEPARATOR)
    }
    j = skipSpace(s, j + 1);
    return j < s.length() && isDigit(s.charAt(j));
  }

  /**
   * A Roman month's letter after a day, past a quote and a separator ({@code 12.XI}, {@code «12»
   * XI}), tested before {@link #ROMAN} is tried.
   */
  private static boolean romanAfterSeparator(String text, int run) {
    int j = run;
    if (j < text.length() && text.charAt(j) == '"') {
      j++;
    }
    // the separator right there, or after a white-space character ("12 XI" has one, as the separator)
    return romanAfter(text, j) || (skipSpace(text, j) > j && romanAfter(text, j + 1));
  }

  /** A Roman month's separator at {@code sep}, then (past a white-space character) a Roman month's letter. */
  private static boolean romanAfter(String text, int sep) {
    if (sep >= text.length() || "./- ".indexOf(text.charAt(sep)) < 0) {
      return false;
    }
    int j = skipSpace(text, sep + 1);
    return j < text.length() && "IVXІХУ1l".indexOf(text.charAt(j)) >= 0;
  }

  /** Past one white-space character at {@code at}, if there is one (a normalized page's are ' ' and '\n'). */
  private static int skipSpace(String s, int at) {
    return at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\n') ? at + 1 : at;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean charWithin(String s, char c, int from, int to) {
    for (int i = from; i < Math.min(to, s.length()); i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** Where a year ends, with its year word if one follows ({@code 1937 года}, {@code 1937 ж.}). */
  private static int yearEnd(String folded, int run) {
    Matcher m = TRAILING_YEAR_WORD.matcher(folded).region(run, folded.length());
    return m.lookingAt() ? m.end() : run;
  }

  private static final Pattern TRAILING_YEAR_WORD =
      Pattern.compile("\\s?(?:года|году|г\\.|г(?![а-я])|жылы|жылгы|жыл|ж\\.|ж(?![а-я]))");

  /**
   * The year-first readings of a year at {@code i} followed by a year word: the day in digits
   * before the month, or broken from it by a line of another block; the month before the day; the
   * day read as a block of its own; the day in words. The first that reads a month wins.
   */
  private static void yearFirst(List<Found> out, String folded, int i, int run, int[] months, Matcher dayMonth,
      Matcher broken, Matcher monthDay, Matcher dayWords, Matcher dayWord, Matcher dayless) {
    if (MonthNames.within(months, run, run + MONTH_AFTER_YEAR_AND_DAY) && at(dayMonth, i) && month(dayMonth.group(3)) > 0) {
      if (!yearFollows(folded, dayMonth.end())) {
        add(out, dayMonth.group(2), month(dayMonth.group(3)), dayMonth.group(1), i, dayMonth.end());
      }
      return;
    }
    if (at(broken, i)) {
      int[] month = monthStartingLine(folded, broken.end());
      if (month != null) {
        add(out, broken.group(2), month[0], broken.group(1), i, month[1]);
        return;
      }
    }
    if (MonthNames.within(months, run, run + MONTH_AFTER_YEAR) && at(monthDay, i) && month(monthDay.group(2)) > 0) {
      add(out, monthDay.group(3), month(monthDay.group(2)), monthDay.group(1), i, monthDay.end());
      return;
    }
    if (MonthNames.within(months, run, run + MONTH_AFTER_YEAR) && at(dayless, i) && month(dayless.group(2)) > 0) {
      int day = LoneNumbers.only(folded);
      if (day >= 1 && day <= 31) {
        add(out, day, month(dayless.group(2)), dayless.group(1), i, dayless.end());
      }
      return;
    }
    if (!MonthNames.within(months, run, run + MONTH_AFTER_YEAR_AND_DAY_WORDS)) {
      return;
    }
    for (Matcher m : new Matcher[] {dayWords, dayWord}) {
      if (at(m, i) && DayWords.value(m.group(2)) > 0 && month(m.group(3)) > 0) {
        add(out, DayWords.value(m.group(2)), month(m.group(3)), m.group(1), i, m.end());
        return;
      }
    }
  }

  /**
   * The start of the word of three letters or more that ends just before {@code at} (allowing a
   * dot and a space: {@code нояб. 12}), or -1: a month's name may be it.
   */
  private static int wordBefore(String s, int at) {
    int e = at;
    if (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\n')) {
      e--;
    }
    if (e > 0 && s.charAt(e - 1) == '.') {
      e--;
    }
    int b = e;
    while (b > 0 && s.charAt(b - 1) >= 'а' && s.charAt(b - 1) <= 'я') {
      b--;
    }
    return e - b >= 3 ? b : -1;
  }

  private static int spacesBefore(String s, int at) {
    int i = at;
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  private static int wordEnd(String s, int start) {
    int e = start;
    while (e < s.length() && s.charAt(e) >= 'а' && s.charAt(e) <= 'я') {
      e++;
    }
    return e;
  }

  /**
   * A year right after a year-first reading's month ({@code 1904 г. 10 ноября 1937 г.}): the day
   * and month belong to that year, day first, not to the year before them.
   */
  private static boolean yearFollows(String s, int at) {
    return FOLLOWING_YEAR.matcher(s).region(at, s.length()).lookingAt();
  }

  private static final Pattern FOLLOWING_YEAR =
      Pattern.compile("\\s?,?\\s?(?:(?:1[89]|20)\\d\\d(?!\\d)|\\d\\d\\s?(?:г\\.|г(?![а-я])|года))");

  private static Matcher anchored(Pattern p, String s) {
    return p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** The pattern matches starting exactly at {@code start} (the text is as long as the page). */
  private static boolean at(Matcher m, int start) {
    return m.region(start, m.regionEnd()).lookingAt();
  }

  private static void add(List<Found> out, String day, int month, String year, int s, int e) {
    add(out, day, Integer.toString(month), year, s, e);
  }

  private static void add(List<Found> out, int day, int month, String year, int s, int e) {
    add(out, Integer.toString(day), Integer.toString(month), year, s, e);
  }

  private static void add(List<Found> out, String day, String month, String written, int s, int e) {
    String year = written.indexOf(' ') < 0 ? written : written.replace(" ", ""); // 19 37
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += 1900;
    } else if (year.length() == 3) {
      y += 1000; // 937 г., 989 жылы: OCR lost the 1
    }
    try {
      LocalDate d = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(digits(day)));
      if (y >= 1800 && y < 2100) {
        out.add(new Found(d, s, e));
      }
    } catch (DateTimeException | NumberFormatException ex) {
      // not a date (day 32, month 13): nothing read
    }
  }

  /** A Roman month I..XII written with Latin or Cyrillic look-alikes, or -1. */
  static int roman(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v;
      switch (s.charAt(i)) {
        case 'I':
        case 'І':
        case '1':
        case 'l':
          v = 1;
          break;
        case 'V':
        case 'У':
          v = 5;
          break;
        case 'X':
        case 'Х':
          v = 10;
          break;
        default:
          return -1;
      }
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    boolean hasLetter = false;
    for (int i = 0; i < s.length(); i++) {
      hasLetter |= s.charAt(i) != '1';
    }
    return hasLetter && total >= 1 && total <= 12 ? total : -1;
  }
}
