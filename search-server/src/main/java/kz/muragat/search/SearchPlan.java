package kz.muragat.search;

import java.util.List;
import java.util.Map;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * One search as Lucene queries, made once by the {@link SearchPlanner} from the request and the
 * caller: the embedded index runs them, the SolrCloud backend renders them. So the access rule, the
 * filters, the dates and the order exist once, for both engines.
 *
 * @param words the user's query on document entries (each of its units matched through the
 *     caller's visible pages), or null for a blank query (every visible document)
 * @param pages the page entries a hit lists: pages 1… the caller may see that match any wanted unit
 *     of the query; null for a blank query
 * @param highlight the wanted units on page entries, for the terms snippets and hit boxes mark; null
 *     for a blank query
 * @param access the document entries the caller may see
 * @param facetFilters facet name → the filter on its values the request asks for
 * @param dates the request's date range as a filter, or null
 * @param after where a cursor says the page starts, or null
 * @param facets the facet dimensions to count (none when the request asks for no facets)
 */
public record SearchPlan(
    Query words,
    Query pages,
    Query highlight,
    Query access,
    Map<String, Query> facetFilters,
    Query dates,
    SearchRequest.SortOrder order,
    FieldDoc after,
    int from,
    int size,
    boolean facets) {

  /** Matching pages listed per hit. */
  public static final int PAGES_PER_HIT = 20;

  /** The documents the search finds: its words, what the caller may see, the filters and dates. */
  public Query documents() {
    return documentsExcept(null);
  }

  /**
   * {@link #documents()} without the filter of facet {@code dim}, whose counts must show what
   * choosing another of its values would give.
   */
  public Query documentsExcept(String dim) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(words == null ? new MatchAllDocsQuery() : words, words == null ? Occur.FILTER : Occur.MUST);
    b.add(IndexSchema.documents(), Occur.FILTER);
    b.add(access, Occur.FILTER);
    for (Map.Entry<String, Query> f : facetFilters.entrySet()) {
      if (!f.getKey().equals(dim)) b.add(f.getValue(), Occur.FILTER);
    }
    if (dates != null) b.add(dates, Occur.FILTER);
    return b.build();
  }

  /** The order of hits; every order ends with the document id, so ties break the same way on every page. */
  public Sort sort() {
    return sort(order);
  }

  public static Sort sort(SearchRequest.SortOrder order) {
    SortField id = new SortField(IndexSchema.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case ID -> new Sort(id);
      case DATE_ASC -> {
        SortField f = new SortField(IndexSchema.DATE_FROM, SortField.Type.LONG);
        f.setMissingValue(Long.MAX_VALUE); // undated documents last
        yield new Sort(f, id);
      }
      case DATE_DESC -> {
        SortField f = new SortField(IndexSchema.DATE_FROM, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        yield new Sort(f, id);
      }
    };
  }

  /** The facet dimensions the request filters on. */
  public List<String> filteredDims() {
    return List.copyOf(facetFilters.keySet());
  }
}
