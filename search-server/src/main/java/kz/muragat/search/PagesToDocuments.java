package kz.muragat.search;

import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * The document entries with a page that matches {@code pages}, scored by their best such page: a
 * block join over a file's block (its pages first, its document entry last). Kept as its own node
 * until it is run, so an engine that runs the plan elsewhere (SolrCloud's {@code {!parent}}) can
 * render it.
 */
public final class PagesToDocuments extends Query {
  private final Query pages;

  public PagesToDocuments(Query pages) {
    this.pages = Objects.requireNonNull(pages);
  }

  /** The query on page entries (the caller's visible pages included). */
  public Query pages() {
    return pages;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return new ToParentBlockJoinQuery(pages, SearchPlanner.DOCUMENTS, ScoreMode.Max);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    pages.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "documents(" + pages.toString(field) + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && pages.equals(((PagesToDocuments) o).pages);
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + pages.hashCode();
  }
}
