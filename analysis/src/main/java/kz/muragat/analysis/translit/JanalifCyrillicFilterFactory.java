package kz.muragat.analysis.translit;

import java.util.Map;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link JanalifCyrillicFilter}. Expects lower-cased input. Argument: {@code lexicon}
 * (Kazakh hunspell .dic path, default {@value KazakhLexicon#DEFAULT_PATH}), which confirms words
 * written only in letters Jaŋalif shares with today's Kazakh Latin and the OCR readings ({@link
 * JanalifOcrReading}) stacked on a Jaŋalif word; {@link #normalize} gives one term per token, the
 * plain reading.
 *
 * @lucene.spi {@value #NAME}
 */
public class JanalifCyrillicFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatJanalif";

  private final KazakhStemmer stemmer;

  public JanalifCyrillicFilterFactory(Map<String, String> args) {
    super(args);
    KazakhLexicon lexicon = KazakhLexicon.get(get(args, "lexicon", KazakhLexicon.DEFAULT_PATH));
    stemmer = lexicon.isEmpty() ? null : new KazakhStemmer(lexicon);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public JanalifCyrillicFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new JanalifCyrillicFilter(input, stemmer);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new JanalifCyrillicFilter(input, stemmer, false); // one term per token
  }
}
