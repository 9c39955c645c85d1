package kz.muragat.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.muragat.core.access.AccessPolicy;
import kz.muragat.core.access.Viewer;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.core.model.WordBox;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The entries of one file: their order, where the text is, and who may see which. */
class FileEntriesTest {
  private static DocumentRecord record(String... pageTexts) {
    List<PageRecord> pages = new ArrayList<>();
    for (int i = 0; i < pageTexts.length; i++) pages.add(new PageRecord(i + 1, PageSource.TEXT_LAYER, pageTexts[i], 100, 100, -1f, null, List.of()));
    return new DocumentRecord("0".repeat(64), "image/tiff", "p", null, pages);
  }

  private static List<Document> entries(String id, DocumentRecord rec, Map<String, String> meta, String title) {
    return FileEntries.of(new IndexedFile(id, 1, 1, rec, new ArchivalMetadata(meta), "{}", title), PageText.PRE_ANALYZED);
  }

  @Test
  void pageZeroThenPagesThenTheDocument() {
    List<Document> block = entries("d.tif", record("один", "два"), Map.of("fond", "5"), "Дело");
    assertEquals(4, block.size());
    assertEquals(List.of("page", "page", "page", "doc"), block.stream().map(d -> d.getField(IndexSchema.KIND).stringValue()).toList());
    assertEquals(List.of(0, 1, 2), block.subList(0, 3).stream().map(d -> d.getField(IndexSchema.PAGE).numericValue().intValue()).toList());
    assertEquals(null, block.get(3).get(IndexSchema.TEXT), "the document entry holds no text");
  }

