package kz.muragat.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Regression (issue 18, item 9): hand-made cursors are refused as malformed, never an error further down. */
class CursorsTest {
  private static String encode(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCursorComesBackAsItWent() throws Exception {
    FieldDoc last = new FieldDoc(3, 1.5f, new Object[] {1.5f, new BytesRef("a.tif")});
    FieldDoc back = Cursors.decode(Cursors.encode(last, SearchRequest.SortOrder.RELEVANCE), SearchRequest.SortOrder.RELEVANCE);
    assertArrayEquals(last.fields, back.fields);
    FieldDoc dated = new FieldDoc(3, Float.NaN, new Object[] {-12000L, new BytesRef("b.tif")});
    assertArrayEquals(dated.fields, Cursors.decode(Cursors.encode(dated, SearchRequest.SortOrder.DATE_ASC), SearchRequest.SortOrder.DATE_ASC).fields);
  }

  @Test
  void handMadeCursorsAreMalformed() {
    List<String> bad = List.of(
        "", "!!!", encode("null"), encode("{}"), encode("[]"), encode("[\"RELEVANCE\"]"),
        encode("[\"RELEVANCE\", \"s:a\"]"), encode("[\"RELEVANCE\", \"f:1\", \"f:2\"]"), encode("[\"RELEVANCE\", \"f:1\", \"s:a\", \"s:b\"]"),
        encode("[\"RELEVANCE\", \"l:-5\"]"), encode("[\"ID\", \"l:5\"]"), encode("[\"ID\", \"s:a\", \"s:b\"]"), encode("[\"DATE_ASC\", \"s:a\", \"s:a\"]"),
        encode("[\"DATE_ASC\", \"l:x\", \"s:a\"]"), encode("[\"DATE_DESC\", 5, \"s:a\"]"), encode("[\"ID\", {}]"), encode("[\"ID\", \"x\"]"),
        encode("[\"ID\", \"f:\"]"), encode("[1, \"s:a\"]"), encode("[\"RELEVANCE\", \"f:99999999999\", \"s:a\"]"), encode("[\"DATE_ASC\", \"l:1\"]"));
    for (SearchRequest.SortOrder order : SearchRequest.SortOrder.values()) {
      for (String c : bad) {
        assertThrows(QueryParseException.class, () -> Cursors.decode(c, order), order + " " + c);
      }
    }
  }
}
