package kz.muragat.analysis.normalize;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link PreReformFoldFilter}.
 *
 * @lucene.spi {@value #NAME}
 */
public class PreReformFoldFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatPreReform";

  public PreReformFoldFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public PreReformFoldFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PreReformFoldFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
