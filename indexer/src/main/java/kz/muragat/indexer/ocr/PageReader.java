package kz.muragat.indexer.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.function.Function;
import kz.muragat.core.model.WordBox;
import kz.muragat.indexer.deadline.Deadline;

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
 *       InkGlyphs}, {@link ShortReading}) — over the page or in any band of it, as when a stain or
 *       faded ink swallowed lines — it is read again with Sauvola's adaptive thresholding, and the reading with more
 *       believable text is kept. Pages read in full pay for no second reading.
 *   <li><b>Clean text.</b> {@link CleanText}: specks, look-alikes, Jaŋalif letters.
 * </ol>
 *
 * The languages recorded for the page are judged again from the final reading (all of it).
 */
final class PageReader {
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
    if (settings.thresholdingMethod() != OcrSettings.SAUVOLA && ShortReading.of(first, InkGlyphs.count(image, dpi))) {
      engine.setThresholding(OcrSettings.SAUVOLA);
      OcrPage second = engine.recognize(image, dpi, deadline);
      engine.setThresholding(settings.thresholdingMethod());
      boolean better = OcrEnginePool.quality(second) > OcrEnginePool.quality(first);
      if (better) best = second;
      notes += ", short reading read again with Sauvola" + (better ? " (kept)" : " (first kept)");
    }
    if (!probe.janalif() && mostlyCyrillic(best)) {
      OcrPage latin = readLatinWords(best, image, dpi, deadline);
      if (latin != best) notes += ", Latin words read with " + PageLanguages.LATIN_MODEL;
      best = latin;
    }
    PageLanguages judged = PageLanguages.judge(best);
    if (judged.languages().isEmpty()) judged = probe;
    return new Reading(CleanText.clean(best, judged).judged(judged), notes + ", page " + judged);
  }

  /** Words read with less confidence than this are tried with the Latin model. */
  static final float LATIN_RETRY_BELOW = 85f;

  /** The Latin model's reading replaces a word when it is at least this confident, and by this margin more than the first. */
  static final float LATIN_RETRY_CONFIDENCE = 70f;

  static final float LATIN_RETRY_MARGIN = 10f;

  /** At most this many words a page are tried (a page of noise is not read word by word). */
  static final int LATIN_RETRY_MAX = 40;

  /**
   * Latin words on a page read with Cyrillic models come out as unsure Cyrillic garbage ({@code
   * César → Сёзаг}): each unsure word of three letters or more that neither the Russian
   * dictionary nor the Kazakh lexicon knows is read again alone with the Latin model, and an
   * all-Latin reading that is clearly surer takes its place.
   */
  private OcrPage readLatinWords(OcrPage page, BufferedImage image, int dpi, Deadline deadline) {
    if (!PageLanguages.installed(settings, PageLanguages.LATIN_MODEL) || settings.languageList().contains(PageLanguages.LATIN_MODEL)) return page;
    List<WordBox> words = page.words();
    String[] replaced = new String[words.size()];
    for (int i = 0; i < replaced.length; i++) replaced[i] = words.get(i).text();
    boolean any = false;
    int tried = 0;
    TesseractEngine latin = null;
    BufferedImage grey = null;
    for (int i = 0; i < words.size(); i++) {
      WordBox w = words.get(i);
      if (w.confidence() >= LATIN_RETRY_BELOW || w.text().codePoints().filter(Character::isLetter).count() < 3) continue;
      // a word the dictionaries know is the page's own language, however unsure the reading
      if (LetterTwins.get().isKnown(w.text())) continue;
      if (tried++ >= LATIN_RETRY_MAX) break;
      if (latin == null) {
        latin = engines.apply(PageLanguages.LATIN_MODEL + WORD_MODE);
        grey = Images.toGrey(image);
      }
      int pad = Math.max(2, w.h() / 4);
      int x0 = Math.max(0, w.x() - pad), y0 = Math.max(0, w.y() - pad);
      int x1 = Math.min(grey.getWidth(), w.x() + w.w() + pad), y1 = Math.min(grey.getHeight(), w.y() + w.h() + pad);
      if (x1 - x0 < 4 || y1 - y0 < 4) continue;
      OcrPage r = latin.recognize(grey.getSubimage(x0, y0, x1 - x0, y1 - y0), dpi, deadline);
      String text = r.text().strip();
      if (r.words().isEmpty() || text.isEmpty() || text.indexOf('\n') >= 0) continue;
      boolean allLatin = text.codePoints().filter(Character::isLetter).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
      float conf = r.meanConfidence();
      if (allLatin && conf >= LATIN_RETRY_CONFIDENCE && conf >= w.confidence() + LATIN_RETRY_MARGIN) {
        replaced[i] = text.replace(' ', '_');
        any = true;
      }
    }
    return any ? CleanText.rebuild(page, replaced, true, false, false) : page;
  }

  /** Whether most letters of a reading are Cyrillic (a page read with Cyrillic models, where Latin words are the odd ones out). */
  static boolean mostlyCyrillic(OcrPage page) {
    long cyr = page.text().chars().filter(c -> Character.isLetter(c) && PageLanguages.isCyrillic((char) c)).count();
    long all = page.text().chars().filter(Character::isLetter).count();
    return all > 0 && cyr * 2 > all;
  }

  /** Suffix of an engine key: that engine reads one word an image (page segmentation mode 8). */
  static final String WORD_MODE = "@word";

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
