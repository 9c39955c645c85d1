package kz.muragat.facts.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.NormalizedPage;
import org.junit.jupiter.api.Test;

class SentenceExtractorTest {
  /** "camp 8", "death", … per sentence read, distinct, in text order. */
  private static List<String> sentences(String text) {
    NormalizedPage page = NormalizedPage.of(1, text);
    return SentenceExtractor.find(page, Clauses.of(page.text())).stream()
        .map(s -> s.kind().label() + (s.years() == null ? "" : " " + s.years()))
        .distinct()
        .toList();
  }

  @Test
  void death() {
    assertEquals(List.of("death"), sentences("приговорить к высшей мере наказания - расстрелу"));
    assertEquals(List.of("death"), sentences("Сейткалиева Ж.А. - РАССТРЕЛЯТЬ."));
    assertEquals(List.of("death"), sentences("применить ВМН"));
    assertEquals(List.of("death"), sentences("к высшей мере социальной защиты"));
    assertEquals(List.of("death"), sentences("НКВД үштігінің қаулысымен ату жазасына кесілген."));
  }

  @Test
  void campWithItsTerm() {
    assertEquals(List.of("camp 8"), sentences("заключить в ИТЛ сроком на 8 лет"));
    assertEquals(List.of("camp 10"), sentences("заключить в концлагерь сроком на 10 (десять) лет"));
    assertEquals(List.of("camp 10"), sentences("заключить в исправтрудлагерь сроком на ДЕСЯТЬ лет"));
    assertEquals(List.of("camp 3"), sentences("к лишению свободы сроком на три года"));
    assertEquals(List.of("camp 10"), sentences("к 10 годам лишения свободы"));
    assertEquals(List.of("camp 8"), sentences("8 жылға бас бостандығынан айырылды"));
    assertEquals(List.of("camp 10"), sentences("он жылға еңбекпен түзеу лагеріне кесілді"));
  }

  @Test
  void exileWithItsTerm() {
    assertEquals(List.of("exile 5"), sentences("выслать в Казахстан сроком на 5 лет"));
    assertEquals(List.of("exile 3"), sentences("приговорить к ссылке в Казахстан сроком на 3 лет"));
    assertEquals(List.of("exile 5"), sentences("бес жылға жер аударылсын"));
  }

  @Test
  void aTermOfDisfranchisementIsNotTheSentencesTerm() {
    assertEquals(List.of("camp 10"),
        sentences("заключить в ИТЛ сроком на 10 лет с поражением в правах на 5 лет"));
  }

  @Test
  void commutedSentenceGivesBoth() {
    assertEquals(List.of("death", "camp 10"),
        sentences("Высшую меру наказания - расстрел заменить лишением свободы сроком на 10 лет."));
  }

  @Test
  void notSentences() {
    assertEquals(List.of(), sentences("ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ по делу № 123"));
    assertEquals(List.of(), sentences("знает обвиняемого с 1930 года, 10 лет работали вместе"));
    assertEquals(List.of("camp"), sentences("в 1946 г. освобожден из лагеря. Осужден к лишению свободы."));
  }

  @Test
  void noisyOcr() {
    assertEquals(List.of("camp 8"), sentences("заключению в ИТЛ сроком на 8 пет.")); // л read as п
    assertEquals(List.of("camp 10"), sentences("ИТЛ среком на 10 лет"));
    assertEquals(List.of("death"), sentences("к высшей\nмере наказания – расстрелу"));
  }
}