  /**
   * Every entry has a norm in each field with norms — an entry without such text has it without a
   * term — so Lucene writes the norms dense and a small segment flushes in linear time
   * ({@link PageText#complete}); what a word finds is unchanged.
   */
  @Test
  void everyEntryHasANormInEachNormedFieldButOnlyTextHasTerms() throws Exception {
    List<Document> block = entries("d.tif", record("один", "два"), Map.of("fond", "5"), "Дело");
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer()))) {
        w.addDocuments(block);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        for (String field : IndexSchema.NORMED_FIELDS) {
          NumericDocValues norms = leaf.getNormValues(field);
          for (int doc = 0; doc < block.size(); doc++) assertTrue(norms.advanceExact(doc), field + " of entry " + doc);
        }
        assertEquals(3, leaf.terms(IndexSchema.TEXT_EXACT).getDocCount(), "page 0 and the two pages hold words");
        assertEquals(null, leaf.terms(IndexSchema.TEXT_OCR), "no page was unsure of a word");
        assertEquals(1, leaf.terms(IndexSchema.TITLE).getDocCount(), "only the document entry has a title");
        IndexSearcher s = new IndexSearcher(r);
        assertEquals(1, s.count(new TermQuery(new Term(IndexSchema.TEXT_EXACT, "два"))));
        assertEquals(1, s.count(new TermQuery(new Term(IndexSchema.TITLE, "дело"))));
      }
    }
  }

  /**
   * A public document whose page 2 is closed: a public caller's pages never hold the closed page's
   * words; a caller with the level, and an administrator, see them.
   */
  @Test
  void aClosedPageIsSeenOnlyByCallersWithItsLevel() throws Exception {
    DocumentRecord rec = record("Открытый лист Павлодарского уезда", "Закрытый лист Тургайского уезда");
    List<Document> block = entries("d.tif", rec, Map.of("page_access", "2=closed"), "Дело");
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer()))) {
        w.addDocuments(block);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        Term closedWord = new Term(IndexSchema.TEXT_EXACT, "тургайского");
        Term openWord = new Term(IndexSchema.TEXT_EXACT, "павлодарского");
        assertEquals(0, s.count(visible(closedWord, Viewer.PUBLIC)));
        assertEquals(1, s.count(visible(openWord, Viewer.PUBLIC)));
        assertEquals(1, s.count(visible(closedWord, new Viewer(Set.of("closed"), false))));
        assertEquals(1, s.count(visible(closedWord, new Viewer(Set.of(), true))));
        assertEquals(0, s.count(visible(closedWord, new Viewer(Set.of("restricted"), false))), "another level is no help");
        assertEquals(1, s.count(new BooleanQuery.Builder()
            .add(IndexSchema.documents(), Occur.FILTER).add(AccessPolicy.documents(Viewer.PUBLIC), Occur.FILTER).build()), "the document itself is public");
      }
    }
  }

  /**
   * Regression (issue 18, item 1): with thousands of distinct page levels, the access rule must not
   * depend on enumerating them — none of the closed pages is visible to a public caller.
   */
  @Test
  void thousandsOfPageLevelsStayClosed() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer()))) {
        for (int i = 0; i < 3000; i++) {
          Map<String, String> meta = new LinkedHashMap<>();
          meta.put("page_access", "1=case-" + i);
          w.addDocuments(entries("case" + i + ".txt", record("секретчетыре открытое"), meta, "Дело " + i));
        }
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        Term secret = new Term(IndexSchema.TEXT_EXACT, "секретчетыре");
        assertEquals(0, s.count(visible(secret, Viewer.PUBLIC)));
        assertEquals(1, s.count(visible(secret, new Viewer(Set.of("case-7"), false))));
        assertEquals(1, s.count(visible(secret, new Viewer(Set.of("case-2999"), false))));
      }
    }
  }

  /** The language facet and the words of page 0 come only from what every caller who sees the document may see. */
  @Test
  void wordsOfPageZeroNeverComeFromAClosedPage() {
    DocumentRecord rec = record("Қазақ тілінде жазылған құпия бет мұнда тұр және ол жабық", "Русский открытый текст о том что было в году и на");
    List<Document> block = entries("d.tif", rec, Map.of("page_access", "1=closed"), "Дело");
    Document doc = block.get(block.size() - 1);
    List<String> langs = new ArrayList<>();
    for (var f : doc.getFields(IndexSchema.FACET_PREFIX + IndexSchema.FACET_LANGUAGE)) {
      if (f instanceof org.apache.lucene.document.SortedSetDocValuesField) langs.add(f.binaryValue().utf8ToString());
    }
    assertEquals(List.of("ru"), langs);
  }

  /**
   * Regression (issue 18, item 5): a file's own title whose first page is closed is not the
   * document's title and not a word of page 0, but those who may see the page find it there.
   */
  @Test
  void theOwnTitleOfAFileWhoseFirstPageIsClosedIsAWordOfThatPage() throws Exception {
    List<PageRecord> pages = List.of(new PageRecord(1, PageSource.TEXT_LAYER, "Страница закрыта", 100, 100, -1f, null, List.of()));
    DocumentRecord rec = new DocumentRecord("0".repeat(64), "text/html", "p", "Заголовоксекретный протокол", pages);
    Map<String, String> meta = Map.of("page_access", "1=closed");
    List<Document> block = entries("t.html", rec, meta, Titles.of(new ArchivalMetadata(meta), rec, "t.html"));
    assertEquals("t.html", block.get(block.size() - 1).get(IndexSchema.TITLE));
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer()))) {
        w.addDocuments(block);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        Term word = new Term(IndexSchema.TEXT_EXACT, "заголовоксекретный");
        assertEquals(0, s.count(visible(word, Viewer.PUBLIC)));
        assertEquals(1, s.count(visible(word, new Viewer(Set.of("closed"), false))));
      }
    }
  }

  /** Words read with doubt, and only those, reach the OCR field, at their own offsets. */
  @Test
  void onlyUncertainWordsReachTheOcrField() {
    String text = "Абильев реабнлитирован";
    PageRecord p = new PageRecord(1, PageSource.OCR, text, 100, 100, 70f, null, List.of(
        new WordBox("Абильев", 0, 0, 10, 10, 96f, 0, 7), new WordBox("реабнлитирован", 12, 0, 10, 10, 41f, 8, 22)));
    assertEquals("        реабнлитирован", UncertainWords.of(p));
    PageRecord layer = new PageRecord(1, PageSource.TEXT_LAYER, text, 100, 100, -1f, null, List.of());
    assertEquals("", UncertainWords.of(layer));
  }

  /** A word read with doubt carries the recogniser's other readings of it, and they are found at its place. */
  @Test
  void otherReadingsOfAnUncertainWordAreIndexedOnIt() throws Exception {
    String text = "Абильев арестован НКВА 1938";
    PageRecord p = new PageRecord(1, PageSource.OCR, text, 100, 100, 70f, null, List.of(
        new WordBox("Абильев", 0, 0, 10, 10, 96f, 0, 7, List.of("Абкльев")),
        new WordBox("арестован", 12, 0, 10, 10, 95f, 8, 17),
        new WordBox("НКВА", 24, 0, 10, 10, 41f, 18, 22, List.of("НКВЯ", "НКВД")),
        new WordBox("1938", 36, 0, 10, 10, 95f, 23, 27)));
    char m = kz.muragat.analysis.ocr.OcrReadings.MARK;
    assertEquals(" ".repeat(18) + "НКВА" + m + "НКВЯ" + m + "НКВД     ", UncertainWords.of(p));
    try (var analyzer = kz.muragat.analysis.MuragatAnalysis.ocrAnalyzer();
        var ts = analyzer.tokenStream(IndexSchema.TEXT_OCR, UncertainWords.of(p))) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      boolean found = false;
      while (ts.incrementToken()) {
        assertEquals(18, off.startOffset(), "every term is on the uncertain word: " + term);
        assertEquals(22, off.endOffset());
        found |= term.toString().equals("нквд");
      }
      ts.end();
      assertTrue(found, "the right reading is indexed");
    }
  }

  private static Query visible(Term word, Viewer viewer) {
    return new BooleanQuery.Builder().add(new TermQuery(word), Occur.MUST).add(AccessPolicy.pages(viewer), Occur.FILTER).build();
  }
}
