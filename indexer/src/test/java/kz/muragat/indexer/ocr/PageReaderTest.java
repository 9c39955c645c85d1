package kz.muragat.indexer.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import kz.muragat.core.model.WordBox;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.Janalif;
import kz.muragat.scangen.RenderedPage;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.Stains;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adaptive reading with real Tesseract on pages made by the project's scan generator:
 * languages and script judged per page, a short reading read again, the text cleaned.
 */
class PageReaderTest {
  static final String RUSSIAN = TesseractEngineTest.RUSSIAN + " Обвиняемый виновным себя не признал. "
      + "Постановлением Особого совещания при НКВД СССР приговорён к восьми годам заключения в исправительно-трудовом лагере.";
  static final String KAZAKH = TesseractEngineTest.KAZAKH + " Қамауға алынып, үштіктің қаулысымен ату жазасына кесілген. "
      + "Оның ісі қайта қаралып, қылмыс құрамының болмауына байланысты тоқтатылды. Ол толық ақталды.";

  static OcrEnginePool pool;

  @BeforeAll
  static void start() {
    pool = new OcrEnginePool(OcrSettings.defaults(), 1);
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  private static RenderedPage page(String text, Degradation d) {
    return new ScanGenerator(new ScanOptions(5, 200, d, "freemono", null)).render("p", text).pages().get(0);
  }

  private static OcrPage read(BufferedImage image) {
    return pool.recognize(image, 200);
  }

  @Test
  void aRussianPageIsRussianInCyrillic() {
    OcrPage p = read(page(RUSSIAN, Degradation.LIGHT).image());
    assertEquals(List.of("ru"), p.languages());
    assertEquals("Cyrl", p.script());
  }

  @Test
  void aKazakhPageIsKazakhFirst() {
    OcrPage p = read(page(KAZAKH, Degradation.LIGHT).image());
    assertEquals("kk", p.languages().get(0), p.languages().toString());
    assertEquals("Cyrl", p.script());
    assertTrue(p.text().contains("ақталды"), p.text());
  }

  @Test
  void aMixedPageHasBothLanguagesAndItsLatinCitationStaysLatin() {
    String mixed = RUSSIAN + "\n" + KAZAKH + "\nCf. Smith, Soviet Archives, London 1998, vol. XIX, pp. 212-214; Berliner Zeitung, Ausgabe vom Montag.";
    OcrPage p = read(page(mixed, Degradation.LIGHT).image());
    assertTrue(p.languages().containsAll(List.of("ru", "kk")), p.languages().toString());
    assertEquals("Cyrl+Latn", p.script());
    assertTrue(p.text().contains("Smith") && p.text().contains("London"), p.text());
    assertTrue(p.text().contains("XIX"), "Roman numeral kept Latin: " + p.text());
  }

  @Test
  void aJanalifPageIsKazakhInLatinAndKeepsItsLatinSpelling() {
    OcrPage p = read(page(Janalif.fromCyrillic(KAZAKH), Degradation.LIGHT).image());
    assertEquals(List.of("kk"), p.languages());
    assertEquals("Latn", p.script());
    String lower = p.text().toLowerCase(Locale.ROOT);
    assertTrue(lower.contains("aqtaldƅ") && lower.contains("qazaqstan"), p.text());
    assertFalse(p.text().chars().anyMatch(c -> c >= 'а' && c <= 'я'), "no Cyrillic in the stored text: " + p.text());
  }

  /**
   * A dark stain over the lower half of the page: a global (Otsu) threshold turns it into one
   * black blob and reads nothing there; the reading is short of the ink's glyphs, so the page is
   * read again with Sauvola's adaptive threshold, which finds the words on the stain.
   */
  @Test
  void aShortReadingOnAStainedPageIsReadAgainAdaptively() {
    RenderedPage rendered = page((RUSSIAN + "\n\n").repeat(3), Degradation.LIGHT);
    BufferedImage stained = Stains.darkRoundStain(rendered.image());
    OcrSettings single = OcrSettings.defaults().withThresholding(OcrSettings.OTSU).withAdaptive(false);
    OcrPage once;
    try (OcrEnginePool plain = new OcrEnginePool(single, 1)) {
      once = plain.recognize(stained, 200);
    }
    assertTrue(ShortReading.of(once, InkGlyphs.count(stained, 200)), "one Otsu reading is short: " + once.text());
    OcrPage adaptive;
    try (OcrEnginePool otsuFirst = new OcrEnginePool(OcrSettings.defaults().withThresholding(OcrSettings.OTSU), 1)) {
      adaptive = otsuFirst.recognize(stained, 200);
    }
    int onStain = wordsBelow(adaptive, stained.getHeight() * 2 / 5), onStainOnce = wordsBelow(once, stained.getHeight() * 2 / 5);
    assertTrue(onStain >= 30 && 2 * onStain > 3 * onStainOnce, "words on the stain: " + onStain + " adaptive, " + onStainOnce + " once");
    assertFalse(ShortReading.of(read(rendered.image()), InkGlyphs.count(rendered.image(), 200)), "the clean page is not short");
  }

  private static int wordsBelow(OcrPage p, int y) {
    return (int) p.words().stream().filter(w -> w.y() > y && w.text().codePoints().filter(Character::isLetter).count() >= 3).count();
  }

  @Test
  void wordRangesPointAtTheCleanedText() {
    OcrPage p = read(page(KAZAKH + "\n" + RUSSIAN, Degradation.MEDIUM).image());
    assertTrue(p.words().size() > 30);
    for (WordBox w : p.words()) assertEquals(w.text(), p.text().substring(w.start(), w.end()), "range of " + w);
  }
}
