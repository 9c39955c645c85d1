package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedDocument;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.ScanWriter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole indexing path on real files of every kind: generated scans through real Tesseract,
 * PDFs with and without a text layer, DOCX through Tika, a corrupt scan, a metadata manifest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexerTest {
  static final String PROTOCOL =
      "ПРОТОКОЛ ДОПРОСА\nОбвиняемый Жумабаев Касым, 1898 года рождения, уроженец Акмолинского уезда. "
          + "Вопрос: расскажите о связи с участниками партии Алаш. Ответ: с Байтурсыновым я знаком с 1917 года.";
  static final String CERTIFICATE =
      "СПРАВКА О РЕАБИЛИТАЦИИ\nДело по обвинению Оспанова Тураба пересмотрено Верховным судом КазССР. "
          + "Оспанов Тураб реабилитирован посмертно за отсутствием состава преступления.";
  static final String KAZAKH = "АНЫҚТАМА\nСейфоллаұлы Ерғали 1989 жылы ақталды. Қуғын-сүргін құрбандарын еске алу.";

  @TempDir static Path tmp;
  Path scans;
  Path data;
  IndexReport first;

  @BeforeAll
  void indexEveryFormat() throws IOException {
    scans = Files.createDirectories(tmp.resolve("scans"));
    data = tmp.resolve("data");
    ScanGenerator gen = new ScanGenerator(new ScanOptions(3, Degradation.LIGHT));
    RenderedDocument protocol = gen.render("protocol", PROTOCOL + "\n\n" + CERTIFICATE.repeat(18));
    assertTrue(protocol.pages().size() >= 2, "the protocol must need two pages");
    RenderedDocument cert = gen.render("cert", CERTIFICATE);
    RenderedDocument kazakh = gen.render("kazakh", KAZAKH);
    Files.createDirectories(scans.resolve("fond-1/opis-2"));
    ScanWriter.writeTiff(protocol.pages(), scans.resolve("fond-1/opis-2/protocol.tif"));
    ScanWriter.writePng(kazakh.pages().get(0), scans.resolve("kazakh.png"));
    ScanWriter.writeJpeg(cert.pages().get(0), scans.resolve("cert.jpg"), 0.85f);
    ScanWriter.writeImagePdf(cert, scans.resolve("cert-scan.pdf"));
    ScanWriter.writeTextPdf(cert, scans.resolve("cert-born-digital.pdf"));
    ScanWriter.writeDocx("Справка", CERTIFICATE, scans.resolve("cert.docx"));
    byte[] png = Files.readAllBytes(scans.resolve("kazakh.png"));
    Files.write(scans.resolve("broken.png"), Arrays.copyOf(png, png.length / 3));
    Files.write(scans.resolve("empty.tif"), new byte[0]);
    Files.writeString(
        scans.resolve("manifest.csv"),
        "file,title,date,archive,fond,opis,delo,list,doc_type,access\n"
            + "kazakh.png,Анықтама (Сейфоллаұлы Е.),1989-03-17,ЦГА РК,1,4,212,5,certificate,public\n"
            + "cert.jpg,Справка о реабилитации Оспанова Т.,1958,ЦГА РК,1,2,345,88,certificate,restricted\n");
    Files.writeString(scans.resolve("README.md"), "notes\n");
    Files.writeString(scans.resolve(".muragatignore"), "README.md\n");
    first = run(IndexerOptions.defaults(data));
  }

  private IndexReport run(IndexerOptions options) throws IOException {
    try (Indexer indexer = new Indexer(options)) {
      return indexer.index(scans, Progress.NONE);
    }
  }

  @Test
  void indexesEveryReadableFileAndReportsTheBrokenOnes() {
    assertEquals(6, first.indexed(), first.toString());
    List<String> failed = first.failed().stream().map(IndexReport.Failure::id).sorted().toList();
    assertEquals(List.of("broken.png", "empty.tif"), failed);
    assertTrue(first.failed().stream().allMatch(f -> f.reason() != null && !f.reason().isBlank()));
    assertTrue(first.failed().stream().anyMatch(f -> f.reason().contains("empty file")));
  }

  @Test
  void keepsEveryPageOfAMultiPageTiff() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
      IndexSearcher s = new IndexSearcher(r);
      int pages = s.count(new org.apache.lucene.search.BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.ID, "fond-1/opis-2/protocol.tif")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build());
      assertTrue(pages >= 2, "pages of the TIFF: " + pages);
    }
  }

  @Test
  void usesThePdfTextLayerAndOcrsImageOnlyPdfs() throws IOException {
    DocumentRecord born = record("cert-born-digital.pdf");
    PageRecord p = born.pages().get(0);
    assertEquals(PageSource.TEXT_LAYER, p.source());
    assertTrue(p.text().contains("реабилитирован посмертно"), p.text());
    assertFalse(p.words().isEmpty(), "text-layer words have boxes");
    assertTrue(p.width() > 0 && p.height() > 0 && p.image() != null);
    for (var word : p.words()) {
      assertTrue(word.x() >= 0 && word.y() >= 0 && word.x() + word.w() <= p.width() + 2 && word.y() + word.h() <= p.height() + 2, word.toString());
    }
    DocumentRecord scanned = record("cert-scan.pdf");
    assertEquals(PageSource.OCR, scanned.pages().get(0).source());
    assertTrue(scanned.pages().get(0).text().contains("Оспанов"), scanned.pages().get(0).text());
    DocumentRecord docx = record("cert.docx");
    assertEquals(PageSource.TEXT, docx.pages().get(0).source());
    assertTrue(docx.pages().get(0).text().contains("Оспанова Тураба"));
  }

  @Test
  void aSecondRunChangesNothingAndNeverDuplicates() throws IOException {
    IndexReport again = run(IndexerOptions.defaults(data));
    assertEquals(0, again.indexed(), again.toString());
    assertEquals(6, again.unchanged());
    assertEquals(6, countDocuments(), "one document entry per indexed file");
  }

  @Test
  void aChangedManifestReindexesFromTheCacheAndAGoneFileIsRemoved() throws IOException {
    Path extra = scans.resolve("extra.png");
    Files.copy(scans.resolve("kazakh.png"), extra);
    IndexReport added = run(IndexerOptions.defaults(data));
    assertEquals(1, added.indexed());
    assertEquals(1, added.fromCache(), "same content as kazakh.png: no OCR");
    Files.delete(extra);
    IndexReport removed = run(IndexerOptions.defaults(data));
    assertEquals(1, removed.removed());
    assertEquals(6, countDocuments());
  }

  @Test
  void metadataFromTheManifestIsIndexed() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
      IndexSearcher s = new IndexSearcher(r);
      assertEquals(1, s.count(new TermQuery(new Term(IndexSchema.META_PREFIX + "delo", "212"))));
      assertEquals(1, s.count(new org.apache.lucene.search.BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.ACCESS, "restricted")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build()));
      var hits = s.search(new org.apache.lucene.search.BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.ID, "kazakh.png")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(IndexSchema.documents(), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build(), 1);
      assertEquals("Анықтама (Сейфоллаұлы Е.)", s.storedFields().document(hits.scoreDocs[0].doc).get(IndexSchema.TITLE));
    }
  }

  private long countDocuments() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
      return new IndexSearcher(r).count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)));
    }
  }

  private DocumentRecord record(String id) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
      IndexSearcher s = new IndexSearcher(r);
      var top = s.search(new org.apache.lucene.search.BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.ID, id)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build(), 1);
      assertEquals(1, top.scoreDocs.length, id + " not indexed");
      String sha = s.storedFields().document(top.scoreDocs[0].doc).get(IndexSchema.SHA256);
      DocumentRecord rec = new kz.muragat.core.store.DocumentStore(data.resolve("store")).read(sha).orElse(null);
      assertNotNull(rec);
      return rec;
    }
  }
}
