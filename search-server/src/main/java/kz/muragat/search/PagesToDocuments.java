package kz.muragat.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * The document entries with a page that matches {@code pages}, scored by their best such page: a
 * block join over a file's block (its pages first, its document entry last). Kept as its own node
 * until it is run, so an engine that runs the plan elsewhere (SolrCloud's {@code {!parent}}) can
 * render it.
 */
public final class PagesToDocuments extends PlanNode {
  public PagesToDocuments(Query pages) {
    super("documents", pages);
  }

  /** The query on page entries (the caller's visible pages included). */
  public Query pages() {
    return wrapped();
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return new ToParentBlockJoinQuery(wrapped(), SearchPlanner.DOCUMENTS, ScoreMode.Max);
  }
}
