package kz.muragat.analysis.ocr;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Puts a word's other readings ({@link OcrReadingsCharFilter}) at the word's position: a token that
 * starts where the token before it started (or before: a reading of a word the tokenizer cut in
 * two) is a reading of the same word, so it takes that token's position and offsets: offsets never
 * go backwards, phrases pass through a reading, and a word's readings do not make its page look
 * longer to scoring.
 */
public final class OcrReadingsStackFilter extends TokenFilter {
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private int lastStart = -1, lastEnd = -1;

  public OcrReadingsStackFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (offsetAtt.startOffset() <= lastStart) {
      posIncAtt.setPositionIncrement(0);
      offsetAtt.setOffset(lastStart, lastEnd);
    }
    lastStart = offsetAtt.startOffset();
    lastEnd = offsetAtt.endOffset();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    lastStart = lastEnd = -1;
  }
}
