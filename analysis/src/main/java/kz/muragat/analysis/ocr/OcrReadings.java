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

  /**
   * Appends {@code readings} of the word just written to {@code out}; readings that are empty,
   * hold a space or a mark, or equal the word are left out, since they could not be one word.
   */
  public static void append(StringBuilder out, String word, List<String> readings) {
    for (String r : readings) {
      if (r.isEmpty() || r.equals(word) || r.indexOf(MARK) >= 0 || r.chars().anyMatch(Character::isWhitespace)) continue;
      out.append(MARK).append(r);
    }
  }

  /** {@code text} with any mark in it made a space, so that it reads as text only. */
  public static String plain(String text) {
    return text.indexOf(MARK) < 0 ? text : text.replace(MARK, ' ');
  }
}
