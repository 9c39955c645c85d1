package kz.muragat.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything kept about one page: text, word boxes with confidences, page size and the name of its
 * browser-friendly image inside the document's store folder ({@code null} when the page has no
 * image, e.g. a DOCX).
 *
 * @param number 1-based page number
 * @param confidence mean word confidence 0–100, or -1 when the text was not recognised by OCR
 * @param languages the page's languages as the OCR judged them (ISO 639-1, main one first, e.g.
 *     {@code ["kk", "ru"]}); empty when not judged (text layers, imported OCR, older caches)
 * @param script the page's writing system (ISO 15924: {@code Cyrl}, {@code Latn}, or {@code
 *     Cyrl+Latn} when both carry text), {@code null} when not judged
 * @param lostText the OCR's reading holds much less text than the page's ink suggests (a stain or
 *     faded ink swallowed lines, or the starts of lines): its confidence speaks only for what was read, and a person
 *     should look at the page
 */
public record PageRecord(
    int number,
    PageSource source,
    String text,
    int width,
    int height,
    float confidence,
    String image,
    List<WordBox> words,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> languages,
    @JsonInclude(JsonInclude.Include.NON_NULL) String script,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean lostText) {

  public PageRecord {
    text = text == null ? "" : text;
    words = words == null ? List.of() : List.copyOf(words);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /** A page read in full (or not read by OCR). */
  public PageRecord(
      int number, PageSource source, String text, int width, int height, float confidence, String image, List<WordBox> words,
      List<String> languages, String script) {
    this(number, source, text, width, height, confidence, image, words, languages, script, false);
  }

  /** A page whose languages and script were not judged. */
  public PageRecord(
      int number, PageSource source, String text, int width, int height, float confidence, String image, List<WordBox> words) {
    this(number, source, text, width, height, confidence, image, words, List.of(), null, false);
  }
}
