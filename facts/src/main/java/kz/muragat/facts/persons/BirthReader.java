package kz.muragat.facts.persons;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.Fuzzy;
import kz.muragat.facts.text.LoneNumbers;

/**
 * Reads the birth year and birthplace that follow a person's name, in the folded text between the
 * name and the next name (or the clause's end): {@code , 1887 года рождения, уроженца
 * Актюбинской губернии}, {@code 1887 г.р.}, {@code 1887 г. рожд.}, {@code г.р. 1887}, {@code
 * родился в 1887 году в ауле ...}, {@code (1887)} is not enough; Kazakh {@code 1904 жылы Торғай
 * облысында туған}, {@code 1904 ж.т.}. A year needs a birth word beside it: a year next to a name
 * without one ({@code с 1930 года}, a header's date) is never a birth year. A year OCR wrote with
 * stray digits before it ({@code 711875 г. рождения}) keeps its last four.
 */
final class BirthReader {
  private BirthReader() {}

  /** What was read: year (or null), the birthplace's range in the text (or -1), and the end. */
  record Birth(Integer year, int placeStart, int placeEnd, int end) {}

  /** How far after the name (or the year) the birth year (or the birthplace) may start. */
  private static final int YEAR_REACH = 25;

  /** What may come before a birth phrase: anything, up to {@link #YEAR_REACH} characters. */
  private static final String LEAD = "[\\s\\S]{0," + YEAR_REACH + "}?";


  private static final String YEAR = "(?<!\\d)\\d{0,2}((?:18|19)\\d\\d)(?!\\d)";
  /** Between the words of a birth phrase: a space, or a speck OCR read as a mark ({@code 1884:г.}). */
  private static final String J = "[\\s|'\",:;_-]{0,3}";
  private static final String BIRTH_WORD =
      "(?:" + Fuzzy.of("рожд") + "[а-я]*\\.?|р\\.|/\\s?р\\.?|рожд\\.?)";

  /** 1887 года рождения, 1887 г.р., 1887 г. рожд., 1887 г/р. */
  private static final Pattern YEAR_THEN_WORD =
      Pattern.compile(
          YEAR + J + "(?:-?го\\s?)?(?:г\\.?|года?|гг\\.?)?" + J + BIRTH_WORD);

  /** г.р. 1887, рождения 1887 г., родился (родившегося) в 1887 году, год рождения: 1887. */
  private static final Pattern WORD_THEN_YEAR =
      Pattern.compile(
          LEAD + "(?:г\\.\\s?р\\.|туган\\s+жылы|" + Fuzzy.of("рождени") + "[а-я]*|род\\.|" + Fuzzy.of("родил")
              + "[а-я]*\\s(?:в\\s)?|родивш[а-я]*\\s(?:в\\s)?)" + J + YEAR);

  /** Kazakh "born": туған, туылған, дүниеге келген ("came into the world"). */
  private static final String BORN = "(?:туган|туылган|дуниеге\\sкелг)";

  /**
   * Kazakh: 1904 жылы Торғай облысында туған, 1904 ж.т., 1904 жылы туған, 1904 жылы ... дүниеге
   * келген, the place with a number ({@code № 3 ауылында}). The place may hold a dot
   * (an abbreviation, {@code Ақмола обл. Ерейментау ауд.}, or a speck OCR read as one) but no
   * sentence's end: the year and {@code туған} are of one clause.
   */
  private static final Pattern KAZAKH =
      Pattern.compile(
          YEAR + J + "(?:ж\\.\\s?т\\.|(?:жылы|жылгы|ж\\.)\\s?(?:((?:[^,;:\\d№]|№\\s?\\d+){2,60}?)\\s)?"
              + BORN + ")");

  /**
   * A birth phrase without its year right after the name, across a line break: {@code
   * Габитовича,\nгода рождения}, {@code Жантөреұлы Берік\nжылы Ақмола облысында туған} — the year
   * OCR cut off the line's end or start and read as a block of its own.
   */
  private static final Pattern YEARLESS =
      Pattern.compile(
          "[ ,]{0,2}\n ?(?:(?:года?|г\\.)" + J + BIRTH_WORD + "|(?:жылы|ж\\.)\\s(?:[^,;:\\d]{2,60}?\\s)?"
              + BORN + "|ж\\.\\s?т\\.)");

  /**
   * The year of a birth phrase that lost it ({@link #YEARLESS}) right at {@code from}: the page's
   * one lone number ({@link LoneNumbers}) if it can be a birth year; else null.
   */
  static Integer lostYear(String folded, int from, int to, Clauses clauses) {
    Matcher m = YEARLESS.matcher(folded).region(from, to);
    if (!m.lookingAt() || !clauses.same(m.start(), m.end() - 1)) {
      return null;
    }
    int year = LoneNumbers.only(folded);
    return year >= 1800 && year < 2000 ? year : null;
  }

  /** уроженец / уроженка / уроженца / урож. / родом из / место рождения: PLACE. */
  private static final Pattern PLACE =
      Pattern.compile(
          LEAD + "(?:" + Fuzzy.of("урожен") + "[а-я]*|урож\\.|родом из|место\\s" + Fuzzy.of("рождени")
              + "[а-я]*\\s?:?|" + Fuzzy.of("родил") + "[а-я]*\\sв)\\s(?=[^\\s,.;:])");

  /** The longest birthplace read. */
  private static final int PLACE_LENGTH = 70;

