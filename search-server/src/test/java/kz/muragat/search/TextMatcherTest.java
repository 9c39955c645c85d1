package kz.muragat.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import kz.muragat.core.schema.IndexAnalyzer;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Match spans read from the postings are the spans that analysing the page again finds. */
class TextMatcherTest {
  private static final Set<String> FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.TEXT_EXACT, IndexSchema.TEXT_VARIANT);
  private static final String PAGE =
      "ВЫПИСКА ИЗ ПРОТОКОЛА № 40 заседания тройки НКВД. Байтурсынов Ахмет, 1873 года рождения, "
          + "реабилитирован. Байтұрсынұлы Ахмет ақталды, оның ісі қайта қаралды. Протоколы допросов "
          + "приложены; Baitursynuly. Реабилитированы посмертно.";

  @Test
  void postingsAndReanalysisAgree() throws Exception {
    TextMatcher matcher = new TextMatcher(new IndexAnalyzer());
    UserQueryParser parser = new UserQueryParser();
    FieldType offsets = new FieldType(TextField.TYPE_NOT_STORED);
    offsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer()))) {
        Document other = new Document();
        other.add(new Field(IndexSchema.TEXT, "протокол допроса свидетеля", offsets));
        w.addDocument(other);
        Document d = new Document();
        for (String f : FIELDS) d.add(new Field(f, PAGE, offsets));
        w.addDocument(d);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        LeafReader leaf = r.leaves().get(0).reader();
        for (String q : List.of("протокол", "Байтурсынов", "реабилитация", "ақтау", "Baitursynov", "протакола~1", "\"тройки НКВД\"")) {
          Query rewritten = s.rewrite(parser.parse(q, "simple"));
          QueryTerms terms = QueryTerms.of(rewritten, FIELDS);
          List<TextMatcher.Span> fromIndex = matcher.spans(PAGE, terms, leaf, 1);
          List<TextMatcher.Span> fromText = matcher.spans(PAGE, "", terms);
          assertFalse(fromIndex.isEmpty(), q);
          assertEquals(fromText, fromIndex, q);
        }
      }
    }
  }
}
