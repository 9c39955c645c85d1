package kz.muragat.facts.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClausesTest {
  private static boolean same(String text, String a, String b) {
    return Clauses.of(text).same(text.indexOf(a), text.indexOf(b));
  }

  @Test
  void aFullStopBeforeACapitalOrAYearEndsAClause() {
    String t = "Осужден к ВМН 12.11.1937. Постановление отменено. 1990 жылы ақталды.";
    assertFalse(same(t, "ВМН", "Постановление"));
    assertFalse(same(t, "отменено", "1990"));
    assertTrue(same(t, "Осужден", "12.11.1937"));
  }

  @Test
  void initialsAndAbbreviationsDoNotEndAClause() {
    String t = "Следователь Х.К. Бекетов допросил гр. Омарова по ст. 58 п. 10 УК.";
    assertTrue(same(t, "Следователь", "Омарова"));
    assertTrue(same(t, "Омарова", "УК"));
  }

  @Test
  void theYearsAbbreviationDoesNotEndAClause() {
    String t = "Постановлением от 12.06.1958 г. Омаров Е.К. реабилитирован.";
    assertTrue(same(t, "12.06", "реабилитирован"));
  }

  @Test
  void aSmallLetterAfterTheStopContinuesTheClause() {
    String t = "Родился в 1899 г. рождения в ауле № 3";
    assertTrue(same(t, "Родился", "ауле"));
  }

  @Test
  void aHeadingInCapitalsIsAClauseOfItsOwn() {
    String t = "ВЫПИСКА ИЗ ПРОТОКОЛА № 5\nзаседания тройки\nСПРАВКА\nВыдана 12.05.1990";
    assertTrue(same(t, "ВЫПИСКА", "№ 5"));
    assertFalse(same(t, "СПРАВКА", "Выдана"));
    assertFalse(same(t, "№ 5", "заседания"));
  }
}
