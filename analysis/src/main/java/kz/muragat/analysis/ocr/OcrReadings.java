package kz.muragat.analysis.ocr;

import java.util.List;

/**
 * How the other readings of a word the recogniser was unsure of travel inside one field value, so
 * that the same string, analysed by Lucene or by Solr, indexes them at the word's place: each
 * reading follows its word, introduced by {@link #MARK}: {@code сотыньң\uE000сотының\uE000сотынын}.
 * {@link OcrReadingsCharFilter} takes the readings out for the tokenizer, mapping them onto the
 * word's characters, and {@link OcrReadingsStackFilter} stacks them on the word's position. Offsets
 * are those of the text with the readings taken out.
 */
public final class OcrReadings {
  /** Introduces one other reading of the word before it (a private-use character no OCR writes). */
  public static final char MARK = '\uE000';

  private OcrReadings() {}

  /** Fewest letters and digits a reading needs: those of shorter words are mostly noise (ва, вв). */
  public static final int MIN_LETTERS = 3;

  /**
   * Appends {@code readings} of the word just written to {@code out}; readings that hold a space
   * or a mark, or equal the word, are left out, since they could not be one other word, and so are
   * readings with fewer than {@link #MIN_LETTERS} letters and digits (a smudged ва is not вв, the
   * abbreviation of век; the OCR-confusion keys cover short words).
   */
  public static void append(StringBuilder out, String word, List<String> readings) {
    for (String r : readings) {
      if (r.equals(word) || r.indexOf(MARK) >= 0 || r.chars().anyMatch(Character::isWhitespace)) continue;
      if (r.codePoints().filter(Character::isLetterOrDigit).count() < MIN_LETTERS) continue;
      out.append(MARK).append(r);
    }
  }

  /** {@code text} with any mark in it made a space, so that it reads as text only. */
  public static String plain(String text) {
    return text.indexOf(MARK) < 0 ? text : text.replace(MARK, ' ');
  }
}
