package kz.muragat.core.schema;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Pre-analyzed page text ({@link PageText#PRE_ANALYZED}: each page analysed once, the normalized
 * chain forked into the text fields) gives the same index as analysing every value of every entry
 * as a string through {@link IndexAnalyzer} ({@link PageText#STRINGS}, what a Solr collection
 * receives) — term for term, with the same frequencies, positions, offsets, norms, stored fields
 * and field infos.
 */
class PreAnalyzedPagesTest {
  /**
   * Every value a string, analysed by the writer's analyzer; each entry then given the empty
   * fields the embedded index gives it ({@link PageText#complete}), which add norms and no terms.
   */
  static final PageText STRINGS =
      new PageText() {
        @Override
        public void add(Document entry, String text, String uncertain, boolean stored) {
          PageText.STRINGS.add(entry, text, uncertain, stored);
        }

        @Override
        public void complete(Document entry) {
          PageText.PRE_ANALYZED.complete(entry);
        }
      };

  record Source(String id, DocumentRecord record, ArchivalMetadata meta, String title) {
    List<Document> block(PageText pageText) {
      return FileEntries.of(new IndexedFile(id, 1234, 5678, record, meta, "{}", title), pageText);
    }

    List<Document> block() {
      return block(PageText.PRE_ANALYZED);
    }
  }

  /** Hand-written records for the edge cases, then generated multi-page ones. */
  static List<Source> sources() {
    List<Source> out = new ArrayList<>();
    out.add(new Source("ru/protocol.tif",
        new DocumentRecord("0".repeat(64), "image/tiff", "p", null, List.of(
            SamplePages.pageRecord(1, "ПРОТОКОЛ ДОПРОСА\nОбвиняемый Байтурсынов Ахмет, уроженец Тургайского уез-\nда, "
                + "показал: с Байтұрсынұлы и Baitursynuly знаком с 1917 г."),
            SamplePages.pageRecord(2, "Въ исторіи Россіи ѳеатръ и вѣра. Реабили-\nтирован посмертно в Алма-Ате в 1950-х гг. "),
            SamplePages.pageRecord(3, ""),
            SamplePages.pageRecord(4, "  \n\n"),
            SamplePages.pageRecord(5, "Сейфоллаұлы Сәкен, Сейфуллин Сакен, Seifullin, Сейфуллиным — одно лицо…\n\n"))),
        SamplePages.meta(new Random(1)), "Протокол допроса Байтурсынова А."));
    out.add(new Source("kk/anyqtama.png",
        new DocumentRecord("1".repeat(64), "image/png", "p", null, List.of(
            SamplePages.pageRecord(1, "АНЫҚТАМА\nСейфоллаұлы Ерғали 1989 жылы ақталды. Іс мұрағатта сақ-\nталады."),
            SamplePages.pageRecord(2, "Қуғын-сүргін құрбандарын еске алу күні мамырдың отызы күні аталып өтеді."))),
        new ArchivalMetadata(Map.of("language", "kk", "fond", "1", "title", "Анықтама")), "Анықтама"));
    // pages with their own access levels
    Map<String, String> m = new LinkedHashMap<>();
    m.put("access", "public");
    m.put("page_access", "2=closed; 4-5=restricted");
    m.put("delo", "345");
    out.add(new Source("mixed/closed.pdf", SamplePages.record(new Random(7), 6), new ArchivalMetadata(m), "Дело 345"));
    Random r = new Random(42);
    for (int i = 0; i < 25; i++) {
      out.add(new Source("gen/" + i + ".tif", SamplePages.record(r, 1 + r.nextInt(6)),
          i % 3 == 0 ? ArchivalMetadata.EMPTY : SamplePages.meta(r), "Документ " + i));
    }
    return out;
  }

  @Test
  void sameIndexAsAnalysingEveryValue() throws Exception {
    List<Source> sources = sources();
    try (Directory old = new ByteBuffersDirectory();
        Directory now = new ByteBuffersDirectory()) {
      write(old, sources, s -> s.block(STRINGS));
      write(now, sources, Source::block);
      Map<String, Object> a = dump(old);
      assertTrue(a.size() > 100, "entries: " + a.size());
      assertSame(a, dump(now));
    }
  }

  /** Blocks built and written by four threads at once give the same entries as one thread. */
  @Test
  void threadsWritingAtOnceGiveTheSameIndex() throws Exception {
    List<Source> sources = sources();
    try (Directory seq = new ByteBuffersDirectory();
        Directory par = new ByteBuffersDirectory()) {
      write(seq, sources, s -> s.block(STRINGS));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try (IndexWriter w = new IndexWriter(par, new IndexWriterConfig(new IndexAnalyzer()))) {
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int from = t;
          fs.add(pool.submit(() -> {
            for (int round = 0; round < 3; round++) {
              for (int i = from; i < sources.size(); i += 4) {
                Source s = sources.get(i);
                w.updateDocuments(new org.apache.lucene.index.Term(IndexSchema.ID, s.id()), s.block());
              }
            }
            return null;
          }));
        }
        for (Future<?> f : fs) f.get();
        w.forceMerge(1);
      } finally {
        pool.shutdown();
      }
      assertSame(dump(seq), dump(par));
    }
  }

  /** The values of page 0 (title, metadata) keep the analyzer's gaps: 100 positions and 1 offset between values. */
  @Test
  void valuesOfTheDocumentsOwnWordsKeepTheirGaps() throws Exception {
    DocumentRecord rec = new DocumentRecord("2".repeat(64), "image/tiff", "p", null, List.of(SamplePages.pageRecord(1, "гамма")));
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("fond", "альфа");
    meta.put("delo", "бета");
    Source source = new Source("g", rec, new ArchivalMetadata(meta), "Дело");
    try (Directory strings = new ByteBuffersDirectory();
        Directory dir = new ByteBuffersDirectory()) {
      write(strings, List.of(source), s -> s.block(STRINGS));
      write(dir, List.of(source), Source::block);
      Map<String, Object> d = dump(dir);
      assertSame(dump(strings), d);
      @SuppressWarnings("unchecked")
      Map<String, Object> doc = (Map<String, Object>) d.get("g#0");
      // title "Дело" 0..4 at position 0; each further value +1 offset, +100 positions (the exact
      // field keeps positions only, the morphological field the same positions with offsets)
      assertEquals(List.of("альфа 101", "бета 202", "дело 0"), doc.get("postings " + IndexSchema.TEXT_EXACT));
      @SuppressWarnings("unchecked")
      List<String> morph = (List<String>) doc.get("postings " + IndexSchema.TEXT);
      assertTrue(morph.containsAll(List.of("альфа 101:5-10", "бета 202:11-15", "дело 0:0-4")), morph.toString());
    }
  }

  /** Entry by entry, so a failure names the entry. */
  static void assertSame(Map<String, Object> expected, Map<String, Object> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    for (String k : expected.keySet()) assertEquals(expected.get(k), actual.get(k), k);
  }

  interface Blocks {
    List<Document> of(Source s) throws IOException;
  }

  static void write(Directory dir, List<Source> sources, Blocks blocks) throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer()))) {
      for (Source s : sources) w.updateDocuments(new org.apache.lucene.index.Term(IndexSchema.ID, s.id()), blocks.of(s));
      w.forceMerge(1);
    }
  }

  /**
   * Every live entry, keyed by its id and its place in its block: stored fields, and per indexed
   * field its postings (term, then each position with its offsets, in term order) and its norm.
   * Plus the field infos.
   */
  static Map<String, Object> dump(Directory dir) throws IOException {
    Map<String, Object> out = new TreeMap<>();
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      assertEquals(1, r.leaves().size());
      LeafReader leaf = r.leaves().get(0).reader();
      Map<Integer, String> keys = new TreeMap<>();
      Map<String, Integer> seen = new java.util.HashMap<>();
      Map<Integer, Map<String, Object>> docs = new TreeMap<>();
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if (leaf.getLiveDocs() != null && !leaf.getLiveDocs().get(doc)) continue;
        Document stored = leaf.storedFields().document(doc);
        String id = stored.get(IndexSchema.ID);
        int n = seen.merge(id, 1, Integer::sum) - 1;
        keys.put(doc, id + "#" + n);
        Map<String, Object> d = new TreeMap<>();
        List<String> fields = new ArrayList<>();
        for (IndexableField f : stored) {
          fields.add(f.name() + "=" + (f.numericValue() != null ? f.numericValue() : f.stringValue()));
        }
        d.put("stored", fields);
        docs.put(doc, d);
      }
      List<String> infos = new ArrayList<>();
      for (FieldInfo fi : leaf.getFieldInfos()) {
        infos.add(fi.name + " " + fi.getIndexOptions() + " norms=" + fi.hasNorms() + " vectors=" + fi.hasVectors()
            + " payloads=" + fi.hasPayloads() + " dv=" + fi.getDocValuesType() + " points=" + fi.getPointDimensionCount());
        if (fi.getIndexOptions() == org.apache.lucene.index.IndexOptions.NONE) continue;
        Terms terms = leaf.terms(fi.name);
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          String t = term.utf8ToString();
          PostingsEnum pe = te.postings(null, PostingsEnum.ALL);
          for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
            Map<String, Object> d = docs.get(doc);
            if (d == null) continue;
            @SuppressWarnings("unchecked")
            List<String> postings = (List<String>) d.computeIfAbsent("postings " + fi.name, k -> new ArrayList<String>());
            for (int i = 0, freq = pe.freq(); i < freq; i++) {
              int pos = pe.nextPosition();
              postings.add(pe.startOffset() < 0 ? t + " " + pos : t + " " + pos + ":" + pe.startOffset() + "-" + pe.endOffset()
                  + (pe.getPayload() == null ? "" : " p" + pe.getPayload()));
            }
          }
        }
        NumericDocValues norms = leaf.getNormValues(fi.name);
        if (norms != null) {
          for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            if (docs.containsKey(doc)) docs.get(doc).put("norm " + fi.name, norms.longValue());
          }
        }
      }
      infos.sort(null); // field numbers follow the order fields first came in, which threads change
      out.put("fieldInfos", infos);
      for (Map.Entry<Integer, Map<String, Object>> e : docs.entrySet()) out.put(keys.get(e.getKey()), e.getValue());
    }
    return out;
  }
}
