package kz.muragat.facts.bodies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.NormalizedPage;
import org.junit.jupiter.api.Test;

class BodyExtractorTest {
  private static List<String> bodies(String text) {
    NormalizedPage page = NormalizedPage.of(1, text);
    return BodyExtractor.find(page, Clauses.of(page.text())).stream()
        .map(b -> b.kind().label()).distinct().toList();
  }

  @Test
  void eachKind() {
    assertEquals(List.of("troika"), bodies("заседания тройки УНКВД по Карагандинской обл."));
    assertEquals(List.of("troika"), bodies("ҚазКСР НКВД үштігінің қаулысымен"));
    assertEquals(List.of("oso"), bodies("Особым Совещанием при НКВД СССР"));
    assertEquals(List.of("oso"), bodies("постановлением ОСО при НКВД СССР"));
    assertEquals(List.of("oso"), bodies("КСРО НКВД Ерекше кеңесінің шешімімен"));
    assertEquals(List.of("military_collegium"), bodies("Военная Коллегия Верховного Суда СССР"));
    assertEquals(List.of("military_collegium"), bodies("осужден ВКВС СССР"));
    assertEquals(List.of("tribunal"), bodies("пересмотрено Военным трибуналом ТуркВО"));
    assertEquals(List.of("court"), bodies("приговором Карагандинского областного суда"));
    assertEquals(List.of("court"), bodies("Постановлением Президиума Верховного суда КазССР"));
    assertEquals(List.of("court"), bodies("Қазақ КСР Жоғарғы сотының алқасы"));
    assertEquals(List.of("military_collegium"), bodies("КСРО Жоғарғы Сотының Әскери алқасы"));
    assertEquals(List.of("tribunal"), bodies("Түркістан әскери округінің әскери трибуналы"));
  }

  @Test
  void annulledOrProposedBodiesDidNotAct() {
    assertEquals(List.of(), bodies("Постановление тройки НКВД отменено, дело прекращено."));
    assertEquals(List.of(), bodies("НКВД үштігінің қаулысы күшін жойды."));
    assertEquals(List.of(), bodies("Дело направить на рассмотрение Особого Совещания при НКВД СССР."));
    assertEquals(List.of(), bodies("предать суду"));
  }

  @Test
  void wordsThatAreNoBodies() {
    assertEquals(List.of(), bodies("ранее не судим, в судебном порядке не преследовался"));
    assertEquals(List.of(), bodies("1937 жылы сотталған"));
    assertEquals(List.of(), bodies("вт. половина дня"));
  }

  @Test
  void noisyOcr() {
    assertEquals(List.of("tribunal"), bodies("пересмотрено Военным трибуналем")); // е for о
    assertEquals(List.of("troika"), bodies("заседания тр0йки НКВД"));
  }
}
