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
  void notDates() {
    assertEquals(List.of(), dates("ст. 58-10, 58-11 УК РСФСР"));
    assertEquals(List.of(), dates("32.13.1937"));
    assertEquals(List.of(), dates("с 1930 года")); // a year alone is not a date
    assertEquals(List.of(), dates("в ноябре 1937 г.")); // no day
    assertEquals(List.of(), dates("27.09.19")); // a year OCR cut to 19
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
