package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.core.store.Catalog;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedPage;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.ScanWriter;
import kz.muragat.scangen.WordBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vendor ALTO beside a scan is used instead of OCR, is not a document itself, and --force-ocr ignores it. */
class OcrImportTest {
  @TempDir Path tmp;

  /** ALTO v3 from the generator's ground-truth boxes, with a marker word OCR could never produce. */
  static String alto(RenderedPage page, String marker) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\"><Description><MeasurementUnit>pixel</MeasurementUnit>"
        + "</Description><Layout><Page WIDTH=\"" + page.image().getWidth() + "\" HEIGHT=\"" + page.image().getHeight()
        + "\"><PrintSpace><TextBlock><TextLine>");
    for (WordBox w : page.words()) {
      sb.append("<String CONTENT=\"").append(w.text()).append("\" HPOS=\"").append(w.x()).append("\" VPOS=\"").append(w.y())
          .append("\" WIDTH=\"").append(w.w()).append("\" HEIGHT=\"").append(w.h()).append("\" WC=\"0.97\"/><SP/>");
    }
    sb.append("<String CONTENT=\"").append(marker).append("\" HPOS=\"10\" VPOS=\"10\" WIDTH=\"50\" HEIGHT=\"20\" WC=\"0.5\"/>");
    return sb.append("</TextLine></TextBlock></PrintSpace></Page></Layout></alto>").toString();
  }

  @Test
  void usesVendorAltoUnlessForcedAndReindexesWhenItChanges() throws IOException {
    Path scans = Files.createDirectories(tmp.resolve("scans"));
    Path data = tmp.resolve("data");
    RenderedPage page = new ScanGenerator(new ScanOptions(3, 150, Degradation.CLEAN, null, null))
        .render("s", "СПРАВКА\nОспанов Тураб реабилитирован.").pages().get(0);
    ScanWriter.writePng(page, scans.resolve("scan.png"));
    Files.writeString(scans.resolve("scan.alto.xml"), alto(page, "ВЕНДОРСКИЙ"));
    IndexerOptions options = IndexerOptions.defaults(data).withWorkers(1);

    IndexReport first = run(options, scans);
    assertEquals(1, first.seen(), "the ALTO file is not a document");
    assertEquals(0, first.ocrPages(), "no OCR when ALTO is delivered");
    PageRecord p = page(data, "scan.png");
    assertEquals(PageSource.OCR_IMPORTED, p.source());
    assertTrue(p.text().startsWith("СПРАВКА\n") || p.text().startsWith("СПРАВКА "), p.text());
    assertTrue(p.text().contains("ВЕНДОРСКИЙ"), p.text());
    assertEquals(page.words().size() + 1, p.words().size(), "word boxes imported");
    assertEquals(page.words().get(0).x(), p.words().get(0).x());

    // a corrected ALTO file beside the unchanged scan: indexed again
    Files.writeString(scans.resolve("scan.alto.xml"), alto(page, "ИСПРАВЛЕННЫЙ"));
    Files.setLastModifiedTime(scans.resolve("scan.alto.xml"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    IndexReport second = run(options, scans);
    assertEquals(1, second.indexed(), second.summary());
    assertTrue(page(data, "scan.png").text().contains("ИСПРАВЛЕННЫЙ"));

    // --force-ocr: Tesseract reads the scan itself
    IndexReport forced = run(options.withForceOcr(true), scans);
    assertEquals(1, forced.ocrPages(), forced.summary());
    PageRecord ocr = page(data, "scan.png");
    assertEquals(PageSource.OCR, ocr.source());
    assertFalse(ocr.text().contains("ИСПРАВЛЕННЫЙ"), ocr.text());
    assertTrue(ocr.text().contains("Оспанов"), ocr.text());
  }

  private static IndexReport run(IndexerOptions options, Path scans) throws IOException {
    try (Indexer indexer = new Indexer(options)) {
      return indexer.index(scans, Progress.NONE);
    }
  }

  private static PageRecord page(Path data, String id) throws IOException {
    String sha;
    try (Catalog c = new Catalog(data.resolve("catalog.jsonl"))) {
      sha = c.entries().get(id).sha256();
    }
    DocumentRecord r = new DocumentStore(data.resolve("store")).read(sha).orElseThrow();
    return r.pages().get(0);
  }
}
