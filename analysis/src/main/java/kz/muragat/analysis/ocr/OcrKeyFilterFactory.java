package kz.muragat.analysis.ocr;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link OcrKeyFilter}.
 *
 * @lucene.spi {@value #NAME}
 */
public class OcrKeyFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatOcrKey";

  public OcrKeyFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public OcrKeyFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new OcrKeyFilter(input);
  }
}
