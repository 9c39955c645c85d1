package kz.muragat.analysis.kk;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link KazakhStemFilter}. Argument {@code lexicon}: path of a hunspell .dic word list
 * (default {@value KazakhLexicon#DEFAULT_PATH}, from Debian's hunspell-kk); if the file is absent
 * the stemmer works by rules alone and logs one warning.
 *
 * <pre class="prettyprint">
 * &lt;filter name="muragatKazakhStem" lexicon="/usr/share/hunspell/kk_KZ.dic"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class KazakhStemFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatKazakhStem";

  private final KazakhStemmer stemmer;

  public KazakhStemFilterFactory(Map<String, String> args) {
    super(args);
    String path = get(args, "lexicon", KazakhLexicon.DEFAULT_PATH);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    stemmer = new KazakhStemmer(KazakhLexicon.get(path));
  }

  /** Default ctor for compatibility with SPI */
  public KazakhStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new KazakhStemFilter(input, stemmer);
  }
}
