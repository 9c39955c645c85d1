package kz.muragat.facts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalWordsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    // Russian: days, years in the cases a date and a birth phrase use
    "седьмого, 7", "двадцать третьего, 23", "тридцатого, 30",
    "тысяча девятьсот тридцать седьмого, 1937", "тысяча девятьсот пятом, 1905",
    "одна тысяча девятьсот сорокового, 1940", "тысяча восемьсот девяносто девятого, 1899",
    "тысяча девятьсот девятнадцатом, 1919", "две тысячи третьего, 2003", "двухтысячного, 2000",
    "тысяча девятисотого, 1900",
    // Kazakh, folded: the hundreds and the thousand multiplied by the word before, бір optional
    "жетинши, 7", "он екинши, 12", "жиырма бесинши, 25",
    "бир мын тогыз жуз отыз жетинши, 1937", "мын тогыз жуз кыркыншы, 1940",
    "бир мын сегиз жуз токсан тогызыншы, 1899", "мын тогыз жуз бесинши, 1905",
    // no ordinal: a cardinal counts; words out of order; not numbers
    "пять, -1", "тысяча девятьсот тридцать семь, -1", "бес, -1", "семь тридцатого, -1",
    "тридцать двадцатого, -1", "отыз жуз бесинши, -1", "тысяча тысячного, -1", "дела, -1"
  })
  void readsAnOrdinalInWords(String words, int value) {
    assertEquals(value, OrdinalWords.value(words));
  }
}
