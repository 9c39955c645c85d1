package kz.muragat.analysis.tokenize;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Word tokenizer for archive text. A token is a run of letters and digits (with their combining
 * marks), kept whole across internal connectors:
 *
 * <ul>
 *   <li>a hyphen (-, U+2010, U+2011) between two letters or digits: hyphenated words and codes stay
 *       one token ({@code Алма-Ата, ата-ана, северо-западный, 1930-х, Ту-154, 2-й}), so a search
 *       for the compound does not match its parts scattered over a page and the lemmatizers see
 *       the whole word;
 *   <li>an apostrophe (', U+2019, U+02BC) between letters ({@code O'Neil}, Kazakh Latin {@code
 *       Qazaq'stan});
 *   <li>a period or comma between digits ({@code 3.14, 999,9}).
 * </ul>
 *
 * Everything else separates tokens. Tokens longer than {@link #MAX_TOKEN_LENGTH} chars are cut.
 * Types: {@code <ALPHANUM>} (has a letter) or {@code <NUM>}. Reads the whole input on reset.
 */
public final class ArchiveTokenizer extends Tokenizer {
  public static final int MAX_TOKEN_LENGTH = 255;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final StringBuilder text = new StringBuilder();
  private int pos;
  private int finalOffset;

  public ArchiveTokenizer() {}

  public ArchiveTokenizer(AttributeFactory factory) {
    super(factory);
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    int n = text.length();
    while (pos < n && !isWordChar(text.codePointAt(pos))) {
      pos += Character.charCount(text.codePointAt(pos));
    }
    if (pos >= n) {
      return false;
    }
    int start = pos;
    boolean letter = false;
    while (pos < n) {
      int cp = text.codePointAt(pos);
      if (isWordChar(cp)) {
        if (Character.isLetter(cp)) {
          letter = true;
        }
        int next = pos + Character.charCount(cp);
        if (next - start > MAX_TOKEN_LENGTH) {
          break;
        }
        pos = next;
        continue;
      }
      char c = text.charAt(pos);
      if (pos > start && pos + 1 < n) {
        int prev = text.codePointBefore(pos);
        int after = text.codePointAt(pos + 1);
        boolean join =
            (isHyphen(c) && isWordChar(prev) && isWordChar(after))
                || (isApostrophe(c) && Character.isLetter(prev) && Character.isLetter(after))
                || ((c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(after));
        if (join && pos + 1 - start < MAX_TOKEN_LENGTH) {
          pos++;
          continue;
        }
      }
      break;
    }
    termAtt.setEmpty().append(text, start, pos);
    offsetAtt.setOffset(correctOffset(start), correctOffset(pos));
    posIncAtt.setPositionIncrement(1);
    typeAtt.setType(letter ? "<ALPHANUM>" : "<NUM>");
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    char[] buf = new char[4096];
    int r;
    while ((r = input.read(buf)) != -1) {
      text.append(buf, 0, r);
    }
    pos = 0;
    finalOffset = correctOffset(text.length());
  }
}
