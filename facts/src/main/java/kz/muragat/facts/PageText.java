package kz.muragat.facts;

/**
 * One page's text as the index holds it (OCR'd, imported or from a text layer).
 *
 * @param number the page number, from 1
 * @param text the page's text; spans of facts are offsets into it
 */
public record PageText(int number, String text) {
  public PageText {
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1: " + number);
    }
    text = text == null ? "" : text;
  }
}
