package kz.muragat.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.core.access.AccessPolicy;
import kz.muragat.core.access.Viewer;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.BytesRef;

/**
 * Makes the {@link SearchPlan} of a request: checks paging, parses the user's text, matches each of
 * its units through the pages the caller may see, and adds the caller's access and the request's
 * filters, dates and order.
 *
 * <p>A unit of the query ({@link PageMatch}: a word over the text fields, a phrase, a prefix)
 * becomes a block join: the documents with a visible page that matches it, scored by their best
 * such page. The query's structure (all words, alternatives, exclusions) is kept between units,
 * so {@code Абильев реабилитирован} finds a case file whose pages hold one word each, and {@code
 * -расстрел} leaves out a document when any page the caller may see says it.
 */
public final class SearchPlanner {
  /** Deepest result position reachable with from/size. */
  public static final int MAX_WINDOW = 10_000;

  public static final int MAX_SIZE = 100;

  /** Most facet values one request may filter on (all dimensions together). */
  public static final int MAX_FILTER_VALUES = 100;

  /** The document entries, as block joins need them: the last entry of each file's block. */
  static final BitSetProducer DOCUMENTS = new QueryBitSetProducer(IndexSchema.documents());

  private final UserQueryParser parser;

  /** The document entries of a segment (each the last entry of its file's block); null if it has none. */
  public static org.apache.lucene.util.BitSet documentEntries(org.apache.lucene.index.LeafReaderContext leaf) throws java.io.IOException {
    return DOCUMENTS.getBitSet(leaf);
  }

  public SearchPlanner(UserQueryParser parser) {
    this.parser = parser;
  }

  public UserQueryParser parser() {
    return parser;
  }

  public SearchPlan plan(SearchRequest req, Viewer viewer, UserQueryParser.DocumentFields fields) throws QueryParseException {
    int from = req.from(), size = req.size();
    if (from < 0 || size < 0) throw new QueryParseException(QueryParseException.Reason.PAGING, "from and size must not be negative");
    if (size > MAX_SIZE) throw new QueryParseException(QueryParseException.Reason.PAGING, "size must be at most " + MAX_SIZE);
    if (req.cursor() != null && from != 0) throw new QueryParseException(QueryParseException.Reason.PAGING, "use either from or cursor, not both");
    if ((long) from + size > MAX_WINDOW) {
      throw new QueryParseException(QueryParseException.Reason.PAGING, "from + size must be at most " + MAX_WINDOW + "; page deeper with the cursor (next_cursor)");
    }
    SearchRequest.SortOrder order = effectiveSort(req);
    var after = req.cursor() == null ? null : Cursors.decode(req.cursor(), order);
    Query parsed = req.blank() ? null : parser.parse(req.q(), req.syntax(), fields);
    Query visiblePages = AccessPolicy.pages(viewer);
    Query words = parsed == null ? null : documentsMatching(parsed, visiblePages);
    Query highlight = parsed == null ? null : wantedUnits(parsed);
    Query pages = highlight == null ? null : listedPages(highlight, visiblePages);
    return new SearchPlan(
        words, pages, highlight, AccessPolicy.documents(viewer), facetFilters(req), dates(req), order, after, from, size, req.withFacets());
  }

  /** A blank query has no relevance: it lists by id unless a date order is asked for. */
  public static SearchRequest.SortOrder effectiveSort(SearchRequest req) {
    return req.blank() && req.sort() == SearchRequest.SortOrder.RELEVANCE ? SearchRequest.SortOrder.ID : req.sort();
  }

  /** The parsed query on document entries: every {@link PageMatch} through the visible pages. */
  static Query documentsMatching(Query q, Query visiblePages) {
    if (q instanceof PageMatch m) {
      return new PagesToDocuments(new BooleanQuery.Builder().add(m.query(), Occur.MUST).add(visiblePages, Occur.FILTER).build());
    }
    if (q instanceof BoostQuery b) return new BoostQuery(documentsMatching(b.getQuery(), visiblePages), b.getBoost());
    if (q instanceof ConstantScoreQuery c) return new ConstantScoreQuery(documentsMatching(c.getQuery(), visiblePages));
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      for (BooleanClause c : b.clauses()) out.add(documentsMatching(c.getQuery(), visiblePages), c.getOccur());
      return out.build();
    }
    return q; // a query on the document entry's own fields (title:, metadata)
  }

  /** The units the query wants (not those it excludes), on page entries, as one disjunction; null if none. */
  static Query wantedUnits(Query q) {
    List<Query> units = new ArrayList<>();
    collectWanted(q, units);
    if (units.isEmpty()) return null;
    if (units.size() == 1) return units.get(0);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query u : units) b.add(u, Occur.SHOULD);
    return b.build();
  }

  private static void collectWanted(Query q, List<Query> out) {
    if (q instanceof PageMatch m) out.add(m.query());
    else if (q instanceof BoostQuery b) collectWanted(b.getQuery(), out);
    else if (q instanceof ConstantScoreQuery c) collectWanted(c.getQuery(), out);
    else if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) if (c.getOccur() != Occur.MUST_NOT) collectWanted(c.getQuery(), out);
    }
  }

  /** Pages a hit lists: numbered pages (not page 0, the document's own words) that match a wanted unit. */
  private static Query listedPages(Query wanted, Query visiblePages) {
    return new BooleanQuery.Builder()
        .add(wanted, Occur.MUST)
        .add(visiblePages, Occur.FILTER)
        .add(IntPoint.newRangeQuery(IndexSchema.PAGE, 1, Integer.MAX_VALUE), Occur.FILTER)
        .build();
  }

  /** One filter per facet: any of its chosen values (indexed as terms of {@code facet.<name>}). */
  static Map<String, Query> facetFilters(SearchRequest req) throws QueryParseException {
    Map<String, Query> out = new LinkedHashMap<>();
    int values = 0;
    for (Map.Entry<String, List<String>> f : req.filters().entrySet()) {
      values += f.getValue().size();
      if (values > MAX_FILTER_VALUES) {
        throw new QueryParseException(QueryParseException.Reason.FILTERS, "too many filter values: at most " + MAX_FILTER_VALUES + " in one request");
      }
      String field = IndexSchema.FACET_PREFIX + f.getKey();
      List<BytesRef> terms = new ArrayList<>();
      for (String v : f.getValue()) terms.add(new BytesRef(v));
      out.put(f.getKey(), terms.size() == 1 ? new TermQuery(new Term(field, terms.get(0))) : new TermInSetQuery(field, terms));
    }
    return out;
  }

  /** Documents whose date range [from, to] overlaps the request's; null without dates. */
  static Query dates(SearchRequest req) {
    if (req.dateFrom() == null && req.dateTo() == null) return null;
    long lo = req.dateFrom() == null ? Long.MIN_VALUE : req.dateFrom().toEpochDay();
    long hi = req.dateTo() == null ? Long.MAX_VALUE : req.dateTo().toEpochDay();
    return new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(IndexSchema.DATE_FROM, Long.MIN_VALUE, hi), Occur.FILTER)
        .add(LongPoint.newRangeQuery(IndexSchema.DATE_TO, lo, Long.MAX_VALUE), Occur.FILTER)
        .build();
  }
}
