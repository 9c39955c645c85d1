package kz.muragat.analysis.util;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Base for filters that replace a token by one or more analyses (lemmas, stems). The first analysis
 * replaces the token text in place (offsets and position increment unchanged); the others follow at
 * the same position (position increment 0) with the same offsets. Tokens marked as keywords pass
 * unchanged. An analysis may instead {@linkplain #drop() drop} the token: its position stays a gap,
 * so phrases never join the words on either side of it.
 */
public abstract class AlternativesFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final List<String> out = new ArrayList<>();
  private int next;
  private State state;
  private boolean dropped;
  private int skippedPositions;

  protected AlternativesFilter(TokenStream input) {
    super(input);
  }

  /**
   * Adds the analyses of {@code term} to {@code out}, best first. Leaving {@code out} empty keeps
   * the token unchanged; calling {@link #drop()} removes it.
   */
  protected abstract void analyze(String term, List<String> out);

  /** Called from {@link #analyze}: the token being analysed is left out of the stream. */
  protected final void drop() {
    dropped = true;
  }

  @Override
  public final boolean incrementToken() throws IOException {
    if (state != null && next < out.size()) {
      restoreState(state);
      termAtt.setEmpty().append(out.get(next++));
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    state = null;
    while (input.incrementToken()) {
      if (keywordAtt.isKeyword()) {
        return emitAfterSkipped();
      }
      out.clear();
      dropped = false;
      analyze(termAtt.toString(), out);
      if (dropped) {
        skippedPositions += posIncAtt.getPositionIncrement();
        continue;
      }
      dedupe(out);
      if (!out.isEmpty()) {
        termAtt.setEmpty().append(out.get(0));
        if (out.size() > 1) {
          emitAfterSkipped();
          state = captureState();
          next = 1;
          return true;
        }
      }
      return emitAfterSkipped();
    }
    return false;
  }

  private boolean emitAfterSkipped() {
    if (skippedPositions > 0) {
      posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
      skippedPositions = 0;
    }
    return true;
  }

  private static void dedupe(List<String> l) {
    for (int i = l.size() - 1; i > 0; i--) {
      String s = l.get(i);
      if (s == null || s.isEmpty() || l.subList(0, i).contains(s)) {
        l.remove(i);
      }
    }
    if (!l.isEmpty() && (l.get(0) == null || l.get(0).isEmpty())) {
      l.remove(0);
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    // positions of dropped tokens at the end still count, as in FilteringTokenFilter
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    state = null;
    out.clear();
    next = 0;
    dropped = false;
    skippedPositions = 0;
  }
}
