package kz.muragat.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import org.junit.jupiter.api.Test;

class TitlesTest {
  private static DocumentRecord record(String ownTitle, String... pageTexts) {
    List<PageRecord> pages = new ArrayList<>();
    for (int i = 0; i < pageTexts.length; i++) pages.add(new PageRecord(i + 1, PageSource.TEXT_LAYER, pageTexts[i], 100, 100, -1f, null, List.of()));
    return new DocumentRecord("0".repeat(64), "text/html", "p", ownTitle, pages);
  }

  @Test
  void theTitleNeverComesFromAPageWithItsOwnLevel() {
    DocumentRecord rec = record(null, "Протокол закрытый допроса", "Справка открытая о реабилитации");
    ArchivalMetadata meta = new ArchivalMetadata(Map.of("page_access", "1=closed"));
    assertEquals("Справка открытая о реабилитации", Titles.of(meta, rec, "x.tif"));
    assertEquals("Протокол закрытый допроса", Titles.of(ArchivalMetadata.EMPTY, rec, "x.tif"));
  }

  @Test
  void theSidecarsTitleThenTheFilesOwnThenALineWithWordsThenTheName() {
    DocumentRecord untitled = record(null, "12 / 3\n\n  Постановление о реабилитации  \nдалее");
    assertEquals("Дело 345", Titles.of(new ArchivalMetadata(Map.of("title", "Дело 345")), untitled, "x.tif"));
    assertEquals("Анкета", Titles.of(ArchivalMetadata.EMPTY, record("Анкета", "Постановление"), "x.tif"));
    assertEquals("Постановление о реабилитации", Titles.of(ArchivalMetadata.EMPTY, untitled, "x.tif"), "first line of four letters or more, stripped");
    assertEquals("x.tif", Titles.of(ArchivalMetadata.EMPTY, record(null, "12 / 3"), "x.tif"));
    assertEquals("x.tif", Titles.of(new ArchivalMetadata(Map.of("page_access", "oops")), untitled, "x.tif"),
        "unreadable page access: no page text can be trusted for the title");
    String longLine = "Протокол ".repeat(20).strip();
    assertEquals(longLine.substring(0, 100).strip() + "…", Titles.of(ArchivalMetadata.EMPTY, record(null, longLine), "x.tif"));
  }

  /** Regression (issue 18, item 5): a file's own title is part of its content, closed with its first page. */
  @Test
  void theFilesOwnTitleIsClosedWithItsFirstPage() {
    DocumentRecord rec = record("СЕКРЕТНЫЙ ЗАГОЛОВОК", "Закрытый текст");
    assertEquals("x.html", Titles.of(new ArchivalMetadata(Map.of("page_access", "1=closed")), rec, "x.html"));
    assertEquals("СЕКРЕТНЫЙ ЗАГОЛОВОК", Titles.of(ArchivalMetadata.EMPTY, rec, "x.html"));
    assertEquals("Заголовок описи", Titles.of(new ArchivalMetadata(Map.of("title", "Заголовок описи", "page_access", "1=closed")), rec, "x.html"));
  }
}
