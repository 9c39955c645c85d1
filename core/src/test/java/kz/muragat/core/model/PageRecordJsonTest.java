package kz.muragat.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page and word JSON of the extraction cache: new optional fields, old caches still read. */
class PageRecordJsonTest {
  private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  @Test
  void aCacheWrittenBeforeLanguagesAndAlternativesStillReads() throws Exception {
    String old = "{\"number\":1,\"source\":\"OCR\",\"text\":\"ақталды\",\"width\":10,\"height\":20,\"confidence\":91.0,"
        + "\"image\":\"p1.webp\",\"words\":[{\"t\":\"ақталды\",\"x\":1,\"y\":2,\"w\":3,\"h\":4,\"c\":91.0,\"s\":0,\"e\":7}]}";
    PageRecord p = json.readValue(old, PageRecord.class);
    assertEquals(List.of(), p.languages());
    assertNull(p.script());
    assertEquals(List.of(), p.words().get(0).alternatives());
  }

  @Test
  void alternativesAndLanguagesRoundTripAndAreAbsentWhenNone() throws Exception {
    WordBox unsure = new WordBox("сотыньң", 1, 2, 3, 4, 41f, 0, 7, List.of("сотының", "сотынын"));
    WordBox sure = new WordBox("іс", 5, 2, 3, 4, 96f, 8, 10);
    PageRecord p = new PageRecord(1, PageSource.OCR, "сотыньң іс", 10, 20, 70f, "p1.webp", List.of(unsure, sure), List.of("kk", "ru"), "Cyrl");
    String s = json.writeValueAsString(p);
    assertTrue(s.contains("\"a\":[\"сотының\",\"сотынын\"]"), s);
    assertEquals(1, s.split("\"a\":").length - 1, "only the unsure word has alternatives: " + s);
    assertEquals(p, json.readValue(s, PageRecord.class));
    String none = json.writeValueAsString(new PageRecord(1, PageSource.TEXT, "x", 0, 0, -1f, null, List.of()));
    assertFalse(none.contains("languages") || none.contains("script"), none);
  }
}
