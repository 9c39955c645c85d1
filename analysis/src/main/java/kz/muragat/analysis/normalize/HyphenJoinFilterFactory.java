package kz.muragat.analysis.normalize;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link HyphenJoinFilter}: a hyphenated word also without its hyphens, at its
 * position. No arguments.
 *
 * @lucene.spi {@value #NAME}
 */
public class HyphenJoinFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatHyphenJoin";

  public HyphenJoinFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public HyphenJoinFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new HyphenJoinFilter(input);
  }
}
