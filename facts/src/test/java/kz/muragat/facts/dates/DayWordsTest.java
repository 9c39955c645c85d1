package kz.muragat.facts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DayWordsTest {
  @Test
  void russianOrdinals() {
    assertEquals(12, DayWords.value("двенадцатого"));
    assertEquals(3, DayWords.value("третьего"));
    assertEquals(23, DayWords.value("двадцать третьего"));
    assertEquals(31, DayWords.value("тридцать первого"));
    assertEquals(1, DayWords.value("первое"));
  }

  @Test
  void kazakhOrdinalsFolded() {
    assertEquals(2, DayWords.value("екинши"));
    assertEquals(12, DayWords.value("он екинши"));
    assertEquals(25, DayWords.value("жиырма бесинши"));
    assertEquals(6, DayWords.value("алтыншы"));
    assertEquals(30, DayWords.value("отызыншы"));
  }

  @Test
  void notADay() {
    assertEquals(-1, DayWords.value("пять")); // a cardinal
    assertEquals(-1, DayWords.value("бес"));
    assertEquals(-1, DayWords.value("тридцать девятого")); // 39
    assertEquals(-1, DayWords.value("дела"));
  }
}
