package kz.muragat.analysis.ocr;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link OcrReadingsStackFilter}; goes right after the tokenizer.
 *
 * <pre class="prettyprint">
 * &lt;filter name="muragatOcrReadingsStack"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class OcrReadingsStackFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatOcrReadingsStack";

  public OcrReadingsStackFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public OcrReadingsStackFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new OcrReadingsStackFilter(input);
  }
}
