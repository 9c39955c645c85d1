package kz.muragat.analysis.translit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.muragat.analysis.kk.KazakhStemmer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rewrites Kazakh words written in Jaŋalif (the Latin alphabet of 1929–1940) in Cyrillic ({@link
 * JanalifToCyrillic}), so that {@code aqtaldƅ} is indexed as {@code ақталды} and every later filter
 * — Kazakh stems, name variants — treats it as the Cyrillic word; the stored text keeps its Latin
 * spelling. A lower-case token is rewritten when it has a letter only Jaŋalif has ({@code ə ʙ ƣ ƶ
 * ꞑ ŋ ɵ ƅ ь}), or when it is made only of letters that read alike in Jaŋalif and in today's
 * Kazakh Latin and the Kazakh lexicon confirms its Cyrillic reading ({@code kelip} → {@code
 * келіп}); English {@code Smith} or a 2021-alphabet {@code aqtaldy} pass unchanged. Keyword tokens
 * pass too. Whole-term replacement: offsets and positions are untouched.
 */
public final class JanalifCyrillicFilter extends TokenFilter {
  /** Shorter words are confirmed by the lexicon too easily (English {@code on}, {@code as}). */
  static final int MIN_CONFIRMED_LENGTH = 3;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final KazakhStemmer stemmer;
  private final List<String> stems = new ArrayList<>();

  /** @param stemmer confirms plain-letter words through its lexicon; {@code null}: only words with Jaŋalif's own letters */
  public JanalifCyrillicFilter(TokenStream input, KazakhStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keywordAtt.isKeyword()) return true;
    if (JanalifToCyrillic.hasOwnLetter(termAtt)) {
      String c = JanalifToCyrillic.convert(termAtt.toString());
      termAtt.setEmpty().append(c);
    } else if (stemmer != null && termAtt.length() >= MIN_CONFIRMED_LENGTH && JanalifToCyrillic.onlySharedLetters(termAtt)) {
      String c = JanalifToCyrillic.convert(termAtt.toString());
      stems.clear();
      if (stemmer.lexicon().isNoun(c) || stemmer.stem(c, stems)) termAtt.setEmpty().append(c);
    }
    return true;
  }
}
