package kz.muragat.indexer.ocr;

import java.awt.image.BufferedImage;

/**
 * Whether a reading holds much less text than the page's ink suggests ({@link InkGlyphs}), while
 * the words it did read keep a high confidence:
 *
 * <ul>
 *   <li>fewer characters than {@value #SHORT_PAGE} of the page's glyphs, or than {@value
 *       #SHORT_BAND} of those of any band with at least {@value #BAND_GLYPHS} — as when a stain or
 *       faded ink swallowed lines the recogniser then never saw;
 *   <li>or at least {@value #LINES_WITHOUT_START} lines whose starts were not read ({@link
 *       MissingLineStarts}) — as when damp along the stitched edge darkened the first words of
 *       every line.
 * </ul>
 *
 * Measured on the generated dev scans (README, OCR): of 8 pages it marks, 6 lost text (up to 82% of
 * it); the line-start test marks 2 of them and no other page.
 */
public final class ShortReading {
  /** A reading with fewer characters than this share of the page's glyphs is short. */
  static final double SHORT_PAGE = 0.75;

  /** A band with at least {@link #BAND_GLYPHS} glyphs whose reading has fewer characters than this share of them is short. */
  static final double SHORT_BAND = 0.45;

  static final int BAND_GLYPHS = 40;

  /** A reading with this many lines whose starts were not read is short, however long the rest. */
  static final int LINES_WITHOUT_START = 3;

  private ShortReading() {}

  /** Whether {@code reading} of {@code image} (at {@code dpi}) is much shorter than its ink. */
  public static boolean of(OcrPage reading, BufferedImage image, int dpi) {
    return of(reading, InkGlyphs.count(image, dpi));
  }

  static boolean of(OcrPage reading, InkGlyphs ink) {
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
    return MissingLineStarts.count(reading, ink) >= LINES_WITHOUT_START;
  }
}
