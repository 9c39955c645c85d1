package kz.muragat.indexer.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.Stains;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 4: lines whose starts the reader lost, on pages read once by real Tesseract with a
 * global (Otsu) threshold, as a collection indexed with {@code --thresholding 0} and no re-reading
 * gets them.
 */
class MissingLineStartsTest {
  static final String PAGE = (PageReaderTest.RUSSIAN + "\n\n" + PageReaderTest.KAZAKH + "\n\n").repeat(2);

  static OcrEnginePool once;

  @BeforeAll
  static void start() {
    once = new OcrEnginePool(OcrSettings.defaults().withThresholding(OcrSettings.OTSU).withAdaptive(false), 1);
  }

  @AfterAll
  static void stop() {
    once.close();
  }

  private static BufferedImage render(String text) {
    return new ScanGenerator(new ScanOptions(5, 200, Degradation.LIGHT, "freemono", null)).render("p", text).pages().get(0).image();
  }

  /**
   * Damp along the stitched edge turns the first words of every line black for a global threshold,
   * and the rest of each line is read well: the page as a whole keeps more than the whole-page
   * test asks for, so only the line starts give the loss away.
   */
  @Test
  void dampAlongTheStitchedEdgeLosesLineStartsAndTheReadingIsShort() {
    BufferedImage damp = Stains.bindingEdgeDamp(render(PAGE), 0.25);
    OcrPage reading = once.recognize(damp, 200);
    InkGlyphs ink = InkGlyphs.count(damp, 200);
    int letters = reading.words().stream().mapToInt(w -> (int) w.text().codePoints().filter(Character::isLetterOrDigit).count()).sum();
    assertTrue(letters >= ShortReading.SHORT_PAGE * ink.total(), "the page as a whole is not short: " + letters + " of " + ink.total());
    assertTrue(MissingLineStarts.count(reading, ink) >= 10, "lines without their starts: " + MissingLineStarts.count(reading, ink) + "\n" + reading.text());
    assertTrue(ShortReading.of(reading, ink), "so the reading is short");
  }

  /** The same page clean, and a page whose lines start right of the margin on blank paper. */
  @Test
  void indentedCentredAndRightAlignedLinesHaveNothingMissing() {
    BufferedImage clean = render(PAGE);
    OcrPage read = once.recognize(clean, 200);
    assertEquals(0, MissingLineStarts.count(read, InkGlyphs.count(clean, 200)), read.text());

    String laidOut = String.join("\n",
        "                         ВЫПИСКА ИЗ ПРОТОКОЛА № 41",
        "                 заседания тройки НКВД Казахской ССР",
        "",
        "          Слушали: дело по обвинению Жумабаева Касыма.",
        "          Постановили: Жумабаева Касыма расстрелять.",
        "",
        "                                  Секретарь тройки    Иванов",
        "                                  Верно: нач. отдела  Петров",
        "                                  12 ноября 1937 года",
        "",
        "      Қамауға алынып, үштіктің қаулысымен ату жазасына кесілген.",
        "          Ол толық ақталды.");
    BufferedImage page = render(laidOut);
    OcrPage reading = once.recognize(page, 200);
    InkGlyphs ink = InkGlyphs.count(page, 200);
    assertEquals(0, MissingLineStarts.count(reading, ink), reading.text());
    assertTrue(!ShortReading.of(reading, ink), "a page read in full is not short");
  }
}
