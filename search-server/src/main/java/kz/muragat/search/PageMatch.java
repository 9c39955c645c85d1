package kz.muragat.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * One unit of a user's query that pages match — a word over the text fields, a phrase, a prefix —
 * as the parser made it. The {@link SearchPlanner} turns each into a match of the documents whose
 * visible pages match it (block join), so the words of one query may be on different pages of a
 * document; on its own (as here) it is the query on page entries.
 */
public final class PageMatch extends Query {
  private final Query query;

  public PageMatch(Query query) {
    this.query = Objects.requireNonNull(query);
  }

  /** The query on page entries. */
  public Query query() {
    return query;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return query;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return searcher.rewrite(query).createWeight(searcher, scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "pages(" + query.toString(field) + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && query.equals(((PageMatch) o).query);
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + query.hashCode();
  }
}
