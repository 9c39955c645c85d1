package kz.muragat.analysis.normalize;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Character-level clean-up of OCR'd archive text, before tokenization, with exact offset
 * correction back to the original text:
 *
 * <ul>
 *   <li>Unicode NFC: a base letter followed by combining marks is composed (е + U+0308 → ё, и +
 *       U+0306 → й);
 *   <li>stress marks U+0301 and U+0300 and soft hyphens U+00AD are dropped;
 *   <li>ё → е, Ё → Е;
 *   <li>a word hyphenated across a line end ({@code объ-}, newline, {@code ективно}) is joined: the
 *       hyphen (-, U+2010, U+2011 or U+00AD), the line break and the indentation around it are
 *       dropped when a letter precedes the hyphen and a lower-case letter follows the break. A token
 *       made of both parts has offsets spanning both parts in the original.
 * </ul>
 *
 * The filter reads its whole input on the first read (archive pages are small).
 */
public final class ArchiveCharFilter extends BaseCharFilter {
  private char[] out;
  private int outLen;
  private int pos;

  public ArchiveCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (out == null) {
      fill();
    }
    if (pos >= outLen) {
      return -1;
    }
    int n = Math.min(len, outLen - pos);
    System.arraycopy(out, pos, cbuf, off, n);
    pos += n;
    return n;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AD';
  }

  private static boolean isDropped(char c) {
    return c == '\u0301' || c == '\u0300' || c == '\u00AD';
  }

  private void fill() throws IOException {
    StringBuilder inSb = new StringBuilder();
    char[] buf = new char[4096];
    int r;
    while ((r = input.read(buf)) != -1) {
      inSb.append(buf, 0, r);
    }
    int n = inSb.length();
    char[] src = new char[n];
    inSb.getChars(0, n, src, 0);
    char[] dst = new char[n];
    int o = 0;
    int diff = 0;
    int i = 0;
    while (i < n) {
      char c = src[i];
      if (isHyphen(c) && o > 0 && Character.isLetter(dst[o - 1])) {
        int j = i + 1;
        while (j < n && (src[j] == ' ' || src[j] == '\t' || isDropped(src[j]))) {
          j++;
        }
        if (j < n && (src[j] == '\r' || src[j] == '\n')) {
          if (src[j] == '\r' && j + 1 < n && src[j + 1] == '\n') {
            j++;
          }
          j++;
          while (j < n && (src[j] == ' ' || src[j] == '\t')) {
            j++;
          }
          if (j < n && Character.isLowerCase(src[j])) {
            diff += j - i;
            addOffCorrectMap(o, diff);
            i = j;
            continue;
          }
        }
      }
      if (isDropped(c)) {
        diff++;
        addOffCorrectMap(o, diff);
        i++;
        continue;
      }
      if (Character.getType(c) == Character.NON_SPACING_MARK && o > 0) {
        String composed = Normalizer.normalize(new String(new char[] {dst[o - 1], c}), Normalizer.Form.NFC);
        if (composed.length() == 1) {
          dst[o - 1] = fold(composed.charAt(0));
          diff++;
          addOffCorrectMap(o, diff);
          i++;
          continue;
        }
      }
      dst[o++] = fold(c);
      i++;
    }
    out = dst;
    outLen = o;
  }

  private static char fold(char c) {
    switch (c) {
      case 'ё':
        return 'е';
      case 'Ё':
        return 'Е';
      default:
        return c;
    }
  }
}
