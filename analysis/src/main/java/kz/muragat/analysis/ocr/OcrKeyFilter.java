package kz.muragat.analysis.ocr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, after each token, its OCR-confusion keys ({@link OcrConfusions#keys}) at the same position
 * and with the same offsets, marked as keywords so that later filters (lemmas, stems) leave them
 * alone. Used on the text of words the recogniser was unsure of, and on query words looked for
 * in it.
 */
public final class OcrKeyFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final List<String> keys = new ArrayList<>(2);
  private int next;
  private State state;

  public OcrKeyFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (state != null && next < keys.size()) {
      restoreState(state);
      termAtt.setEmpty().append(keys.get(next++));
      posIncAtt.setPositionIncrement(0);
      keywordAtt.setKeyword(true);
      return true;
    }
    state = null;
    if (!input.incrementToken()) return false;
    keys.clear();
    next = 0;
    if (!keywordAtt.isKeyword()) OcrConfusions.keys(termAtt.toString(), keys);
    if (!keys.isEmpty()) state = captureState();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    keys.clear();
    state = null;
    next = 0;
  }
}
