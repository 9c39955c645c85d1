package kz.muragat.analysis.ru;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link RussianLemmaFilter}. Argument {@code derivation} (default false) adds the
 * -ация/-ировать derivational root as an extra term.
 *
 * @lucene.spi {@value #NAME}
 */
public class RussianLemmaFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatRussianLemma";

  private final boolean derivation;

  public RussianLemmaFilterFactory(Map<String, String> args) {
    super(args);
    derivation = getBoolean(args, "derivation", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    RussianLemmatizer.dictionary();
  }

  /** Default ctor for compatibility with SPI */
  public RussianLemmaFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new RussianLemmaFilter(input, derivation);
  }
}
