package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.muragat.core.schema.IndexAnalyzer;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.PageAccess;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Page access levels: the sidecar forms, and what the index holds for a document with closed pages. */
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
      assertEquals(Set.of("closed", "restricted"), a.extraLevels(6, "public"));
      assertEquals(Set.of("closed"), a.extraLevels(3, "public"), "levels of pages the document does not have do not count");
    }
    assertNull(PageAccess.parse("2=public").extraLevel(2, "restricted"), "public adds nothing");
    for (String bad : List.of("three=closed", "3", "5-2=closed", "{\"x\": \"closed\"}", "{\"3\": 1}", "{broken")) {
      assertThrows(IllegalArgumentException.class, () -> PageAccess.parse(bad), bad);
    }
  }

  /**
   * A public document whose page 2 is closed: two document entries, the partial one without the
   * closed page's words; one page entry per page, page 2 marked with its level; the catalog view
   * of the index lists the document once.
   */
  @Test
  void theEntryForCallersWithoutTheLevelHoldsNothingOfTheClosedPage() throws Exception {
    DocumentRecord rec = record("Открытый лист Павлодарского уезда", "Закрытый лист Тургайского уезда");
    ArchivalMetadata meta = new ArchivalMetadata(Map.of("page_access", "2=closed"));
    List<Document> block = IndexSchema.block("d.tif", 1, 1, rec, meta, "{}", "Дело");
    assertEquals(4, block.size(), "full and partial document entries, two pages");
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer()))) {
        w.addDocuments(block);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        Term closedWord = new Term(IndexSchema.TEXT_EXACT, "тургайского");
        Term openWord = new Term(IndexSchema.TEXT_EXACT, "павлодарского");
        assertEquals(1, s.count(docs(true, closedWord)), "only the full entry has the closed page's word");
        assertEquals(1, s.count(docs(false, openWord)), "the partial entry has the open page");
        assertEquals(0, s.count(docs(false, closedWord)), "and nothing of the closed one");
        assertEquals(1, s.count(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE)), Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.ACCESS_PAGES, "closed")), Occur.FILTER).build()));
        assertEquals(1, s.count(kz.muragat.core.schema.IndexSchema.fullDocumentEntries()));
      }
    }
  }

  /** Document entries: the full one, or the partial one (for callers without the closed level). */
  private static BooleanQuery docs(boolean full, Term term) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.DOC_VIEW, IndexSchema.DOC_VIEW_PARTIAL)), full ? Occur.MUST_NOT : Occur.FILTER)
        .add(new TermQuery(term), Occur.MUST)
        .build();
  }

  private static DocumentRecord record(String... pageTexts) {
    List<PageRecord> pages = new ArrayList<>();
    for (int i = 0; i < pageTexts.length; i++) pages.add(new PageRecord(i + 1, PageSource.TEXT_LAYER, pageTexts[i], 100, 100, -1f, null, List.of()));
    return new DocumentRecord("0".repeat(64), "image/tiff", "p", null, pages);
  }
}
