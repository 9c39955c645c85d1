package kz.muragat.facts.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.facts.text.NormalizedPage;

/**
 * Finds the calendar dates (day, month and year) of a normalized page, in the forms Soviet
 * Russian and Kazakh paperwork writes them:
 *
 * <ul>
 *   <li>digits: {@code 12.11.1937}, {@code 12/11-37}, {@code 12-11-1937}, {@code 12. 11.1937}
 *       (OCR's space), and the year first, {@code 1937.11.12};
 *   <li>a Roman month: {@code 12.XI.1937}, {@code 12/XI-37}, {@code 12 XI 1937} (Latin or
 *       Cyrillic look-alike letters: {@code ХI}, {@code Х1});
 *   <li>a Russian month name or its abbreviation: {@code 12 ноября 1937 г.}, {@code «12» ноября
 *       1937}, {@code 12-го ноября 37 г.}, {@code 12 нояб. 1937};
 *   <li>a Kazakh month name with any ending, year first or last: {@code 1937 жылғы 12
 *       қарашада}, {@code 1938 жылы 3 қазанда}, {@code 1937 ж. 12 қараша}, {@code 12 қараша 1937
 *       ж.}.
 * </ul>
 *
 * Two-digit years are read as 19xx. A match must be a valid calendar date from 1900 to 2099.
 */
public final class DateFinder {
  private DateFinder() {}

  /** A date found at {@code [start, end)} of the normalized text. */
  public record Found(LocalDate date, int start, int end) {}

  /** A year: four digits, or two from 20 to 99 (a lone "19" is a year OCR cut short). */
  private static final String YEAR = "(1[89]\\d\\d|20\\d\\d|[2-9]\\d)(?!\\d)";
  private static final String DAY = "(?<![\\d.,])([0-3]?\\d)";

