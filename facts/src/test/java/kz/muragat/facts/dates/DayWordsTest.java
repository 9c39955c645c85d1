package kz.muragat.facts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayWordsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    // Russian ordinals, genitive and nominative
    "двенадцатого, 12", "третьего, 3", "двадцать третьего, 23", "тридцать первого, 31",
    "первое, 1",
    // Kazakh ordinals, folded
    "екинши, 2", "он екинши, 12", "жиырма бесинши, 25", "алтыншы, 6", "отызыншы, 30",
    // not a day: cardinals count, 39 is no day, a word is no number
    "пять, -1", "бес, -1", "тридцать девятого, -1", "дела, -1"
  })
  void readsAnOrdinalDay(String words, int day) {
    assertEquals(day, DayWords.value(words));
  }
}
