package kz.muragat.analysis.names;

import java.util.Map;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.ru.RussianLemmatizer;
import kz.muragat.analysis.ru.RussianProperNouns;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link NameVariantFilter}. Expects lower-cased tokens typed by {@code
 * muragatArchive} (which marks capitalised words). Arguments: {@code lexicon} (Kazakh hunspell
 * .dic path, default {@value KazakhLexicon#DEFAULT_PATH}; tells common Kazakh words), {@code key}
 * (default true: also emit the phonetic key), {@code query} (default false: true in a query-time
 * chain, where lower-case words may be names and Latin words are).
 *
 * @lucene.spi {@value #NAME}
 */
public class NameVariantFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatNameVariant";

  private final KazakhStemmer stemmer;
  private final boolean withKey;
  private final boolean query;

  public NameVariantFilterFactory(Map<String, String> args) {
    super(args);
    String path = get(args, "lexicon", KazakhLexicon.DEFAULT_PATH);
    withKey = getBoolean(args, "key", true);
    query = getBoolean(args, "query", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    stemmer = new KazakhStemmer(KazakhLexicon.get(path));
    RussianLemmatizer.dictionary();
    RussianProperNouns.load();
  }

  /** Default ctor for compatibility with SPI */
  public NameVariantFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new NameVariantFilter(input, stemmer, withKey, query);
  }
}
