package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.indexer.extract.Extraction;
import kz.muragat.indexer.ocr.OcrSettings;
import kz.muragat.indexer.ocr.Preprocessing;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.Stains;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 item 4: a page whose reading lost text is listed for review, however confident the
 * words that were read. A stain swallows the lower half of a page for a single global-threshold
 * reading: the words above it are read well (high mean confidence), the ones on it not at all.
 */
class LostTextReportTest {
  @TempDir Path tmp;

  static final String PROTOCOL =
      "Протокол допроса обвиняемого Жумабаева Касыма, 1898 года рождения, уроженца Каркаралинского\n"
          + "района, по профессии учителя. Обвиняемый виновным себя не признал. Следствие установило,\n"
          + "что в 1929 году он работал учителем школы и преподавал родной язык и арифметику.";

  @Test
  void aPageWhoseReadingLostTextIsListedForReviewAndMarked() throws Exception {
    Path scans = Files.createDirectories(tmp.resolve("scans"));
    BufferedImage clean =
        new ScanGenerator(new ScanOptions(5, 200, Degradation.LIGHT, "freemono", null))
            .render("p", (PROTOCOL + "\n\n").repeat(6)).pages().get(0).image();
    ImageIO.write(Stains.darkRoundStain(clean), "png", scans.resolve("stained.png").toFile());
    ImageIO.write(clean, "png", scans.resolve("clean.png").toFile());
    // one reading with a global (Otsu) threshold, as a collection indexed with --thresholding 0
    // and no adaptive re-reading would get: what the stain hides is never read
    OcrSettings single = OcrSettings.defaults().withThresholding(OcrSettings.OTSU).withAdaptive(false);
    IndexerOptions options =
        new IndexerOptions(tmp.resolve("data"), single, 1, false, false, 60f).withPreprocessing(Preprocessing.OFF);
    IndexReport report;
    try (Indexer indexer = new Indexer(options)) {
      report = indexer.index(scans, Progress.NONE);
    }
    assertEquals(1, report.lowConfidence().size(), "only the stained page is listed: " + report.lowConfidence());
    IndexReport.LowConfidencePage listed = report.lowConfidence().get(0);
    assertEquals("stained.png", listed.id());
    assertTrue(listed.lostText(), "listed because text was lost");
    assertTrue(listed.confidence() >= 60f, "not for its confidence, which looks fine: " + listed.confidence());

    DocumentStore store = new DocumentStore(tmp.resolve("data").resolve("store"));
    assertTrue(page(store, scans.resolve("stained.png")).lostText(), "the page says so, for the viewer");
    assertFalse(page(store, scans.resolve("clean.png")).lostText(), "a page read in full does not");
  }

  /** The first page of a file as the store keeps it (under the file's SHA-256). */
  private static PageRecord page(DocumentStore store, Path file) throws Exception {
    return store.read(Extraction.sha256(file)).orElseThrow().pages().get(0);
  }
}
