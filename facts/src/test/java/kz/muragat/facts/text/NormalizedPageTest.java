package kz.muragat.facts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizedPageTest {
  @Test
  void joinsWordsBrokenAtLineEnds() {
    NormalizedPage p = NormalizedPage.of(1, "Сейткалиева Жумабека Ахмето-\nвича, уроженца Кзыл-\nОрдинского р-на");
    assertEquals("Сейткалиева Жумабека Ахметовича, уроженца Кзыл-Ординского р-на", p.text());
  }

  @Test
  void joinsAcrossBlankLinesAndKeepsHyphensBeforeDigits() {
    NormalizedPage p = NormalizedPage.of(1, "ст. 58-\n10 и Тле-\n\nубердина");
    assertEquals("ст. 58-10 и Тлеубердина", p.text());
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String raw = "Дело  по обвинению\n\nОмарова Ерден-\nбека, 1899 г.р.";
    NormalizedPage p = NormalizedPage.of(3, raw);
    int at = p.text().indexOf("Омарова Ерденбека");
    Span s = p.span(at, at + "Омарова Ерденбека".length());
    assertEquals(3, s.page());
    assertEquals("Омарова Ерден-\nбека", raw.substring(s.start(), s.end()));
  }

  @Test
  void collapsesWhiteSpaceKeepingLineBreaks() {
    NormalizedPage p = NormalizedPage.of(1, "  СПРАВКА \n\n\t Выдана   гр.\u00A0Омарову  ");
    assertEquals("СПРАВКА\nВыдана гр. Омарову", p.text());
  }

  @Test
  void repairsMixedScriptsAndDigitsInWords() {
    // Latin o, c, e in a Cyrillic word; 1 for і and 3 for З in Kazakh and Russian names
    assertEquals("Москва уезінде Зейнуллин", NormalizedPage.of(1, "Mocквa уез1нде 3ейнуллин").text());
    assertEquals("ПОСТАНОВИЛИ", NormalizedPage.of(1, "П@СТАНОВИЛИ").text());
  }

  @Test
  void repairsLettersReadForDigitsInNumbers() {
    assertEquals("12.11.1937 г.", NormalizedPage.of(1, "12.1l.19З7 г.").text());
    assertEquals("58-10", NormalizedPage.of(1, "58-1О").text());
    assertEquals("58-1а", NormalizedPage.of(1, "58-1а").text()); // a point's letter stays a letter
    assertEquals("1905 жылы", NormalizedPage.of(1, "І905 жылы").text()); // the Kazakh capital І
    assertEquals("Ізбасар", NormalizedPage.of(1, "Ізбасар").text()); // a word starting with І stays
  }

  @Test
  void repairsLettersReadForDigitsInADigitDatesDayOrMonth() {
    // Latin l for 1, Cyrillic З for 3, letter О for 0: the date around the token tells
    assertEquals("арестован 12.11.1937 г.", NormalizedPage.of(1, "арестован l2.11.1937 г.").text());
    assertEquals("3.10.1938 ж. қаулысымен", NormalizedPage.of(1, "З.10.1938 ж. қаулысымен").text());
    assertEquals("10.11.1937", NormalizedPage.of(1, "1О.11.1937").text());
    assertEquals("05.11.37 г.", NormalizedPage.of(1, "О5.11.37 г.").text());
    assertEquals("12.10.1937жылы", NormalizedPage.of(1, "12.1О.1937жылы").text());
    assertEquals("3. 10.1938", NormalizedPage.of(1, "З. 10.1938").text());
  }

  @Test
  void leavesLettersOutsideADigitDate() {
    assertEquals("З. Бекетов", NormalizedPage.of(1, "З. Бекетов").text()); // an initial
    assertEquals("12.II.1937", NormalizedPage.of(1, "12.II.1937").text()); // a Roman month
    assertEquals("О.10 бет", NormalizedPage.of(1, "О.10 бет").text()); // no year: no date
    assertEquals("Олжас 12.11.1937", NormalizedPage.of(1, "Олжас 12.11.1937").text());
  }

  @Test
  void normalizesDashesAndQuotes() {
    NormalizedPage p = NormalizedPage.of(1, "«12» ноября — расстрел");
    assertEquals("\"12\" ноября - расстрел", p.text());
  }

  @Test
  void foldsKazakhLettersCharacterForCharacter() {
    NormalizedPage p = NormalizedPage.of(1, "Қаулысымен ақталды, Өмірзақ");
    assertEquals("каулысымен акталды, омирзак", p.folded());
    assertEquals(p.text().length(), p.folded().length());
  }
}
