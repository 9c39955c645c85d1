package kz.muragat.analysis.ocr;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Decodes a word's other readings ({@link OcrReadings}) into words of their own for the
 * tokenizer: {@code сотыньң\uE000сотының} reads as {@code сотыньң сотының}, and every reading's
 * offsets fall on the word's own characters (its first character on the word's first, its end on
 * the word's end, the rest spread evenly between), so a match on a reading is boxed where the word
 * stands on the page.
 * The text after a reading keeps its offsets in the text without readings.
 */
public final class OcrReadingsCharFilter extends BaseCharFilter {
  private String out;
  private int pos;

  public OcrReadingsCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (out == null) out = decode(readAll());
    if (pos >= out.length()) return -1;
    int n = Math.min(len, out.length() - pos);
    out.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private String readAll() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    for (int n; (n = input.read(buf)) != -1; ) sb.append(buf, 0, n);
    return sb.toString();
  }

  /** The text with each reading made a word of its own, recording where its offsets map. */
  private String decode(String in) {
    if (in.indexOf(OcrReadings.MARK) < 0) return in;
    StringBuilder sb = new StringBuilder(in.length() + 16);
    int plain = 0; // offset in the text without readings
    int wordStart = 0; // where the word the next reading belongs to starts, in that text
    for (int i = 0; i < in.length(); ) {
      char c = in.charAt(i);
      if (c != OcrReadings.MARK) {
        if (Character.isWhitespace(c)) wordStart = plain + 1;
        else if (i == 0 || Character.isWhitespace(in.charAt(i - 1))) wordStart = plain;
        sb.append(c);
        plain++;
        i++;
        continue;
      }
      int end = i + 1;
      while (end < in.length() && in.charAt(end) != OcrReadings.MARK && !Character.isWhitespace(in.charAt(end))) end++;
      // a space (at the word's end), the reading spread over the word's characters, then the text goes on
      sb.append(' ');
      int length = end - i - 1, word = plain - wordStart;
      for (int j = 0; j < length; j++) {
        correct(sb.length(), wordStart + (int) ((long) j * word / length));
        sb.append(in.charAt(i + 1 + j));
      }
      correct(sb.length(), plain);
      i = end;
    }
    return sb.toString();
  }

  /** From output offset {@code at} on, offsets map to {@code to} and onwards. */
  private void correct(int at, int to) {
    addOffCorrectMap(at, to - at);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    out = null;
    pos = 0;
  }
}
