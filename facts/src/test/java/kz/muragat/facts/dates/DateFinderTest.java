package kz.muragat.facts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import kz.muragat.facts.text.NormalizedPage;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private static List<LocalDate> dates(String text) {
    return DateFinder.find(NormalizedPage.of(1, text)).stream().map(DateFinder.Found::date).toList();
  }

  private static void reads(String text, String iso) {
    assertEquals(List.of(LocalDate.parse(iso)), dates(text), text);
  }

  @Test
  void digits() {
    reads("от 07.03.1938 г.", "1938-03-07");
    reads("от 7.3.1938", "1938-03-07");
    reads("арестован 12/11-37 г.", "1937-11-12");
    reads("12-11-1937", "1937-11-12");
    reads("22. 02.1938 г.", "1938-02-22"); // OCR's space after the dot
    reads("1937.11.12", "1937-11-12");
  }

  @Test
  void romanMonths() {
    reads("12.XI.1937 г.", "1937-11-12");
    reads("12/XI-37", "1937-11-12");
    reads("3 VIII 1938", "1938-08-03");
    reads("15.ІV.38", "1938-04-15"); // Cyrillic І
    reads("5.Х1.1937", "1937-11-05"); // Cyrillic Х and a 1 for I
  }

  @Test
  void russianMonthNames() {
    reads("12 ноября 1937 г.", "1937-11-12");
    reads("«12» ноября 1937 года", "1937-11-12");
    reads("12-го ноября 37 г.", "1937-11-12");
    reads("1 декабря 1934 г.", "1934-12-01");
    reads("3 нояб. 1937", "1937-11-03");
    reads("25 мая 1938", "1938-05-25");
  }

  @Test
  void kazakhMonthNames() {
    reads("1937 жылғы 12 қарашада", "1937-11-12");
    reads("1938 жылы 3 қазанда", "1938-10-03");
    reads("1938 ж. 17 мамырда", "1938-05-17");
    reads("12 қараша 1937 ж.", "1937-11-12");
    reads("1989 жылы 3 желтоқсанда", "1989-12-03");
    reads("1990 жылы 7 сэуірде", "1990-04-07"); // OCR's э for ә
    reads("1938 жылы 11 наурызда", "1938-03-11");
    reads("1937 жылы 20 кыркүйекте", "1937-09-20"); // OCR dropped the Kazakh ы mark
  }

  @Test
  void abbreviatedMonthsOfAnyLength() {
    reads("12 сентяб. 1937 г.", "1937-09-12");
    reads("12 февр. 1938 г.", "1938-02-12");
    reads("5 дек 1937", "1937-12-05"); // no dot
    reads("1937 ж. 12 қар.", "1937-11-12");
    reads("1938 ж. 4 қаң. ", "1938-01-04");
    reads("7 шіл. 1938 ж.", "1938-07-07");
  }

  @Test
  void russianMonthNamesInKazakhText() {
    reads("1937 жылы 12 ноябрьде", "1937-11-12");
    reads("1937-жылы 12-ноябрьде", "1937-11-12");
    reads("1938 жылы 2 мартта", "1938-03-02");
    reads("5 октябрь 1937 ж.", "1937-10-05");
  }

  @Test
  void hyphensAndOrdinalsBetweenDayAndMonth() {
    reads("1937-жылы 12-қарашада", "1937-11-12");
    reads("12-ші қарашада 1937 жылы", "1937-11-12");
    reads("1938 жылғы 3-інші қазандағы", "1938-10-03");
    reads("12-е ноября 1937 г.", "1937-11-12");
  }

  @Test
  void yearFirstInRussian() {
    reads("1938 г. 3 октября", "1938-10-03");
    // a court's session: year, month, day
    reads("1937 года, ноября 12 дня, гор. Алма-Ата", "1937-11-12");
    reads("1938 г. апреля 21 дня", "1938-04-21");
    reads("октября 5 дня 1937 года", "1937-10-05");
  }

  @Test
  void theDayAndMonthBeforeAYearAreNotTheYearBefore() {
    // a birth year, then an arrest date day first: not 1904-11-10
    assertEquals(
        List.of(LocalDate.parse("1937-11-10")), dates("род. в 1904 г. 10 ноября 1937 г. арестован"));
    assertEquals(
        List.of(LocalDate.parse("1937-11-10")), dates("1904 ж. 10 қараша 1937 ж. тұтқындалған"));
  }

  @Test
  void ocrNoise() {
    reads("12,11,1937", "1937-11-12"); // commas for dots
    reads("12.11,1937 г.", "1937-11-12");
    reads("989 жылы 16 сәуірде", "1989-04-16"); // the year's 1 lost, a year word follows
    reads("12 ноября 937 г.", "1937-11-12");
    reads("«12» XI 1937 г.", "1937-11-12");
    reads("«12 » ноября 1937 г.", "1937-11-12"); // a space before the closing quote
    reads("«7 » қараша 1937 ж.", "1937-11-07");
    assertEquals(List.of(), dates("№ 937 12 ноября")); // three digits without a year word
  }

  @Test
  void separatorsOcrDoubledOrLost() {
    reads("арестован 21..10.1937 г.", "1937-10-21"); // a speck read as a second dot
    reads("от 8.-04.1958", "1958-04-08");
    reads("ақталды 19..09.1989 ж.", "1989-09-19");
    reads("06,,.02.1938 г.", "1938-02-06");
    reads("от 14,08 1938 г.", "1938-08-14"); // the second dot lost
    reads("30,11 1937 ж. шешімімен", "1937-11-30");
    assertEquals(List.of(), dates("ст. 58 п.п. 2, 7, 11 1937 г.")); // a list's commas have spaces
    assertEquals(List.of(), dates("12...11")); // no year
  }

  @Test
  void aSpaceOcrPutInsideTheYear() {
    reads("арестован 12.11.19 37 г.", "1937-11-12");
    reads("от 3.04.1 958", "1958-04-03");
    reads("12 қараша 193 7 ж.", "1937-11-12");
    reads("ақталды 4/V-19 89", "1989-05-04");
    assertEquals(List.of(), dates("12.11.19 3 листа")); // no four digits
    assertEquals(List.of(), dates("12.11.1 9 37")); // one space, not two
  }

  @Test
  void specksAroundAYearWord() {
    reads("1938\n«жылы 14 наурызда", "1938-03-14"); // a quote glued to the year word
    reads("1956:жылы 2 ақпанда", "1956-02-02");
    reads("1957 жылы.28 мамырда", "1957-05-28"); // a dot between the year word and the day
    reads("1939 г.: 4 марта", "1939-03-04");
    reads("1937 ж.,бесінші қазанда", "1937-10-05");
    assertEquals(List.of(), dates("1938 жылы: 10 жылға сотталған"));
    assertEquals(List.of(), dates("1938 жылы.\nСәуірде")); // no day
  }

  @Test
  void aDateBrokenByAnotherBlockOfThePage() {
    // OCR read a block of the page between the day and the month
    reads("1990 жылы 22\nату жазасына кесілген.\nқыркүйекте ісі қайта қаралып", "1990-09-22");
    reads("1957 г. 4\nпостановление отменено.\nмая дело прекращено", "1957-05-04");
    reads("1939 жылы 8 і\nақпанда ісі қаралып", "1939-02-08"); // a speck ends the day's line
    reads("1958 г. 16 ,\nмарта дело прекращено", "1958-03-16");
    // the month too far, or not a month
    assertEquals(List.of(), dates("1990 жылы 22\nбір\nекі\nқыркүйекте"));
    assertEquals(List.of(), dates("1938 жылы 10\nжылға сотталған"));
  }

  @Test
  void aDayOcrReadAsABlockOfItsOwn() {
    // the day cut off the line's start and written at the page's end
    reads("1939 жылы\nмамырда ісі қаралып, ақталды.\n\n14", "1939-05-14");
    reads("Арестован 1937 г.\nноября органами НКВД.\n5.", "1937-11-05");
    // two lone numbers (one a sheet's), none, or one that is no day: no date
    assertEquals(List.of(), dates("3\n1939 жылы\nмамырда ақталды.\n14"));
    assertEquals(List.of(), dates("1939 жылы\nмамырда ақталды."));
    assertEquals(List.of(), dates("1939 жылы\nмамырда ақталды.\n47"));
    // the month not at the line's start: a month-only date, no gap
    assertEquals(List.of(), dates("1939 жылы мамырда ақталды.\n14"));
  }

  @Test
  void theDayInWords() {
    reads("двенадцатого ноября 1937 года", "1937-11-12");
    reads("двадцать третьего декабря 1937 г.", "1937-12-23");
    reads("первое мая 1938 г.", "1938-05-01");
    reads("1937 жылы он екінші қарашада", "1937-11-12");
    reads("1938 жылғы жиырма бесінші мамырда", "1938-05-25");
    reads("1938 ж. бесінші қазанда", "1938-10-05");
    reads("отызыншы қараша 1937 ж.", "1937-11-30");
    // cardinals count, they do not date
    assertEquals(List.of(), dates("пять ноября 1937 г."));
    assertEquals(List.of(), dates("1938 жылы бес қазан"));
  }

  @Test
  void lettersReadForDigits() {
    reads("арестован l2.11.1937 г.", "1937-11-12");
    reads("1937 ж. З.10.1938 шешімімен", "1938-10-03");
    reads("от 1О.11.1937", "1937-11-10");
    reads("12.II.1937", "1937-02-12"); // a Roman month stays one
    // the day before a month's name, or after a year word
    reads("осужден З октября 1937 г.", "1937-10-03");
    reads("от «l2» ноября 1937 г.", "1937-11-12");
    reads("2О мая 1958 г.", "1958-05-20");
    reads("1937 жылы З тамызда", "1937-08-03");
    reads("1938 ж. l5 қазанда", "1938-10-15");
    reads("З қараша 1937 ж.", "1937-11-03");
    assertEquals(List.of(), dates("1937 жылы о тамызда")); // no day 0
    assertEquals(List.of(), dates("Дело Омарова З. ноября 1937 г.")); // an initial's dot
    assertEquals(List.of(), dates("1938 жылы озат қазанда"));
  }

  @Test
  void yearsInWords() {
    reads("двадцать третьего декабря тысяча девятьсот тридцать седьмого года", "1937-12-23");
    reads("12 ноября тысяча девятьсот тридцать седьмого г.", "1937-11-12");
    reads("бір мың тоғыз жүз отыз жетінші жылы 12 қарашада", "1937-11-12");
    reads("мың тоғыз жүз отыз сегізінші жылғы 3 қазанда", "1938-10-03");
    reads("бір мың тоғыз жүз отыз жетінші жылы он екінші қарашада", "1937-11-12");
  }

  @Test
  void notDates() {
    assertEquals(List.of(), dates("ст. 58-10, 58-11 УК РСФСР"));
    assertEquals(List.of(), dates("32.13.1937"));
    assertEquals(List.of(), dates("с 1930 года")); // a year alone is not a date
    assertEquals(List.of(), dates("в ноябре 1937 г.")); // no day
    assertEquals(List.of(), dates("27.09.19")); // a year OCR cut to 19
    assertEquals(List.of(), dates("12 Казахской ССР 1937")); // not a month's name
    assertEquals(List.of(), dates("на 10 лет 1937 г.")); // a term
    assertEquals(List.of(), dates("1938 жылы 10 жылға сотталған")); // a term, no month
    assertEquals(List.of(), dates("ст. 58 п.п. 2, 7, 11")); // commas of a list
  }

  @Test
  void severalInTextOrder() {
    assertEquals(
        List.of(LocalDate.parse("1937-11-12"), LocalDate.parse("1958-05-03")),
        dates("осужден 12.11.1937, реабилитирован 3 мая 1958 г."));
  }

  @Test
  void romanNumerals() {
    assertEquals(11, DateFinder.roman("XI"));
    assertEquals(4, DateFinder.roman("IV"));
    assertEquals(9, DateFinder.roman("IX"));
    assertEquals(-1, DateFinder.roman("11"));
    assertEquals(-1, DateFinder.roman("XIV"));
  }
}
