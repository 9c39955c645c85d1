package kz.muragat.analysis.translit;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rewrites lower-case all-Latin tokens in Cyrillic ({@link LatinToCyrillic}), so that {@code
 * Baitursynov}, {@code Baitūrsynūly} and {@code Bajtursynov} meet the Cyrillic spellings in later
 * filters. Tokens with any non-Latin letter, or none, pass unchanged; keyword tokens too. Whole-term
 * replacement: offsets and positions are untouched.
 */
public final class LatinCyrillicFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  public LatinCyrillicFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword() && LatinToCyrillic.isLatinWord(termAtt)) {
      String c = LatinToCyrillic.convert(termAtt.toString());
      termAtt.setEmpty().append(c);
    }
    return true;
  }
}