  private static final Pattern NUMERIC =
      Pattern.compile(DAY + "\\s?[./-]\\s?([01]?\\d)\\s?[./-]\\s?" + YEAR);

  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<![\\d.,])((?:19|20)\\d\\d)[.-]([01]\\d)[.-]([0-3]\\d)(?![\\d])");

  /** Roman month, read on the case-kept text (Latin and Cyrillic look-alikes, 1 for I). */
  private static final Pattern ROMAN =
      Pattern.compile(
          DAY + "\\s?[./\\- ]\\s?([IVXІХУ1l]{1,4})\\s?[./\\- ]\\s?" + YEAR);

  private static final String[] RU_MONTHS = {
    "январ", "феврал", "март", "апрел", "ма[йя]", "июн", "июл", "август", "сентябр", "октябр",
    "ноябр", "декабр"
  };
  private static final String[] RU_MONTH_ABBR = {
    "янв", "фев", "мар", "апр", "ма[йя]", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"
  };

  /** Kazakh months, folded (ә→а, ғ→г, қ→к, ү→у, і→и), with OCR's э for ә in сәуір. */
  private static final String[] KK_MONTHS = {
    "кантар", "акпан", "наурыз", "с[аэе]уир", "мамыр", "маусым", "шилде", "тамыз", "кыркуйек",
    "казан", "караша", "желтоксан"
  };

  private static final String RU_MONTH;
  private static final String KK_MONTH;

  static {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < 12; i++) {
      b.append(i == 0 ? "" : "|").append("(").append(RU_MONTHS[i]).append("[а-я]*|")
          .append(RU_MONTH_ABBR[i]).append("[а-я]{0,2}\\.)");
    }
    RU_MONTH = b.append(")").toString();
    b = new StringBuilder("(");
    for (int i = 0; i < 12; i++) {
      b.append(i == 0 ? "" : "|").append("(").append(KK_MONTHS[i]).append(")");
    }
    KK_MONTH = b.append(")[а-я]*").toString();
  }

  /** 12 ноября 1937, «12» ноября 1937 г., 12-го ноября 37 г. */
  private static final Pattern RU_NAMED =
      Pattern.compile(
          "(?<![\\d.,])\"?([0-3]?\\d)\"?(?:-?го)?\\s?" + RU_MONTH + "\\s?" + YEAR);

  /** 1937 жылғы 12 қарашада, 1938 жылы 3 қазанда, 1937 ж. 12 қараша. */
  private static final Pattern KK_YEAR_FIRST =
      Pattern.compile(
          "(?<!\\d)((?:19|20)\\d\\d)\\s?(?:[^\\s\\d]{1,2}\\s)?(?:-?\\s?(?:жылы|жылгы|жылдын|жыл|ж\\.?)\\s?)"
              + "\"?([0-3]?\\d)\"?(?:-?(?:ш|нш|инш|ынш)[иы])?\\s?"
              + KK_MONTH);

  /** 12 қараша 1937 ж., 12-қарашада 1937 жылы. */
  private static final Pattern KK_DAY_FIRST =
      Pattern.compile("(?<![\\d.,])\"?([0-3]?\\d)\"?\\s?-?\\s?" + KK_MONTH + "\\s?" + YEAR);

  /**
   * Every date on the page, in text order; overlapping readings keep the first, longest one. Each
   * form is tried only where a number starts (every form has one), not at every character.
   */
  public static List<Found> find(NormalizedPage page) {
    String folded = page.folded();
    String text = page.text();
    List<Found> out = new ArrayList<>();
    if (!page.hasDigits()) {
      return out;
    }
    Matcher numeric = anchored(NUMERIC, folded);
    Matcher yearFirst = anchored(YEAR_FIRST, folded);
    Matcher roman = anchored(ROMAN, text);
    Matcher ruNamed = anchored(RU_NAMED, folded);
    Matcher kkYearFirst = anchored(KK_YEAR_FIRST, folded);
    Matcher kkDayFirst = anchored(KK_DAY_FIRST, folded);
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
        boolean separated = "./- \n".indexOf(next) >= 0;
        if (separated && at(numeric, i)) {
          add(out, numeric.group(1), numeric.group(2), numeric.group(3), i, numeric.end());
        }
        if (separated && at(roman, i)) {
          int month = roman(roman.group(2));
          if (month > 0) {
            add(out, roman.group(1), Integer.toString(month), roman.group(3), i, roman.end());
          }
        }
        boolean word = monthAhead(folded, run);
        if (word && at(ruNamed, quoted)) {
          add(out, ruNamed.group(1), Integer.toString(monthGroup(ruNamed, 2)), ruNamed.group(15),
              quoted, ruNamed.end());
        }
        if (word && at(kkDayFirst, quoted)) {
          add(out, kkDayFirst.group(1), Integer.toString(monthGroup(kkDayFirst, 2)),
              kkDayFirst.group(15), quoted, kkDayFirst.end());
        }
      } else if (run - i == 4) {
        if ((next == '.' || next == '-') && at(yearFirst, i)) {
          add(out, yearFirst.group(3), yearFirst.group(2), yearFirst.group(1), i, yearFirst.end());
        }
        if (charWithin(folded, 'ж', run, run + 8) && at(kkYearFirst, i)) {
          add(out, kkYearFirst.group(2), Integer.toString(monthGroup(kkYearFirst, 3)),
              kkYearFirst.group(1), i, kkYearFirst.end());
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

  /** The first three letters of the months, Russian and Kazakh (folded; сэу is OCR's сәуір). */
  private static final Set<String> MONTH_STARTS =
      Set.of("янв", "фев", "мар", "апр", "май", "мая", "июн", "июл", "авг", "сен", "окт", "ноя",
          "дек", "кан", "акп", "нау", "сау", "сэу", "сеу", "мам", "мау", "шил", "там", "кыр", "каз",
          "кар", "жел");

  /** A month's name follows a day number at {@code at} ({@code » ноября}, {@code -го ноября}). */
  private static boolean monthAhead(String s, int at) {
    int i = at;
    if (i < s.length() && s.charAt(i) == '"') {
      i++;
    }
    if (s.startsWith("-го", i)) {
      i += 3;
    }
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '-')) {
      i++;
    }
    return i + 3 <= s.length() && MONTH_STARTS.contains(s.substring(i, i + 3));
  }

  private static Matcher anchored(Pattern p, String s) {
    return p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** The pattern matches starting exactly at {@code start} (the text is as long as the page). */
  private static boolean at(Matcher m, int start) {
    return m.region(start, m.regionEnd()).lookingAt();
  }

  /** The month (1-12) whose group among the 12 after {@code outer} matched. */
  private static int monthGroup(Matcher m, int outer) {
    for (int i = 1; i <= 12; i++) {
      if (m.group(outer + i) != null) {
        return i;
      }
    }
    return -1;
  }

  private static void add(List<Found> out, String day, String month, String year, int s, int e) {
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += 1900;
    }
    try {
      LocalDate d = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
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
