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
 * Kazakh word also gets its readings as a dictionary form), {@code typos} (default false: a Russian
 * word no dictionary knows also gets the lemma of the one known word a letter away — for the words
 * OCR was unsure of, never for a query).
 *
 * @lucene.spi {@value #NAME}
 */
public class MixedLemmaFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatMixedLemma";

  private final KazakhStemmer stemmer;
  private final boolean derivation;
  private final boolean query;
  private final boolean typos;

  public MixedLemmaFilterFactory(Map<String, String> args) {
    super(args);
    String path = get(args, "lexicon", KazakhLexicon.DEFAULT_PATH);
    derivation = getBoolean(args, "derivation", false);
    query = getBoolean(args, "query", false);
    typos = getBoolean(args, "typos", false);
    if (query && typos) {
      throw new IllegalArgumentException("typos are guessed for the page's words, not a query's");
    }
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
    return new MixedLemmaFilter(input, stemmer, derivation, query, typos);
  }
}
