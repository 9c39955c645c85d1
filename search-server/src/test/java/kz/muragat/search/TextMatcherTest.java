package kz.muragat.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.core.schema.IndexAnalyzer;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.schema.PageText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Match spans read from the postings of a page indexed as the product indexes it (the exact field
 * with positions only) are the spans that analysing the page again finds.
 */
class TextMatcherTest {
  private static final Set<String> FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.TEXT_EXACT, IndexSchema.TEXT_VARIANT);
  private static final String PAGE =
      "ВЫПИСКА ИЗ ПРОТОКОЛА № 40 заседания тройки НКВД. Байтурсынов Ахмет, 1873 года рождения, "
          + "реабилитирован. Байтұрсынұлы Ахмет ақталды, оның ісі қайта қаралды. Протоколы допросов "
          + "приложены; Baitursynuly. Реабилитированы посмертно.";

  @Test
  void postingsAndReanalysisAgree() throws Exception {
    // counts the pages analysed again: the index path must not need to
    AtomicInteger analysed = new AtomicInteger();
    IndexAnalyzer index = new IndexAnalyzer();
    TextMatcher matcher =
        new TextMatcher(
            new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
              @Override
              protected Analyzer getWrappedAnalyzer(String fieldName) {
                analysed.incrementAndGet();
                return index;
              }
            });
    UserQueryParser parser = new UserQueryParser();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer()))) {
        Document other = new Document();
        PageText.PRE_ANALYZED.add(other, "протокол допроса свидетеля", "", false);
        w.addDocument(other);
        Document d = new Document();
        PageText.PRE_ANALYZED.add(d, PAGE, "", false);
        w.addDocument(d);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        LeafReader leaf = r.leaves().get(0).reader();
        List<String[]> queries = new ArrayList<>();
        for (String q : List.of("протокол", "протоколы", "Байтурсынов", "реабилитация", "ақтау", "Baitursynov", "протакола~1", "\"тройки НКВД\"")) {
          queries.add(new String[] {q, "simple"});
        }
        // the exact field asked alone: no other field's offsets to borrow, so the page is analysed
        queries.add(new String[] {"text_exact:протоколы", "lucene"});
        for (String[] query : queries) {
          String q = query[0];
          Query rewritten = s.rewrite(parser.parse(q, query[1]));
          QueryTerms terms = QueryTerms.of(rewritten, FIELDS);
          analysed.set(0);
          List<TextMatcher.Span> fromIndex = matcher.spans(PAGE, terms, leaf, 1);
          boolean reanalysed = analysed.get() > 0;
          List<TextMatcher.Span> fromText = matcher.spans(PAGE, "", terms);
          assertFalse(fromIndex.isEmpty(), q);
          assertEquals(fromText, fromIndex, q);
          // only fuzzy words (patterns) and the exact field asked alone read the page again
          assertEquals(q.contains("~") || q.startsWith("text_exact:"), reanalysed, q);
          if (q.equals("протоколы")) {
            assertTrue(fromIndex.stream().anyMatch(span -> span.kind() == MatchKind.of(IndexSchema.TEXT_EXACT)), "the word as written is marked so: " + fromIndex);
          }
        }
      }
    }
  }
}
