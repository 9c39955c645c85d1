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
    String snippet = Snippets.build(text, new ArrayList<>(List.of(new TextMatcher.Span(s, s + 9))));
    assertTrue(snippet.contains("<mark>Жумабаева</mark>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
  }

  @Test
  void aLongPageIsCutAroundTheMatch() {
    String text = "слово ".repeat(300) + "Байтурсынов " + "текст ".repeat(300);
    int s = text.indexOf("Байтурсынов");
    String snippet = Snippets.build(text, new ArrayList<>(List.of(new TextMatcher.Span(s, s + 11))));
    assertTrue(snippet.length() < 400, snippet);
    assertTrue(snippet.startsWith("… ") && snippet.endsWith(" …"), snippet);
    assertTrue(snippet.contains("<mark>Байтурсынов</mark>"));
  }

  @Test
  void overlappingSpansMerge() {
    List<TextMatcher.Span> merged = TextMatcher.merge(new ArrayList<>(List.of(new TextMatcher.Span(5, 9), new TextMatcher.Span(0, 6), new TextMatcher.Span(12, 14))));
    assertEquals(List.of(new TextMatcher.Span(0, 9), new TextMatcher.Span(12, 14)), merged);
  }
}
