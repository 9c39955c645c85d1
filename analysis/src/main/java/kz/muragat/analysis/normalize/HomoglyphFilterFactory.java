package kz.muragat.analysis.normalize;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link HomoglyphFilter}.
 *
 * @lucene.spi {@value #NAME}
 */
public class HomoglyphFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatHomoglyph";

  public HomoglyphFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public HomoglyphFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new HomoglyphFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
