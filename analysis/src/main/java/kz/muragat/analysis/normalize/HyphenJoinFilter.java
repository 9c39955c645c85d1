package kz.muragat.analysis.normalize;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A word written with hyphens between letters is also the same word without them, at the same
 * position: {@code контр-революционной} meets {@code контрреволюционной} (Soviet typists wrote both),
 * {@code Алма-Ата} meets {@code Алмаата}. The written word stays first, so a phrase or a query that
 * types the hyphen matches as before.
 *
 * <p>The parts are not indexed alone: a judge, as a reader, does not take {@code чёрно-белый} for
 * {@code белый}, nor the Kazakh paired word {@code ата-ана} "parents" for {@code ата} "father". Words
 * with digits ({@code 58-10}, {@code 1937-38}) are codes and left as they are.
 */
public final class HyphenJoinFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private String joined;
  private State word;

  public HyphenJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (joined != null) {
      restoreState(word);
      termAtt.setEmpty().append(joined);
      posIncAtt.setPositionIncrement(0);
      joined = null;
      return true;
    }
    if (!input.incrementToken()) return false;
    joined = joined(termAtt);
    if (joined != null) word = captureState();
    return true;
  }

  /**
   * The term without its hyphens, or null when it has no hyphen between letters or holds anything
   * but letters and hyphens.
   */
  static String joined(CharSequence term) {
    int n = term.length();
    StringBuilder out = null;
    for (int i = 0; i < n; i++) {
      char c = term.charAt(i);
      if (isHyphen(c)) {
        if (i == 0 || i == n - 1 || isHyphen(term.charAt(i - 1))) return null;
        if (out == null) out = new StringBuilder(n).append(term, 0, i);
      } else if (!Character.isLetter(c)) {
        return null;
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? null : out.toString();
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    joined = null;
    word = null;
  }
}
