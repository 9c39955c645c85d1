package kz.muragat.indexer.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.function.Function;
import kz.muragat.indexer.extract.Deadline;

/**
 * Reads one page as it needs ({@link OcrSettings#adaptive}), on the OCR worker's own engines:
 *
 * <ol>
 *   <li><b>Languages and script first.</b> A third of the page's ink — strips from its top, middle
 *       and bottom — is read with the configured models and the Latin one; {@link PageLanguages#judge} decides the
 *       page's languages and script, and so the model order of the real reading (Kazakh first on
 *       Kazakh pages, the Latin model where Latin text is, the Jaŋalif model on Jaŋalif pages).
 *   <li><b>A short reading never stands.</b> The page is read with the configured thresholding;
 *       when that reading holds far fewer characters than the page's ink has glyphs ({@link
 *       InkGlyphs}) — over the page or in any band of it, as when a stain or faded ink swallowed
 *       lines — it is read again with Sauvola's adaptive thresholding, and the reading with more
 *       believable text is kept. Pages read in full pay for no second reading.
 *   <li><b>Clean text.</b> {@link CleanText}: specks, look-alikes, Jaŋalif letters.
 * </ol>
 *
 * The languages recorded for the page are judged again from the final reading (all of it).
 */
final class PageReader {
  /** A reading with fewer characters than this share of the page's glyphs is short. */
  static final double SHORT_PAGE = 0.75;

  /** A band with at least {@link #BAND_GLYPHS} glyphs whose reading has fewer characters than this share of them is short. */
  static final double SHORT_BAND = 0.45;

  static final int BAND_GLYPHS = 40;

  private final OcrSettings settings;
  private final Function<String, TesseractEngine> engines;

  /** @param engines this worker's engine for a Tesseract language list, made on first use */
  PageReader(OcrSettings settings, Function<String, TesseractEngine> engines) {
    this.settings = settings;
    this.engines = engines;
  }

  /** What was read, with what was done for it (for {@code --verbose}). */
  record Reading(OcrPage page, String notes) {}

  Reading read(BufferedImage image, int dpi, Deadline deadline) {
    PageLanguages probe = probe(image, dpi, deadline);
    String models = probe.languages().isEmpty() ? settings.languages() : probe.models(settings);
    TesseractEngine engine = engines.apply(models);
    engine.setThresholding(settings.thresholdingMethod());
    OcrPage first = engine.recognize(image, dpi, deadline);
    String notes = "models " + models;
    OcrPage best = first;
    if (settings.thresholdingMethod() != OcrSettings.SAUVOLA && isShort(first, InkGlyphs.count(image, dpi))) {
      engine.setThresholding(OcrSettings.SAUVOLA);
      OcrPage second = engine.recognize(image, dpi, deadline);
      engine.setThresholding(settings.thresholdingMethod());
      boolean better = OcrEnginePool.quality(second) > OcrEnginePool.quality(first);
      if (better) best = second;
      notes += ", short reading read again with Sauvola" + (better ? " (kept)" : " (first kept)");
    }
    PageLanguages judged = PageLanguages.judge(best);
    if (judged.languages().isEmpty()) judged = probe;
    return new Reading(CleanText.clean(best, judged).judged(judged), notes + ", page " + judged);
  }

  /** Whether a reading holds much less text than the ink suggests, on the page or in a band of it. */
  static boolean isShort(OcrPage reading, InkGlyphs ink) {
    int[] read = new int[InkGlyphs.BANDS];
    int total = 0;
    for (var w : reading.words()) {
      int n = (int) w.text().codePoints().filter(Character::isLetterOrDigit).count();
      read[ink.bandOf(w.y() + w.h() / 2)] += n;
      total += n;
    }
    if (ink.total() >= BAND_GLYPHS && total < SHORT_PAGE * ink.total()) return true;
    for (int b = 0; b < InkGlyphs.BANDS; b++) {
      if (ink.band(b) >= BAND_GLYPHS && read[b] < SHORT_BAND * ink.band(b)) return true;
    }
    return false;
  }

  /** Strips of the page the probe reads: at its top, middle and bottom. */
  static final int PROBE_STRIPS = 3;

  /**
   * Judges the page from a reading of a third of its ink: three strips, from the top, the middle
   * and the bottom of the text, stacked into one image, so a page whose languages change down the
   * page is judged on all of them.
   */
  private PageLanguages probe(BufferedImage image, int dpi, Deadline deadline) {
    BufferedImage grey = Images.toGrey(image);
    int[] rows = inkRows(grey);
    int top = rows[0], bottom = rows[1] + Math.max(1, dpi) / 20;
    if (rows[1] <= top) return PageLanguages.UNKNOWN;
    int extent = Math.min(grey.getHeight(), bottom) - top;
    int strip = Math.max(extent / (3 * PROBE_STRIPS), Math.max(1, dpi) / 2);
    BufferedImage probeImage;
    if (strip * PROBE_STRIPS >= extent) {
      probeImage = grey.getSubimage(0, top, grey.getWidth(), extent);
    } else {
      probeImage = new BufferedImage(grey.getWidth(), strip * PROBE_STRIPS, BufferedImage.TYPE_BYTE_GRAY);
      var g = probeImage.createGraphics();
      for (int i = 0; i < PROBE_STRIPS; i++) {
        int y = top + (int) ((long) (extent - strip) * i / (PROBE_STRIPS - 1));
        g.drawImage(grey.getSubimage(0, y, grey.getWidth(), strip), 0, i * strip, null);
      }
      g.dispose();
    }
    TesseractEngine probe = engines.apply(PageLanguages.probeModels(settings));
    probe.setThresholding(settings.thresholdingMethod());
    return PageLanguages.judge(probe.recognize(probeImage, dpi, deadline));
  }

  /** First and last rows with ink (a row darker than the page's mean by a margin), or {0, -1}. */
  static int[] inkRows(BufferedImage grey) {
    int w = grey.getWidth(), h = grey.getHeight();
    byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    long sum = 0;
    for (byte b : px) sum += b & 0xff;
    int threshold = (int) Math.min(200, sum / Math.max(1, px.length) - 60);
    int first = -1, last = -1;
    int margin = w / 20;
    for (int y = h / 40; y < h - h / 40; y++) {
      int dark = 0;
      for (int x = margin; x < w - margin; x += 2) if ((px[y * w + x] & 0xff) < threshold) dark++;
      if (dark >= 3) {
        if (first < 0) first = y;
        last = y;
      }
    }
    return new int[] {Math.max(0, first), last};
  }
}
