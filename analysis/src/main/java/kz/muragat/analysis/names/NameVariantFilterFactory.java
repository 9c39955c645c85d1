package kz.muragat.analysis.names;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link NameVariantFilter}. Expects lower-cased Cyrillic input (put {@code
 * muragatLatinCyrillic} before it for Latin spellings). Argument {@code key} (default true): also
 * emit the phonetic key.
 *
 * @lucene.spi {@value #NAME}
 */
public class NameVariantFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatNameVariant";

  private final boolean withKey;

  public NameVariantFilterFactory(Map<String, String> args) {
    super(args);
    withKey = getBoolean(args, "key", true);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public NameVariantFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new NameVariantFilter(input, withKey);
  }
}
