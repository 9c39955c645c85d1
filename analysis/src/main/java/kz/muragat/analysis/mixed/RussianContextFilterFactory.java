package kz.muragat.analysis.mixed;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link RussianContextFilter}: marks the words of running Russian text, for the
 * morphological filter after it. No arguments.
 *
 * @lucene.spi {@value #NAME}
 */
public class RussianContextFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatRussianContext";

  public RussianContextFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public RussianContextFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new RussianContextFilter(input);
  }
}
