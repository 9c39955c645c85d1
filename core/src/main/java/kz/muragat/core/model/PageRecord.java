package kz.muragat.core.model;

import java.util.List;

/**
 * Everything kept about one page: text, word boxes with confidences, page size and the name of its
 * browser-friendly image inside the document's store folder ({@code null} when the page has no
 * image, e.g. a DOCX).
 *
 * @param number 1-based page number
 * @param confidence mean word confidence 0–100, or -1 when the text was not recognised by OCR
 */
public record PageRecord(
    int number,
    PageSource source,
    String text,
    int width,
    int height,
    float confidence,
    String image,
    List<WordBox> words) {

  public PageRecord {
    text = text == null ? "" : text;
    words = words == null ? List.of() : List.copyOf(words);
  }
}
