package kz.muragat.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import kz.muragat.core.model.WordBox;

/**
 * Builds one page of imported OCR as the Tesseract path lays it out: words separated by spaces,
 * lines by newlines, blocks by blank lines; each word's box and confidence kept (-1 when the
 * format gives none), the page's confidence the mean of the words' that have one.
 */
final class OcrPageBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<WordBox> words = new ArrayList<>();
  private int pending; // before the next word: 0 space, 1 newline, 2 blank line
  private double confSum;
  private int confCount;

  /** A new block (paragraph) starts. */
  void block() {
    pending = Math.max(pending, 2);
  }

  /** A new line starts. */
  void line() {
    pending = Math.max(pending, 1);
  }

  /** A word in pixels; {@code conf} 0–100, or negative when unknown. Blank words are skipped. */
  void word(String w, int x, int y, int width, int height, float conf) {
    if (w == null || w.isBlank()) return;
    w = w.strip();
    if (text.length() > 0) text.append(pending == 2 ? "\n\n" : pending == 1 ? "\n" : " ");
    pending = 0;
    int start = text.length();
    text.append(w);
    words.add(new WordBox(w, x, y, width, height, conf, start, text.length()));
    if (conf >= 0) {
      confSum += conf;
      confCount++;
    }
  }

  /** A line-end hyphen after the last word. */
  void hyphen(String h) {
    if (text.length() > 0) text.append(h);
  }

  OcrSidecars.Page page(int width, int height) {
    return new OcrSidecars.Page(width, height, text.toString(), List.copyOf(words), confCount == 0 ? -1f : (float) (confSum / confCount));
  }
}