  /** Reads after the name, in {@code folded[from, to)}; {@code clauses} are the page's. */
  static Birth read(String folded, int from, int to, Clauses clauses) {
    Integer year = null;
    int end = from;
    int placeStart = -1;
    int placeEnd = -1;
    Matcher m = yearPhrase(folded, from, to, clauses);
    if (m != null) {
      year = Integer.valueOf(m.group(1));
      end = m.end();
      if (m.pattern() == KAZAKH && m.group(2) != null) {
        placeStart = m.start(2);
        placeEnd = m.end(2);
      }
    }
    if (placeStart < 0 && placeWordWithin(folded, end, Math.min(to, end + YEAR_REACH + 6))) {
      m = PLACE.matcher(folded).region(end, to);
      if (m.lookingAt()) {
        placeStart = m.end();
        placeEnd = trimPlace(folded, placeStart, placeEnd(folded, placeStart, to));
        end = Math.max(end, placeEnd);
      }
    }
    return new Birth(year, placeStart, placeEnd, end);
  }

  /** The first year phrase starting within {@link #YEAR_REACH} of {@code from}, or null. */
  /**
   * The first birth-year phrase after a name: the year first ({@code 1887 года рождения}, {@code
   * 1904 жылы ... туған}), tried where a number of four digits or more starts within {@link
   * #YEAR_REACH}; else the birth word first ({@code г.р. 1887}, {@code родился в 1887 году}).
   */
  private static Matcher yearPhrase(String folded, int from, int to, Clauses clauses) {
    for (int i = from; i <= from + YEAR_REACH && i + 4 <= to; i++) {
      if (isDigit(folded.charAt(i)) && (i == from || !isDigit(folded.charAt(i - 1)))
          && isDigit(folded.charAt(i + 3))) {
        for (Pattern p : new Pattern[] {YEAR_THEN_WORD, KAZAKH}) {
          Matcher m = p.matcher(folded).region(i, to).useTransparentBounds(true);
          if (m.lookingAt() && (p != KAZAKH || clauses.same(m.start(), m.end() - 1))) {
            return m;
          }
        }
      }
    }
    if (yearWithin(folded, from, Math.min(to, from + YEAR_REACH + 20))) {
      Matcher m = WORD_THEN_YEAR.matcher(folded).region(from, to).useTransparentBounds(true);
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A run of four digits starts in {@code [from, to)}: a cheap test before a pattern. */
  private static boolean yearWithin(String s, int from, int to) {
    int run = 0;
    for (int i = from; i < s.length() && (i < to || run > 0); i++) {
      run = isDigit(s.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** A word of a birthplace phrase (урож…, родом, место, родил…) starts in {@code [from, to)}. */
  private static boolean placeWordWithin(String s, int from, int to) {
    for (int i = from; i < to - 3; i++) {
      char c = s.charAt(i);
      if ((c == 'у' || c == 'р' || c == 'м') && (i == 0 || !Character.isLetter(s.charAt(i - 1)))
          && (s.startsWith("ур", i) || s.startsWith("ро", i) || s.startsWith("ре", i)
              || s.startsWith("ме", i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a questionnaire's birth fields anywhere in {@code folded[from, to)}: {@code Год
   * рождения: 1897}, {@code Место рождения: аул № 3}, Kazakh {@code Туған жылы: 1897}, {@code
   * Туған жері: ...}.
   */
  static Birth readFields(String folded, int from, int to) {
    Integer year = null;
    int end = from;
    Matcher m = FIELD_YEAR.matcher(folded).region(from, to);
    if (m.find()) {
      year = Integer.valueOf(m.group(1));
      end = m.end();
    }
    int placeStart = -1;
    int placeEnd = -1;
    m = FIELD_PLACE.matcher(folded).region(from, to);
    if (m.find()) {
      placeStart = m.start(1);
      placeEnd = trimPlace(folded, m.start(1), placeEnd(folded, m.start(1), to));
      end = Math.max(end, placeEnd);
    }
    return new Birth(year, placeStart, placeEnd, end);
  }

  private static final Pattern FIELD_YEAR =
      Pattern.compile(
          "(?:" + Fuzzy.of("рождени") + "[а-я]*|туган\\s+жылы)" + "[^\\d]{0,30}?" + YEAR);
  private static final Pattern FIELD_PLACE =
      Pattern.compile(
          "(?:место\\s+" + Fuzzy.of("рождени") + "[а-я]*|туган\\s+жери)[\\s:.-]{1,4}"
              + "([^\\n;]{3,60})");

  /**
   * Where a birthplace ends: at a comma, semicolon, colon, line break or bracket, or a full stop
   * that does not close an abbreviation ({@code с.}, {@code обл.}, {@code р-на.}, {@code губ.}).
   */
  private static int placeEnd(String folded, int start, int to) {
    int limit = Math.min(to, start + PLACE_LENGTH);
    int i = start;
    for (; i < limit; i++) {
      char c = folded.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')') {
        break;
      }
      if (c == '.') {
        int w = i;
        while (w > start && (Character.isLetter(folded.charAt(w - 1)) || folded.charAt(w - 1) == '-')) {
          w--;
        }
        boolean abbreviation = i - w >= 1 && i - w <= 4;
        if (!abbreviation || i + 1 >= limit || folded.charAt(i + 1) != ' ') {
          break;
        }
      }
    }
    return i;
  }

  /** A place ends before "в преступлениях", "арестован" and the like that follow without a comma. */
  private static final Pattern PLACE_END =
      Pattern.compile("\\s(?:(?:в|и|по)(?![а-я])|проживающ|арестован|обвиня|житель|прожив|член"
          + "|беспартийн)");

  private static int trimPlace(String folded, int start, int end) {
    Matcher m = PLACE_END.matcher(folded).region(start, end);
    int e = m.find() ? m.start() : end;
    while (e > start && Character.isWhitespace(folded.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
