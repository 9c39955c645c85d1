package kz.muragat.analysis.fork;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;

/**
 * A tokenizer that reads no characters: it replays a {@link TokenList} handed to it as the
 * {@link TokenList#reader()} of its analyzer's {@code tokenStream} call. It lets an analyzer run
 * only the tail of a chain (lemmas, name variants) on tokens the shared head already produced,
 * with the analyzer's usual per-thread reuse of the tail's filters and their caches.
 */
final class ReplayTokenizer extends Tokenizer {
  private final TokenList.Cursor cursor = new TokenList.Cursor(this);

  @Override
  public void reset() throws IOException {
    super.reset();
    if (!(input instanceof TokenList.TokensReader r)) {
      throw new IllegalStateException("a replay tokenizer reads a TokenList, not characters");
    }
    cursor.start(r.tokens);
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    return cursor.increment();
  }

  @Override
  public void end() throws IOException {
    super.end();
    cursor.end();
  }

  @Override
  public void close() throws IOException {
    super.close();
    cursor.stop();
  }
}
