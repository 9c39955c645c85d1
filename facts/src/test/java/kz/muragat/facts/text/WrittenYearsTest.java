package kz.muragat.facts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrittenYearsTest {
  private static String normalized(String raw) {
    return NormalizedPage.of(1, raw).text();
  }

  @Test
  void aYearInWordsBeforeAYearWordIsWrittenAsDigits() {
    assertEquals("23 декабря 1937 года", normalized("23 декабря тысяча девятьсот тридцать седьмого года"));
    assertEquals("родился в 1905 году", normalized("родился в тысяча девятьсот пятом году"));
    assertEquals("ТЫСЯЧА 1938 г.", normalized("ТЫСЯЧА Тысяча девятьсот тридцать восьмого г."));
    assertEquals("1937 жылы 12 қарашада", normalized("бір мың тоғыз жүз отыз жетінші жылы 12 қарашада"));
    assertEquals("1940 жылғы", normalized("мың тоғыз жүз\nқырқыншы жылғы"));
  }

  @Test
  void otherNumbersInWordsStayAsWritten() {
    // no year word after it, a cardinal, a term, a number out of a year's range
    assertEquals("тысяча девятьсот тридцать седьмого дела", normalized("тысяча девятьсот тридцать седьмого дела"));
    assertEquals("тысяча девятьсот тридцать семь лет", normalized("тысяча девятьсот тридцать семь лет"));
    assertEquals("сроком на десять лет", normalized("сроком на десять лет"));
    assertEquals("мына жерде он бесінші жылы", normalized("мына жерде он бесінші жылы"));
  }

  @Test
  void theDigitsSpanTheWords() {
    String raw = "от тысяча девятьсот\nтридцать седьмого года";
    NormalizedPage p = NormalizedPage.of(2, raw);
    int at = p.text().indexOf("1937");
    Span s = p.span(at, at + 4);
    assertEquals("тысяча девятьсот\nтридцать седьмого", raw.substring(s.start(), s.end()));
  }
}
