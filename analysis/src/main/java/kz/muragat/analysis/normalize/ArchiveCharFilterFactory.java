package kz.muragat.analysis.normalize;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link ArchiveCharFilter}.
 *
 * <pre class="prettyprint">
 * &lt;charFilter name="muragatArchive"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class ArchiveCharFilterFactory extends CharFilterFactory {
  /** SPI name */
  public static final String NAME = "muragatArchive";

  public ArchiveCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public ArchiveCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new ArchiveCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
