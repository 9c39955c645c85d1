package kz.muragat.analysis.ocr;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link OcrReadingsCharFilter}; goes first, before {@code muragatArchive}.
 *
 * <pre class="prettyprint">
 * &lt;charFilter name="muragatOcrReadings"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class OcrReadingsCharFilterFactory extends CharFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatOcrReadings";

  public OcrReadingsCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public OcrReadingsCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new OcrReadingsCharFilter(input);
  }
}
