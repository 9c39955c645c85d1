package kz.muragat.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * One unit of a user's query that pages match — a word over the text fields, a phrase, a prefix —
 * as the parser made it. The {@link SearchPlanner} turns each into a match of the documents whose
 * visible pages match it (block join), so the words of one query may be on different pages of a
 * document; on its own (as here) it is the query on page entries.
 */
public final class PageMatch extends PlanNode {
  public PageMatch(Query query) {
    super("pages", query);
  }

  /** The query on page entries. */
  public Query query() {
    return wrapped();
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return wrapped();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return searcher.rewrite(wrapped()).createWeight(searcher, scoreMode, boost);
  }
}
