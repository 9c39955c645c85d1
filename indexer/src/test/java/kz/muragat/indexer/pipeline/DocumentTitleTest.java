package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import org.junit.jupiter.api.Test;

class DocumentTitleTest {
  @Test
  void theTitleNeverComesFromAPageWithItsOwnLevel() {
    DocumentRecord rec = record(null, "Протокол закрытый допроса", "Справка открытая о реабилитации");
    ArchivalMetadata meta = new ArchivalMetadata(Map.of("page_access", "1=closed"));
    assertEquals("Справка открытая о реабилитации", DocumentTitle.of(meta, rec, "x.tif"));
    assertEquals("Протокол закрытый допроса", DocumentTitle.of(ArchivalMetadata.EMPTY, rec, "x.tif"));
  }

  @Test
  void theSidecarsTitleThenTheFilesOwnThenALineWithWordsThenTheName() {
    DocumentRecord untitled = record(null, "12 / 3\n\n  Постановление о реабилитации  \nдалее");
    assertEquals("Дело 345", DocumentTitle.of(new ArchivalMetadata(Map.of("title", "Дело 345")), untitled, "x.tif"));
    assertEquals("Анкета", DocumentTitle.of(ArchivalMetadata.EMPTY, record("Анкета", "Постановление"), "x.tif"));
    assertEquals("Постановление о реабилитации", DocumentTitle.of(ArchivalMetadata.EMPTY, untitled, "x.tif"), "first line of four letters or more, stripped");
    assertEquals("x.tif", DocumentTitle.of(ArchivalMetadata.EMPTY, record(null, "12 / 3"), "x.tif"));
    assertEquals("x.tif", DocumentTitle.of(new ArchivalMetadata(Map.of("page_access", "oops")), untitled, "x.tif"),
        "unreadable page access: no page text can be trusted for the title");
    String longLine = "Протокол ".repeat(20).strip();
    assertEquals(longLine.substring(0, 100).strip() + "…", DocumentTitle.of(ArchivalMetadata.EMPTY, record(null, longLine), "x.tif"));
  }

  private static DocumentRecord record(String title, String... pageTexts) {
    List<PageRecord> pages = new ArrayList<>();
    for (int i = 0; i < pageTexts.length; i++) pages.add(new PageRecord(i + 1, PageSource.TEXT_LAYER, pageTexts[i], 100, 100, -1f, null, List.of()));
    return new DocumentRecord("0".repeat(64), "image/tiff", "p", title, pages);
  }
}
