package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metadata that cannot be true is reported and left out, the document indexed with the rest; a
 * title taken from recognised text loses the junk OCR reads around a heading. Through the real
 * indexer, its report and reindex.
 */
class MetadataValidationTest {
  @TempDir Path tmp;

  @Test
  void anImpossibleDateIsReportedAndLeftOutAndTheDocumentIsStillIndexed() throws IOException {
    Path scans = Files.createDirectories(tmp.resolve("scans"));
    Path data = tmp.resolve("data");
    Files.writeString(scans.resolve("extract.txt"), "| ВЫПИСКА ИЗ ПРОТОКОЛА № 41 ‘\nЖумабаев Касым осуждён тройкой НКВД.\n",
        StandardCharsets.UTF_8);
    Files.writeString(scans.resolve("extract.txt.meta.json"), "{\"date\": \"1937-13-45\", \"archive\": \"ЦГА РК\"}", StandardCharsets.UTF_8);
    Files.writeString(scans.resolve("good.txt"), "Справка о реабилитации.\n", StandardCharsets.UTF_8);
    Files.writeString(scans.resolve("good.txt.meta.json"), "{\"date\": \"1958-06-02\"}", StandardCharsets.UTF_8);

    IndexReport report;
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data).withWorkers(1))) {
      report = indexer.index(scans, Progress.NONE);
    }
    List<IndexReport.InvalidMetadata> expected =
        List.of(new IndexReport.InvalidMetadata("extract.txt", "date", "1937-13-45", "month 13 does not exist"));
    assertEquals(expected, report.invalidMetadata());
    assertEquals(2, report.indexed(), "the document is indexed all the same");
    assertFalse(report.ok(), "the run says something needs fixing (exit status 1)");
    String latest = Files.readString(data.resolve("reports").resolve("latest.json"));
    assertTrue(latest.contains("\"invalidMetadata\"") && latest.contains("month 13 does not exist"), latest);
    assertTrue(latest.contains("\"ocrPagesPerSecond\""), "the report gives the OCR pages/s the README promises: " + latest);

    Document doc = docEntry(data, "extract.txt");
    assertEquals("ВЫПИСКА ИЗ ПРОТОКОЛА № 41", doc.get(IndexSchema.TITLE), "the OCR'd title without its junk");
    assertFalse(doc.get(IndexSchema.META_JSON).contains("1937-13-45"), "the bad date is not shown: " + doc.get(IndexSchema.META_JSON));
    assertTrue(doc.get(IndexSchema.META_JSON).contains("ЦГА РК"), "the rest of the metadata is kept");
    assertEquals(0, count(data, LongPoint.newRangeQuery(IndexSchema.DATE_FROM, Long.MIN_VALUE, Long.MAX_VALUE), "extract.txt"),
        "nor filtered or sorted on");
    assertEquals(1, count(data, LongPoint.newRangeQuery(IndexSchema.DATE_FROM, Long.MIN_VALUE, Long.MAX_VALUE), "good.txt"));

    // a second run leaves the document alone but still reports what to fix
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data).withWorkers(1))) {
      report = indexer.index(scans, Progress.NONE);
    }
    assertEquals(2, report.unchanged());
    assertEquals(expected, report.invalidMetadata());

    // reindex rebuilds from the catalog, which holds the metadata as indexed: the date stays out
    report = new Reindexer(IndexerOptions.defaults(data).withWorkers(1)).reindex(Progress.NONE);
    assertEquals(2, report.indexed());
    doc = docEntry(data, "extract.txt");
    assertEquals("ВЫПИСКА ИЗ ПРОТОКОЛА № 41", doc.get(IndexSchema.TITLE));
    assertFalse(doc.get(IndexSchema.META_JSON).contains("1937-13-45"));
  }

  private static Document docEntry(Path data, String id) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
      IndexSearcher s = new IndexSearcher(r);
      ScoreDoc[] hits = s.search(byId(new TermQuery(IndexSchema.idTerm(id)), id), 10).scoreDocs;
      assertEquals(1, hits.length, id);
      Document d = s.storedFields().document(hits[0].doc);
      assertNotNull(d.get(IndexSchema.TITLE));
      return d;
    }
  }

  private static int count(Path data, org.apache.lucene.search.Query q, String id) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
      return new IndexSearcher(r).count(byId(q, id));
    }
  }

  private static org.apache.lucene.search.Query byId(org.apache.lucene.search.Query q, String id) {
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.FILTER)
        .add(new TermQuery(IndexSchema.idTerm(id)), BooleanClause.Occur.FILTER)
        .add(IndexSchema.documents(), BooleanClause.Occur.FILTER)
        .build();
  }
}
