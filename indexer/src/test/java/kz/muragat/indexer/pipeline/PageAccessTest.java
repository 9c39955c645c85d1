package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.PageAccess;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import org.junit.jupiter.api.Test;

/** Page access levels: the sidecar forms, and the title of a document with closed pages. */
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

  @Test
  void theTitleNeverComesFromAPageWithItsOwnLevel() {
    DocumentRecord rec = record("Протокол закрытый допроса", "Справка открытая о реабилитации");
    ArchivalMetadata meta = new ArchivalMetadata(Map.of("page_access", "1=closed"));
    assertEquals("Справка открытая о реабилитации", Indexer.titleOf(meta, rec, "x.tif"));
    assertEquals("Протокол закрытый допроса", Indexer.titleOf(ArchivalMetadata.EMPTY, rec, "x.tif"));
  }

  private static DocumentRecord record(String... pageTexts) {
    List<PageRecord> pages = new ArrayList<>();
    for (int i = 0; i < pageTexts.length; i++) pages.add(new PageRecord(i + 1, PageSource.TEXT_LAYER, pageTexts[i], 100, 100, -1f, null, List.of()));
    return new DocumentRecord("0".repeat(64), "image/tiff", "p", null, pages);
  }
}
