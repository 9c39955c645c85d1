package kz.muragat.facts.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.muragat.facts.text.NormalizedPage;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static List<String> articles(String text) {
    return ArticleExtractor.find(NormalizedPage.of(1, text)).stream()
        .map(ArticleExtractor.Citation::article).distinct().toList();
  }

  private static List<String> codes(String text) {
    return ArticleExtractor.find(NormalizedPage.of(1, text)).stream()
        .map(ArticleExtractor.Citation::code).distinct().toList();
  }

  @Test
  void russianPointAfterADash() {
    assertEquals(List.of("58-10", "58-11"), articles("предусмотренных ст. 58-10, 58-11 УК РСФСР"));
    assertEquals(List.of("58-2", "58-8", "58-11"), articles("по ст.ст. 58-2, 58-8 и 58-11 УК"));
    assertEquals(List.of("58-10"), articles("по ст. 58/10 УК"));
    assertEquals(List.of("58-10"), articles("по ст.58-10 ч. 1 УК РСФСР"));
    assertEquals(List.of("58-10", "58-11"), articles("по ст. 58-10, 11 УК РСФСР"));
  }

  @Test
  void russianPointsAfterTheirWord() {
    assertEquals(List.of("58-10", "58-11"), articles("преступлениях, предусмотренных ст. 58 п.п. 10, 11 УК РСФСР"));
    assertEquals(List.of("58-2", "58-8", "58-11"), articles("по статье 58 пп. 2, 8 и 11"));
    assertEquals(List.of("58-7"), articles("ст. 58 п. 7"));
    assertEquals(List.of("58-1а"), articles("по ст. 58 п. 1а УК"));
    assertEquals(List.of("58-1б"), articles("по ст. 58-1 п. «б» УК РСФСР"));
    assertEquals(List.of("58-1а"), articles("по ст. 58-1 «а» УК РСФСР"));
    assertEquals(List.of("58-1а"), articles("по ст. 58-1a УК")); // OCR's Latin a
  }

  @Test
  void otherArticles() {
    assertEquals(List.of("59-3"), articles("по ст. 59-3 УК РСФСР"));
    assertEquals(List.of("58"), articles("осужден по ст. 58 УК РСФСР"));
    assertEquals(List.of("7-35"), articles("как СОЭ по ст. 7-35 УК"));
  }

  @Test
  void kazakh() {
    assertEquals(List.of("58-10"), articles("ҚазКСР ҚК-нің 58-10 бабы бойынша"));
    assertEquals(List.of("58-10"), articles("РСФСР ҚК-нің 58-бабының 10-тармағы бойынша"));
    assertEquals(List.of("58-2", "58-11"), articles("58 баптың 2, 11-тармақтары бойынша айыпталған"));
    assertEquals(List.of("58-8", "58-11"), articles("58-8, 58-11 баптары бойынша"));
    assertEquals(List.of("58-10"), articles("58-10-бап бойынша"));
  }

  @Test
  void codes() {
    assertEquals(List.of("УК РСФСР"), codes("по ст. 58-10 УК РСФСР"));
    assertEquals(List.of("УК КазССР"), codes("по ст. 58-10 УК КазССР"));
    assertEquals(List.of("УК КазССР"), codes("ҚазКСР ҚК-нің 58-10 бабы бойынша"));
  }

  @Test
  void noisyOcr() {
    assertEquals(List.of("58-10"), articles("предусмотренных ст. 58 п.п. _10 УК РСФСР"));
    assertEquals(List.of("58-10"), articles("по ст. 58-1О УК"));
    assertEquals(List.of("58-10"), articles("сФ\n\"58-10 УК РСФСР.")); // "ст." lost, the code says it
    assertEquals(List.of("58-10", "58-11"), articles("ст. 58-\n10, 58-11 УК"));
  }

  @Test
  void notCriminalCodeArticles() {
    assertEquals(List.of(), articles("дело прекращено на основании ст. 204 п. «б» УПК РСФСР"));
    assertEquals(List.of(), articles("в соответствии со ст. 1 Закона Республики Казахстан"));
    assertEquals(List.of(), articles("Акт № 59 от 23.01.1991, дело № 58-10"));
    assertEquals(List.of(), articles("протокол № 58 от 12.11.1937"));
  }
}
