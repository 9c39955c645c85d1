package kz.muragat.analysis.mixed;

import java.util.Map;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.ru.RussianLemmatizer;
import kz.muragat.analysis.ru.RussianProperNouns;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link MixedLemmaFilter}. Arguments: {@code lexicon} (Kazakh hunspell .dic path,
 * default {@value KazakhLexicon#DEFAULT_PATH}), {@code derivation} (default false: add the Russian
 * -ация/-ировать root term), {@code query} (default false: true in a query-time chain, where a
 * Kazakh word also gets its readings as a dictionary form).
 *
 * @lucene.spi {@value #NAME}
 */
public class MixedLemmaFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatMixedLemma";

  private final KazakhStemmer stemmer;
  private final boolean derivation;
  private final boolean query;

  public MixedLemmaFilterFactory(Map<String, String> args) {
    super(args);
    String path = get(args, "lexicon", KazakhLexicon.DEFAULT_PATH);
    derivation = getBoolean(args, "derivation", false);
    query = getBoolean(args, "query", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    stemmer = new KazakhStemmer(KazakhLexicon.get(path));
    RussianLemmatizer.dictionary();
    RussianProperNouns.load();
  }

  /** Default ctor for compatibility with SPI */
  public MixedLemmaFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new MixedLemmaFilter(input, stemmer, derivation, query);
  }
}
