package kz.muragat.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void marksMatchesAndEscapesEverythingElse() {
    String text = "Протокол <script>alert(1)</script> & допрос Жумабаева";
    int s = text.indexOf("Жумабаева");
    String snippet = Snippets.build(text, new ArrayList<>(List.of(new TextMatcher.Span(s, s + 9, MatchKind.EXACT))));
    assertTrue(snippet.contains("<mark>Жумабаева</mark>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
  }

  @Test
  void aLongPageIsCutAroundTheMatch() {
    String text = "слово ".repeat(300) + "Байтурсынов " + "текст ".repeat(300);
    int s = text.indexOf("Байтурсынов");
    String snippet = Snippets.build(text, new ArrayList<>(List.of(new TextMatcher.Span(s, s + 11, MatchKind.EXACT))));
    assertTrue(snippet.length() < 400, snippet);
    assertTrue(snippet.startsWith("… ") && snippet.endsWith(" …"), snippet);
    assertTrue(snippet.contains("<mark>Байтурсынов</mark>"));
  }

  @Test
  void approximateMatchesAreMarkedAsSuch() {
    String text = "Протокол допроса Джумабаева и реабнлитирован";
    int v = text.indexOf("Джумабаева"), o = text.indexOf("реабнлитирован");
    String snippet = Snippets.build(text, new ArrayList<>(List.of(
        new TextMatcher.Span(0, 8, MatchKind.FORM), new TextMatcher.Span(v, v + 10, MatchKind.VARIANT), new TextMatcher.Span(o, o + 14, MatchKind.OCR))));
    assertTrue(snippet.contains("<mark>Протокол</mark>"), snippet);
    assertTrue(snippet.contains("<mark class=\"variant\">Джумабаева</mark>"), snippet);
    assertTrue(snippet.contains("<mark class=\"ocr\">реабнлитирован</mark>"), snippet);
  }

  @Test
  void aWordHyphenatedAtALineEndIsJoinedAgain() {
    String text = "с руководите-\nлями района";
    String snippet = Snippets.build(text, new ArrayList<>(List.of(new TextMatcher.Span(2, 18, MatchKind.FORM))));
    assertTrue(snippet.contains("<mark>руководителями</mark>"), snippet);
  }

  @Test
  void overlappingSpansMergeKeepingTheBestKind() {
    List<TextMatcher.Span> kinds = TextMatcher.merge(new ArrayList<>(List.of(new TextMatcher.Span(0, 5, MatchKind.FORM), new TextMatcher.Span(0, 5, MatchKind.EXACT))));
    assertEquals(List.of(new TextMatcher.Span(0, 5, MatchKind.EXACT)), kinds);
  }

  @Test
  void overlappingSpansMerge() {
    List<TextMatcher.Span> merged = TextMatcher.merge(new ArrayList<>(List.of(new TextMatcher.Span(5, 9, MatchKind.EXACT), new TextMatcher.Span(0, 6, MatchKind.EXACT), new TextMatcher.Span(12, 14, MatchKind.EXACT))));
    assertEquals(List.of(new TextMatcher.Span(0, 9, MatchKind.EXACT), new TextMatcher.Span(12, 14, MatchKind.EXACT)), merged);
  }
}
