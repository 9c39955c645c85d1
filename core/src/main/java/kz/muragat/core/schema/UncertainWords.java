package kz.muragat.core.schema;

import kz.muragat.analysis.ocr.OcrReadings;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.core.model.WordBox;

/**
 * The words of a page the recogniser was unsure of, as the text of {@link IndexSchema#TEXT_OCR}:
 * the page text with every other word blanked out, so the uncertain ones keep their offsets (a
 * match in this field is boxed on the page like any other), each followed by what else the
 * recogniser thought it might read ({@link WordBox#alternatives()}, carried as {@link OcrReadings}:
 * a smudged word is found through its better reading, at its own place). Analysed with OCR keys ({@code
 * muragatOcrKey}), they let a query word meet a misread word by term lookup, where it would
 * otherwise need loose matching at query time — and only there: a word read with confidence has no
 * keys, so it is matched exactly (through morphology) and never loosely.
 *
 * <ul>
 *   <li>Tesseract pages: words below {@value #CONFIDENT} confidence (0–100);
 *   <li>imported OCR (ALTO, hOCR) without word confidences: every word, since nothing says which
 *       were read well;
 *   <li>text layers and text documents: none — their text is what the author typed.
 * </ul>
 */
public final class UncertainWords {
  /** Word confidence at or above which a Tesseract reading is taken as it stands. */
  public static final float CONFIDENT = 80f;

  private UncertainWords() {}

  /**
   * The page text with only its uncertain words left (the rest spaces), each followed by its other
   * readings ({@link OcrReadings}); empty if it has none.
   */
  public static String of(PageRecord page) {
    if (page.source() == PageSource.TEXT || page.source() == PageSource.TEXT_LAYER) return "";
    String text = page.text();
    StringBuilder out = null;
    int written = 0;
    for (WordBox w : page.words()) {
      if (!uncertain(page.source(), w)) continue;
      int from = Math.max(written, w.start()), to = Math.min(text.length(), w.end());
      if (to <= from) continue;
      if (out == null) out = new StringBuilder(text.length() + 64);
      pad(out, from - written);
      String word = OcrReadings.plain(text.substring(from, to));
      out.append(word);
      OcrReadings.append(out, word, w.alternatives());
      written = to;
    }
    if (out == null) return "";
    return pad(out, text.length() - written).toString();
  }

  private static StringBuilder pad(StringBuilder out, int spaces) {
    for (int i = 0; i < spaces; i++) out.append(' ');
    return out;
  }

  static boolean uncertain(PageSource source, WordBox w) {
    if (w.confidence() < 0) return source == PageSource.OCR_IMPORTED;
    return w.confidence() < CONFIDENT;
  }
}
