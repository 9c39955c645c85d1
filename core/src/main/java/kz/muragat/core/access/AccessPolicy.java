package kz.muragat.core.access;

import java.util.ArrayList;
import java.util.List;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Who may see which entries, as Lucene queries — the one rule every answer goes through (hits,
 * totals, facets, snippets, suggestions, documents, pages, images, hit boxes), on every engine: the
 * embedded index runs these queries, the SolrCloud backend renders the same ones.
 *
 * <p>Built only from what the caller holds, never from what the index holds: an entry is visible
 * when each of its levels is one of the caller's. An entry with a level nobody listed, a level
 * the index grew after the caller's query was built, or a misspelt level is therefore invisible —
 * access fails closed by construction. An administrator sees everything.
 */
public final class AccessPolicy {
  private AccessPolicy() {}

  /** Document entries the caller may see: their document's level is one of the caller's. */
  public static Query documents(Viewer viewer) {
    return viewer.admin() ? new MatchAllDocsQuery() : levelIn(IndexSchema.ACCESS, viewer);
  }

  /**
   * Page entries the caller may see: they hold the document's level and the level the page needs
   * ({@link IndexSchema#ACCESS_PAGE}, its own or the document's).
   */
  public static Query pages(Viewer viewer) {
    if (viewer.admin()) return IndexSchema.pages();
    return new BooleanQuery.Builder()
        .add(levelIn(IndexSchema.ACCESS, viewer), Occur.FILTER)
        .add(levelIn(IndexSchema.ACCESS_PAGE, viewer), Occur.FILTER)
        .build();
  }

  private static Query levelIn(String field, Viewer viewer) {
    List<BytesRef> levels = new ArrayList<>();
    for (String l : viewer.levels()) levels.add(new BytesRef(l));
    return new TermInSetQuery(field, levels);
  }
}
