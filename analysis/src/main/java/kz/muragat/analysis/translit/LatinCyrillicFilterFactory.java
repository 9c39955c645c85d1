package kz.muragat.analysis.translit;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link LatinCyrillicFilter}. Expects lower-cased input.
 *
 * @lucene.spi {@value #NAME}
 */
public class LatinCyrillicFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatLatinCyrillic";

  public LatinCyrillicFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public LatinCyrillicFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new LatinCyrillicFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
