package kz.muragat.analysis.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.TokenFilterFactory;

/**
 * Analyses a text for several fields whose chains share a head (char filters, tokenizer, first
 * filters) by running the head once and replaying its tokens into each field's remaining
 * filters. The result is what each full chain gives on the same text — terms, offsets,
 * positions, final offset — at the cost of one head plus the tails.
 *
 * <p>Built from the full {@link CustomAnalyzer}s themselves (their tails are their own filter
 * factories after the head's), so the fork cannot drift from the field analyzers. Thread-safe:
 * the head and tails are analyzers with Lucene's per-thread reuse.
 */
public final class TextFork {
  private final Analyzer head;
  private final List<Analyzer> tails;

  /**
   * @param head the shared chain; its tokens are returned as the first list
   * @param fulls full chains that start with exactly {@code head}'s char filters, tokenizer and
   *     filters; for each, only the filters after those run
   */
  public TextFork(CustomAnalyzer head, List<CustomAnalyzer> fulls) {
    this.head = head;
    this.tails = fulls.stream().map(f -> tail(head, f)).toList();
  }

  /**
   * The tokens of {@code text}: the head's, then each full chain's, in the order given to the
   * constructor. {@code field} is passed to the analyzers (ours do not depend on it).
   */
  public List<TokenList> analyze(String field, String text) {
    try {
      TokenList normalized = TokenList.capture(head.tokenStream(field, text));
      TokenList[] out = new TokenList[tails.size() + 1];
      out[0] = normalized;
      for (int i = 0; i < tails.size(); i++) {
        out[i + 1] = TokenList.capture(tails.get(i).tokenStream(field, normalized.reader()));
      }
      return List.of(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analyzer tail(CustomAnalyzer head, CustomAnalyzer full) {
    List<TokenFilterFactory> h = head.getTokenFilterFactories();
    List<TokenFilterFactory> f = full.getTokenFilterFactories();
    boolean prefix =
        full.getCharFilterFactories().size() == head.getCharFilterFactories().size()
            && full.getTokenizerFactory().getClass() == head.getTokenizerFactory().getClass()
            && f.size() >= h.size();
    for (int i = 0; prefix && i < head.getCharFilterFactories().size(); i++) {
      prefix = full.getCharFilterFactories().get(i).getClass() == head.getCharFilterFactories().get(i).getClass();
    }
    for (int i = 0; prefix && i < h.size(); i++) prefix = f.get(i).getClass() == h.get(i).getClass();
    if (!prefix) throw new IllegalArgumentException("the chain does not start with the shared head: " + full);
    List<TokenFilterFactory> rest = List.copyOf(f.subList(h.size(), f.size()));
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        ReplayTokenizer source = new ReplayTokenizer();
        TokenStream ts = source;
        for (TokenFilterFactory factory : rest) ts = factory.create(ts);
        return new TokenStreamComponents(source, ts);
      }
    };
  }
}
