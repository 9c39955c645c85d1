package kz.muragat.analysis.ru;

import java.util.List;
import kz.muragat.analysis.util.AlternativesFilter;
import kz.muragat.analysis.util.Letters;
import org.apache.lucene.analysis.TokenStream;

/**
 * Replaces each Cyrillic token (lower case expected) by its Russian lemma(s) from {@link
 * RussianLemmatizer}; alternates at the same position. Non-Cyrillic tokens pass unchanged.
 */
public final class RussianLemmaFilter extends AlternativesFilter {
  private final RussianLemmatizer lemmatizer;

  public RussianLemmaFilter(TokenStream input, boolean derivation) {
    super(input);
    this.lemmatizer = new RussianLemmatizer(derivation);
  }

  public RussianLemmaFilter(TokenStream input) {
    this(input, false);
  }

  @Override
  protected void analyze(String term, List<String> out) {
    if (Letters.isCyrillicWord(term)) {
      lemmatizer.analyze(term, out);
    }
  }
}
