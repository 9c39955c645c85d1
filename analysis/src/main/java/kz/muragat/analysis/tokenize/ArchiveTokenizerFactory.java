package kz.muragat.analysis.tokenize;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link ArchiveTokenizer}.
 *
 * <pre class="prettyprint">
 * &lt;tokenizer name="muragatArchive"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class ArchiveTokenizerFactory extends TokenizerFactory {
  /** SPI name */
  public static final String NAME = "muragatArchive";

  public ArchiveTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public ArchiveTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public ArchiveTokenizer create(AttributeFactory factory) {
    return new ArchiveTokenizer(factory);
  }
}
