package kz.muragat.indexer.ocr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.muragat.core.model.WordBox;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedPage;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real Tesseract (rus+kaz) on pages made by the project's scan generator, against its ground truth. */
class TesseractEngineTest {
  static final String RUSSIAN =
      "ПРОТОКОЛ ДОПРОСА\n1937 года ноября 12 дня оперуполномоченный допросил в качестве обвиняемого "
          + "Жумабаева Касыма, уроженца Акмолинского уезда. Вопрос: расскажите о вашей связи с участниками партии Алаш.";
  static final String KAZAKH =
      "Мұрағат анықтамасы\nСейфоллаұлы Сәкен қуғын-сүргін құрбаны болды. Ол 1957 жылы ақталды. "
          + "Қазақстан Республикасының Орталық мемлекеттік мұрағаты, қор 1, тізбе 2, іс 345.";

  static TesseractEngine engine;

  @BeforeAll
  static void start() {
    engine = new TesseractEngine(OcrSettings.defaults());
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static RenderedPage page(String text) {
    return new ScanGenerator(new ScanOptions(7, Degradation.LIGHT)).render("t", text).pages().get(0);
  }

  @Test
  void readsRussianWordsAndBoxesThemWhereTheyArePrinted() {
    RenderedPage page = page(RUSSIAN);
    OcrPage ocr = engine.recognize(page.image(), 200);
    assertRecognisedAndBoxed(page, ocr, List.of("протокол", "допроса", "жумабаева", "касыма", "алаш"));
    assertTrue(ocr.meanConfidence() > 60, "mean confidence " + ocr.meanConfidence());
  }

  /**
   * The deadline reaches into Tesseract: a dense page recognised with a deadline that passes
   * during recognition stops early (through the cancel callback) and says why; with a distant
   * deadline the same page is read in full through the same monitor.
   */
  @Test
  void recognitionStopsAtTheFilesDeadline() {
    RenderedPage page = page((RUSSIAN + "\n").repeat(6));
    long t0 = System.nanoTime();
    OcrPage full = engine.recognize(page.image(), 200, kz.muragat.indexer.deadline.Deadline.after(600_000));
    long fullMillis = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(full.words().size() > 100, "read in full: " + full.words().size() + " words");
    long budget = Math.max(50, fullMillis / 5);
    t0 = System.nanoTime();
    IllegalStateException stopped =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> engine.recognize(page.image(), 200, kz.muragat.indexer.deadline.Deadline.after(budget)));
    long cutMillis = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(stopped.getMessage().contains("per-file time limit"), stopped.getMessage());
    assertTrue(cutMillis < fullMillis * 85 / 100, "stopped early: " + cutMillis + " ms of " + fullMillis + " ms (deadline " + budget + " ms)");
    // the engine is usable afterwards
    assertTrue(engine.recognize(page(RUSSIAN).image(), 200).words().size() > 10);
  }

  @Test
  void readsKazakhLetters() {
    RenderedPage page = page(KAZAKH);
    OcrPage ocr = engine.recognize(page.image(), 200);
    assertRecognisedAndBoxed(page, ocr, List.of("ақталды", "құрбаны", "қазақстан", "мемлекеттік"));
  }

  @Test
  void wordOffsetsPointIntoThePageText() {
    OcrPage ocr = engine.recognize(page(RUSSIAN).image(), 200);
    assertTrue(ocr.words().size() > 10);
    for (WordBox w : ocr.words()) {
      assertTrue(ocr.text().substring(w.start(), w.end()).equals(w.text()), "offsets of " + w);
    }
  }

  /**
   * Each expected word must be read (case-insensitively, as a word of the OCR text), and the box
   * Tesseract gives it must overlap the generator's ground-truth box of that word.
   */
  static void assertRecognisedAndBoxed(RenderedPage page, OcrPage ocr, List<String> expected) {
    List<String> missing = new ArrayList<>();
    for (String word : expected) {
      WordBox found = null;
      for (WordBox w : ocr.words()) {
        if (clean(w.text()).startsWith(word)) {
          found = w;
          break;
        }
      }
      if (found == null) {
        missing.add(word);
        continue;
      }
      WordBox f = found;
      boolean overlaps =
          page.words().stream()
              .filter(g -> clean(g.text()).startsWith(word))
              .anyMatch(g -> iou(f.x(), f.y(), f.w(), f.h(), g.x(), g.y(), g.w(), g.h()) > 0.3);
      assertTrue(overlaps, "box of '" + word + "' " + f + " does not overlap its ground truth");
    }
    assertTrue(missing.isEmpty(), "not recognised: " + missing + " in: " + ocr.text());
  }

  static String clean(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]", "");
  }

  static double iou(int ax, int ay, int aw, int ah, int bx, int by, int bw, int bh) {
    int ix = Math.max(0, Math.min(ax + aw, bx + bw) - Math.max(ax, bx));
    int iy = Math.max(0, Math.min(ay + ah, by + bh) - Math.max(ay, by));
    double inter = (double) ix * iy;
    return inter / ((double) aw * ah + (double) bw * bh - inter);
  }
}
