package kz.muragat.facts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberWordsTest {
  @Test
  void russianNumberWordsInAnyCase() {
    assertEquals(10, NumberWords.value("десять"));
    assertEquals(10, NumberWords.value("десяти"));
    assertEquals(3, NumberWords.value("трех"));
    assertEquals(8, NumberWords.value("восьми"));
    assertEquals(25, NumberWords.value("двадцати  пяти"));
    assertEquals(15, NumberWords.value("пятнадцать"));
  }

  @Test
  void kazakhNumberWordsFolded() {
    assertEquals(10, NumberWords.value("он"));
    assertEquals(8, NumberWords.value("сегиз"));
    assertEquals(25, NumberWords.value("жиырма бес"));
    assertEquals(3, NumberWords.value("уш"));
  }

  @Test
  void notANumber() {
    assertEquals(-1, NumberWords.value("лет"));
  }
}
