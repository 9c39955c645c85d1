package kz.muragat.analysis.kk;

import java.util.List;
import kz.muragat.analysis.util.AlternativesFilter;
import kz.muragat.analysis.util.Letters;
import org.apache.lucene.analysis.TokenStream;

/**
 * Replaces each Cyrillic token (lower case expected) by its Kazakh stem(s) from {@link
 * KazakhStemmer}; a verb's voice-stripped root follows at the same position. Other tokens pass.
 */
public final class KazakhStemFilter extends AlternativesFilter {
  private final KazakhStemmer stemmer;

  public KazakhStemFilter(TokenStream input, KazakhStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  protected void analyze(String term, List<String> out) {
    if (Letters.isCyrillicWord(term)) {
      stemmer.stem(term, out);
    }
  }
}
