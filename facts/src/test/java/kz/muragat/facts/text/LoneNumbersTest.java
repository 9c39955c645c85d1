package kz.muragat.facts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoneNumbersTest {
  private static int only(String text) {
    return LoneNumbers.only(NormalizedPage.of(1, text).folded());
  }

  @Test
  void theOneLineHoldingOnlyANumber() {
    assertEquals(14, only("1939 жылы\nмамырда ақталды.\n\n14"));
    assertEquals(1896, only("года рождения, уроженца\n 1896 \nаула № 4"));
    assertEquals(7, only("«7»\nноября арестован"));
    assertEquals(5, only("5.\nарестован"));
  }

  @Test
  void noneOrMoreThanOne() {
    assertEquals(-1, only("арестован 12.11.1937"));
    assertEquals(-1, only("2\nсправка\n14"));
    assertEquals(-1, only("№ 14\nст. 58-10"));
    assertEquals(-1, only("123456"));
    assertEquals(-1, only(""));
  }
}
