package kz.muragat.indexer.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;
import kz.muragat.core.model.WordBox;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedPage;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import org.junit.jupiter.api.Test;

/** Alternative readings from Tesseract's LSTM choices, on a page with smudged words. */
class AlternativesTest {

  @Test
  void buildsWholeWordAlternativesFromSymbolChoices() {
    List<List<Alternatives.Choice>> symbols = List.of(
        List.of(new Alternatives.Choice("с", 99)),
        List.of(new Alternatives.Choice("о", 60), new Alternatives.Choice("а", 35)),
        List.of(new Alternatives.Choice("т", 98)),
        List.of(new Alternatives.Choice("ь", 55), new Alternatives.Choice("ы", 40), new Alternatives.Choice(",", 30)));
    // runners-up by confidence: ы (40), а (35), then the comma (30); at most three
    assertEquals(List.of("соты", "сать", "сот,"), Alternatives.of("соть", symbols));
    List<List<Alternatives.Choice>> two = symbols.subList(0, 3);
    assertEquals(List.of("сат"), Alternatives.of("сот", two));
    assertEquals(List.of(), Alternatives.of("сыть", symbols), "symbols that do not spell the word give nothing");
    List<List<Alternatives.Choice>> marks = List.of(
        List.of(new Alternatives.Choice("д", 99)), List.of(new Alternatives.Choice("о", 99)), List.of(new Alternatives.Choice(",", 50), new Alternatives.Choice(".", 45)));
    assertEquals(List.of(), Alternatives.of("до,", marks), "a mark for a mark is no alternative");
  }

  /**
   * Grey smudges over a part of every third word of a typewritten page: some are misread, and
   * for some of those the true word is among the alternatives Tesseract offers; words read with
   * full confidence get none.
   */
  @Test
  void aSmudgedWordHasItsTrueReadingAmongItsAlternatives() {
    String text = (PageReaderTest.RUSSIAN + "\n" + PageReaderTest.KAZAKH + "\n").repeat(2);
    RenderedPage page = new ScanGenerator(new ScanOptions(9, 200, Degradation.MEDIUM, "freemono", null)).render("s", text).pages().get(0);
    BufferedImage smudged = smudge(page);
    OcrPage read;
    // a global threshold: the smudges then cost letters inside words, which is what the LSTM's
    // other choices are for (Sauvola keeps some of those letters, and misreads other words whole)
    try (OcrEnginePool pool = new OcrEnginePool(OcrSettings.defaults().withThresholding(OcrSettings.OTSU), 1)) {
      read = pool.recognize(smudged, 200);
    }
    int wrong = 0, recovered = 0;
    for (WordBox w : read.words()) {
      if (w.confidence() >= 95) assertTrue(w.alternatives().isEmpty(), "a sure word has no alternatives: " + w);
      String truth = truthAt(page, w);
      if (truth == null || Alternatives.skeleton(w.text()).equals(Alternatives.skeleton(truth))) continue;
      wrong++;
      if (w.alternatives().stream().anyMatch(a -> Alternatives.skeleton(a).equals(Alternatives.skeleton(truth)))) recovered++;
    }
    assertTrue(wrong > 0, "the smudges cost some words");
    assertTrue(recovered > 0, "of " + wrong + " misread words none has its truth among its alternatives: " + read.words());
  }

  private static String truthAt(RenderedPage page, WordBox w) {
    for (var g : page.words()) {
      if (TesseractEngineTest.iou(w.x(), w.y(), w.w(), w.h(), g.x(), g.y(), g.w(), g.h()) > 0.5) return g.text();
    }
    return null;
  }

  static BufferedImage smudge(RenderedPage page) {
    BufferedImage img = Images.toGrey(page.image());
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.drawImage(img, 0, 0, null);
    SplittableRandom rnd = new SplittableRandom(3);
    int i = 0;
    for (var w : page.words()) {
      if (i++ % 3 != 0 || w.text().length() < 4) continue;
      // a blot of half-tone grey across a letter or two, and a white scratch through another
      int x = w.x() + rnd.nextInt(Math.max(1, w.w() - w.h()));
      g.setColor(new Color(120, 120, 120, 150));
      g.fillOval(x, w.y() + w.h() / 4, w.h() * 2 / 3, w.h() / 2);
      g.setColor(Color.WHITE);
      g.fillRect(w.x() + rnd.nextInt(Math.max(1, w.w())), w.y() + w.h() / 3, 3, w.h() / 3);
    }
    g.dispose();
    return out;
  }
}
