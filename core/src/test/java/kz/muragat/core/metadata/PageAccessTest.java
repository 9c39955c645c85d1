package kz.muragat.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page access levels: the sidecar forms. */
class PageAccessTest {
  @Test
  void bothSidecarFormsSayTheSame() {
    PageAccess csv = PageAccess.parse("3=closed; 4-6:restricted");
    PageAccess json = PageAccess.parse("{\"3\": \"closed\", \"4-6\": \"restricted\"}");
    for (PageAccess a : List.of(csv, json)) {
      assertNull(a.extraLevel(1, "public"));
      assertEquals("closed", a.extraLevel(3, "public"));
      assertEquals("restricted", a.extraLevel(5, "public"));
      assertNull(a.extraLevel(5, "restricted"), "a page at the document's own level is an ordinary page");
    }
    assertNull(PageAccess.parse("2=public").extraLevel(2, "restricted"), "public adds nothing");
    for (String bad : List.of("three=closed", "3", "5-2=closed", "{\"x\": \"closed\"}", "{\"3\": 1}", "{broken")) {
      assertThrows(IllegalArgumentException.class, () -> PageAccess.parse(bad), bad);
    }
  }
}
