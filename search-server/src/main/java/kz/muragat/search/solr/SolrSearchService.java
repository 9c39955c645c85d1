package kz.muragat.search.solr;

import kz.muragat.core.schema.SolrFields;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.solr.client.SolrConnection;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.search.AbstractSearchBackend;
import kz.muragat.search.Cursors;
import kz.muragat.search.FacetCounter;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.QueryTerms;
import kz.muragat.search.SearchRequest;
import kz.muragat.search.SearchResults;
import kz.muragat.search.Suggestions;
import kz.muragat.core.access.Viewer;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.JavaBinCodec;

/**
 * The search API over a SolrCloud collection made from Muragat's configset and filled by {@code
 * muragat index --solr}. The user's query is parsed by Muragat's own parser and sent as Solr's
 * JSON Query DSL ({@link SolrQueryRenderer}); access levels, facet values and date ranges are
 * filter queries; facets are JSON facets that leave out their own filter; cursors are Solr's
 * cursorMark. Page text for snippets comes back from Solr ({@code page_text}); documents, page
 * images and hit boxes come from Muragat's store, which every server of a cluster must reach (a
 * shared filesystem). Scores use collection-wide statistics (the configset's ExactStatsCache), so
 * results rank as in one embedded index.
 */
public final class SolrSearchService extends AbstractSearchBackend {
  /** How long the list of facet dimensions is reused before it is asked again. */
  static final long DIMS_MILLIS = 10_000;

  private static final String DOC_FIELDS =
      String.join(",", IndexSchema.ID, IndexSchema.TITLE, IndexSchema.MEDIA_TYPE, IndexSchema.PAGE_COUNT, IndexSchema.META_JSON, IndexSchema.SHA256, IndexSchema.DATE_FROM, IndexSchema.PAGE_ACCESS, "score");

  /**
   * Scored requests go to each shard's leader: the OCR-tolerant fuzzy terms are expanded replica by
   * replica, and one replica per shard keeps a hit's score, and so the order, the same from one
   * request to the next. (Reads then scale with shards, not replicas.)
   */
  private static final String SHARDS_PREFERENCE = "shards.preference";

  private static final String LEADERS = "replica.leader:true";

  /** Up to this offset + size, hits are fetched with their fields in the query phase. */
  private static final int SINGLE_PASS_MAX = 100;

  private final SolrConnection solr;
  private final Suggestions suggestions = new Suggestions();
  private volatile List<String> dims;
  private volatile long dimsAt;

  /**
   * @param dataDir Muragat's data directory: its {@code store/} (page text, word boxes, images)
   * @param urls Solr node URLs, comma-separated
   */
  public SolrSearchService(Path dataDir, String urls, String collection) {
    super(new DocumentStore(dataDir.resolve("store")));
    this.solr = new SolrConnection(urls, collection);
  }

  @Override
  public boolean ready() {
    try {
      solr.call(c -> c.query(new org.apache.solr.client.solrj.SolrQuery("*:*").setRows(0)));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void reload() {
    dims = null;
  }

  @Override
  public Map<String, Object> stats() throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("indexReady", ready());
    if (!Boolean.TRUE.equals(out.get("indexReady"))) return out;
    JsonQueryRequest r = new JsonQueryRequest().setQuery("*:*").setLimit(0).withFacet("kind", new TermsFacetMap(IndexSchema.KIND).setLimit(-1))
        .withFilter(not(term(IndexSchema.DOC_VIEW, IndexSchema.DOC_VIEW_PARTIAL)));
    r.withFacet("access", new TermsFacetMap(IndexSchema.ACCESS).setLimit(-1).withDomain(new org.apache.solr.client.solrj.request.json.DomainMap().withFilter(IndexSchema.KIND + ":" + IndexSchema.KIND_DOC)));
    QueryResponse resp = solr.call(r::process);
    Map<String, Long> kinds = buckets(resp, "kind");
    out.put("documents", kinds.getOrDefault(IndexSchema.KIND_DOC, 0L));
    out.put("pages", kinds.getOrDefault(IndexSchema.KIND_PAGE, 0L));
    out.put("documentsByAccess", buckets(resp, "access"));
    return out;
  }

  @Override
  public boolean delete(String id) throws IOException {
    String q = SolrFields.DOC_ID + ":" + ClientUtils.escapeQueryChars(id);
    long before = solr.call(c -> c.query(new org.apache.solr.client.solrj.SolrQuery(q).setRows(0))).getResults().getNumFound();
    solr.call(c -> new UpdateRequest().deleteByQuery(q).process(c));
    solr.call(c -> c.commit(true, true));
    return before > 0;
  }

  @Override
  public SearchResults.Result search(SearchRequest req, Viewer viewer) throws IOException, QueryParseException {
    long t0 = System.nanoTime();
    int from = req.from(), size = req.size();
    Query user = checkAndParse(req);
    SearchRequest.SortOrder order = effectiveSort(req);
    FieldDoc after = req.cursor() == null ? null : Cursors.decode(req.cursor(), order);
    Map<String, Object> userQuery = user == null ? null : SolrQueryRenderer.render(user);
    List<String> facetDims = req.withFacets() ? dimensions() : List.of();

    JsonQueryRequest r = new JsonQueryRequest();
    r.setQuery(userQuery == null ? SolrQueryRenderer.obj("lucene", SolrQueryRenderer.params("query", "*:*")) : userQuery);
    for (Map<String, Object> f : filters(IndexSchema.KIND_DOC, viewer)) r.withFilter(f);
    for (Map.Entry<String, List<String>> f : req.filters().entrySet()) {
      List<Object> any = new ArrayList<>();
      for (String v : f.getValue()) any.add(term(IndexSchema.FACET_PREFIX + f.getKey(), v));
      r.withFilter(SolrQueryRenderer.obj("#" + tag(f.getKey()), SolrQueryRenderer.obj("bool", SolrQueryRenderer.params("should", any))));
    }
    if (req.dateFrom() != null || req.dateTo() != null) {
      // the document's date range [from, to] overlaps [lo, hi]
      String lo = req.dateFrom() == null ? "*" : Long.toString(req.dateFrom().toEpochDay());
      String hi = req.dateTo() == null ? "*" : Long.toString(req.dateTo().toEpochDay());
      r.withFilter(IndexSchema.DATE_FROM + ":[* TO " + hi + "]");
      r.withFilter(IndexSchema.DATE_TO + ":[" + lo + " TO *]");
    }
    r.setSort(sort(order));
    r.returnFields(DOC_FIELDS);
    // relevance cursors hold the position: a score can differ in its last bits from one request to the
    // next (OCR-tolerant fuzzy terms are expanded shard by shard), and searchAfter on a score that moved
    // would repeat or skip hits; other orders are exact values and use Solr's cursorMark
    long offset = from;
    if (after != null && order == SearchRequest.SortOrder.RELEVANCE) {
      if (!(after.fields[0] instanceof Long position)) throw new QueryParseException("the cursor belongs to another server");
      offset = position;
    } else if (after != null) {
      r.withParam(CursorMarkParams.CURSOR_MARK_PARAM, totem(after));
      offset = 0;
    }
    r.setOffset(Math.toIntExact(Math.min(Integer.MAX_VALUE, offset)));
    r.setLimit(size);
    r.withParam(SHARDS_PREFERENCE, LEADERS);
    // a first page's few stored fields come back with the shards' top ids: one round of shard
    // requests instead of two (a deep page would make every shard send offset+size documents)
    if (offset + size <= SINGLE_PASS_MAX) r.withParam("distrib.singlePass", "true");
    for (int i = 0; i < facetDims.size(); i++) {
      String dim = facetDims.get(i);
      boolean year = dim.equals(IndexSchema.FACET_YEAR);
      TermsFacetMap f = new TermsFacetMap(IndexSchema.FACET_PREFIX + dim).setLimit(year ? -1 : 30).setMinCount(1)
          .setSort(year ? "index asc" : "count desc");
      f.withDomain(new org.apache.solr.client.solrj.request.json.DomainMap().withTagsToExclude(tag(dim)));
      r.withFacet("f" + i, f);
    }
    QueryResponse resp = solr.call(r::process);

    QueryTerms terms = terms(user);
    List<SolrDocument> docs = resp.getResults();
    Map<String, List<SearchResults.PageHit>> pages = userQuery == null || docs.isEmpty() ? Map.of() : matchingPages(docs, userQuery, terms, viewer);
    List<SearchResults.Hit> hits = new ArrayList<>();
    SolrDocument last = null;
    for (SolrDocument d : docs) {
      String id = (String) d.getFirstValue(IndexSchema.ID);
      float score = order == SearchRequest.SortOrder.RELEVANCE ? ((Number) d.getFirstValue("score")).floatValue() : 0f;
      hits.add(hit(entry(d), score, pages.getOrDefault(id, List.of())));
      last = d;
    }
    long total = resp.getResults().getNumFound();
    String next = null;
    if (order == SearchRequest.SortOrder.RELEVANCE) {
      if (last != null && hits.size() == size && offset + size < total) next = Cursors.encode(new FieldDoc(0, Float.NaN, new Object[] {offset + size}), order);
    } else if (last != null && hits.size() == size && (after == null ? from + size : size) < total) {
      next = Cursors.encode(sortValues(last, order), order);
    }
    Map<String, List<FacetCounter.Value>> facets = null;
    if (req.withFacets()) {
      facets = new LinkedHashMap<>();
      for (int i = 0; i < facetDims.size(); i++) {
        List<FacetCounter.Value> values = new ArrayList<>();
        buckets(resp, "f" + i).forEach((v, n) -> values.add(new FacetCounter.Value(v, n)));
        if (!values.isEmpty()) facets.put(facetDims.get(i), values);
      }
    }
    String didYouMean = total == 0 && user != null ? suggestions.didYouMean(vocabulary(viewer), req.q()) : null;
    return new SearchResults.Result(total, (System.nanoTime() - t0) / 1_000_000, from, size, hits, next, facets, didYouMean);
  }

  /**
   * The matching pages of the hits, best first, up to {@code PAGES_PER_HIT} per document: one
   * grouped request for all hits.
   */
  private Map<String, List<SearchResults.PageHit>> matchingPages(List<SolrDocument> docs, Map<String, Object> userQuery, QueryTerms terms, Viewer viewer)
      throws IOException {
    StringBuilder ids = new StringBuilder(SolrFields.DOC_ID + ":(");
    for (int i = 0; i < docs.size(); i++) ids.append(i == 0 ? "" : " OR ").append(ClientUtils.escapeQueryChars((String) docs.get(i).getFirstValue(IndexSchema.ID)));
    JsonQueryRequest r = new JsonQueryRequest().setQuery(userQuery);
    for (Map<String, Object> f : filters(IndexSchema.KIND_PAGE, viewer)) r.withFilter(f);
    r.withFilter(ids.append(')').toString());
    r.returnFields(SolrFields.DOC_ID + "," + IndexSchema.PAGE + "," + SolrFields.PAGE_TEXT);
    r.setLimit(docs.size());
    r.withParam("group", "true");
    r.withParam("group.field", SolrFields.DOC_ID);
    r.withParam("group.limit", Integer.toString(PAGES_PER_HIT));
    r.withParam("group.sort", "score desc," + IndexSchema.PAGE + " asc");
    r.withParam(SHARDS_PREFERENCE, LEADERS);
    QueryResponse resp = solr.call(r::process);
    Map<String, List<SearchResults.PageHit>> out = new HashMap<>();
    for (GroupCommand cmd : resp.getGroupResponse().getValues()) {
      for (Group g : cmd.getValues()) {
        List<SearchResults.PageHit> pages = new ArrayList<>();
        for (SolrDocument p : g.getResult()) {
          String text = (String) p.getFirstValue(SolrFields.PAGE_TEXT);
          pages.add(pageHit(((Number) p.getFirstValue(IndexSchema.PAGE)).intValue(), text == null ? "" : text, terms));
        }
        out.put(g.getGroupValue(), pages);
      }
    }
    return out;
  }

  /** Matching pages listed per hit (as the embedded backend). */
  private static final int PAGES_PER_HIT = 20;

  private volatile Set<String> levels;
  private volatile long levelsAt;

  /** Every access level in the collection (document and page levels), asked at most every few seconds. */
  private Set<String> levels() throws IOException {
    Set<String> l = levels;
    if (l != null && System.currentTimeMillis() - levelsAt < DIMS_MILLIS) return l;
    JsonQueryRequest r = new JsonQueryRequest().setQuery("*:*").setLimit(0)
        .withFacet("a", new TermsFacetMap(IndexSchema.ACCESS).setLimit(256))
        .withFacet("p", new TermsFacetMap(IndexSchema.ACCESS_PAGES).setLimit(256));
    QueryResponse resp = solr.call(r::process);
    l = new java.util.TreeSet<>(buckets(resp, "a").keySet());
    l.addAll(buckets(resp, "p").keySet());
    levels = l;
    levelsAt = System.currentTimeMillis();
    return l;
  }

  /**
   * The entries of a kind a viewer may see: every answer goes through these filters. As in the
   * embedded index: the entry's level is one of the viewer's; no page level the viewer lacks is in
   * it; of a document with page levels, exactly the entry made for the viewer's levels matches
   * (administrators: the full entry).
   */
  private List<Map<String, Object>> filters(String kind, Viewer viewer) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(kind(kind));
    if (viewer.admin()) {
      out.add(not(term(IndexSchema.DOC_VIEW, IndexSchema.DOC_VIEW_PARTIAL)));
      return out;
    }
    List<Object> any = new ArrayList<>();
    for (String level : viewer.levels()) any.add(term(IndexSchema.ACCESS, level));
    out.add(any.isEmpty() ? SolrQueryRenderer.obj("lucene", SolrQueryRenderer.params("query", "-*:*")) : SolrQueryRenderer.obj("bool", SolrQueryRenderer.params("should", any)));
    for (String l : levels()) {
      out.add(not(term(viewer.levels().contains(l) ? IndexSchema.ACCESS_WITHOUT : IndexSchema.ACCESS_PAGES, l)));
    }
    return out;
  }

  private static Map<String, Object> not(Map<String, Object> q) {
    return SolrQueryRenderer.obj("bool", SolrQueryRenderer.params("must", List.of(SolrQueryRenderer.obj("lucene", SolrQueryRenderer.params("query", "*:*"))), "must_not", List.of(q)));
  }

  private static Map<String, Object> kind(String kind) {
    return term(IndexSchema.KIND, kind);
  }

  private static Map<String, Object> term(String field, String value) {
    return SolrQueryRenderer.obj("term", SolrQueryRenderer.params("f", field, "query", value));
  }

  /** The filter tag of a facet: its filter is left out of its own counts. */
  private static String tag(String dim) {
    return "dim_" + Integer.toHexString(dim.hashCode()) + "_" + dim.replaceAll("[^A-Za-z0-9]", "");
  }

  /** Every order ends with the document id, so ties are broken the same way on every page. */
  private static String sort(SearchRequest.SortOrder order) {
    return switch (order) {
      case RELEVANCE -> "score desc,id asc";
      case ID -> "id asc";
      case DATE_ASC -> IndexSchema.DATE_FROM + " asc,id asc";
      case DATE_DESC -> IndexSchema.DATE_FROM + " desc,id asc";
    };
  }

  /** The sort values of a hit, as the embedded backend's cursors hold them. */
  private static FieldDoc sortValues(SolrDocument d, SearchRequest.SortOrder order) {
    BytesRef id = new BytesRef((String) d.getFirstValue(IndexSchema.ID));
    Object date = d.getFirstValue(IndexSchema.DATE_FROM);
    Object[] fields = switch (order) {
      case RELEVANCE -> throw new IllegalArgumentException("relevance cursors hold positions");
      case ID -> new Object[] {id};
      case DATE_ASC -> new Object[] {date == null ? Long.MAX_VALUE : ((Number) date).longValue(), id}; // sortMissingLast
      case DATE_DESC -> new Object[] {date == null ? Long.MIN_VALUE : ((Number) date).longValue(), id};
    };
    return new FieldDoc(0, Float.NaN, fields);
  }

  /** Solr's cursorMark for the sort values of a cursor: the values, JavaBin-encoded, base64. */
  private static String totem(FieldDoc after) throws IOException {
    List<Object> values = new ArrayList<>();
    for (Object f : after.fields) values.add(f instanceof BytesRef b ? b.utf8ToString() : f);
    try (JavaBinCodec codec = new JavaBinCodec(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      codec.marshal(values, out);
      return Base64.getEncoder().encodeToString(out.toByteArray());
    }
  }

  /** The facet dimensions the collection holds (as the embedded index lists its facet fields). */
  private List<String> dimensions() throws IOException {
    List<String> d = dims;
    if (d != null && System.currentTimeMillis() - dimsAt < DIMS_MILLIS) return d;
    JsonQueryRequest r = new JsonQueryRequest().setQuery("*:*").setLimit(0).withFilter(kind(IndexSchema.KIND_DOC))
        .withFacet("dims", new TermsFacetMap(SolrFields.FACET_DIMS).setLimit(-1).setSort("index asc"));
    List<String> all = new ArrayList<>(buckets(solr.call(r::process), "dims").keySet());
    d = orderDims(all);
    dims = d;
    dimsAt = System.currentTimeMillis();
    return d;
  }

  private static Map<String, Long> buckets(QueryResponse resp, String facet) {
    Map<String, Long> out = new LinkedHashMap<>();
    NestableJsonFacet json = resp.getJsonFacetingResponse();
    if (json == null || json.getBucketBasedFacets(facet) == null) return out;
    for (BucketJsonFacet b : json.getBucketBasedFacets(facet).getBuckets()) out.put(String.valueOf(b.getVal()), b.getCount());
    return out;
  }

  private static DocEntry entry(SolrDocument d) {
    Object pc = d.getFirstValue(IndexSchema.PAGE_COUNT);
    return new DocEntry(
        (String) d.getFirstValue(IndexSchema.ID), (String) d.getFirstValue(IndexSchema.TITLE), (String) d.getFirstValue(IndexSchema.MEDIA_TYPE),
        pc == null ? 0 : ((Number) pc).intValue(), (String) d.getFirstValue(IndexSchema.META_JSON), (String) d.getFirstValue(IndexSchema.SHA256),
        (String) d.getFirstValue(IndexSchema.PAGE_ACCESS));
  }

  @Override
  protected Optional<DocEntry> findDocument(String id, Viewer viewer) throws IOException {
    JsonQueryRequest r = new JsonQueryRequest().setQuery(term(IndexSchema.ID, id)).returnFields(DOC_FIELDS).setLimit(1);
    for (Map<String, Object> f : filters(IndexSchema.KIND_DOC, viewer)) r.withFilter(f);
    List<SolrDocument> docs = solr.call(r::process).getResults();
    return docs.isEmpty() ? Optional.empty() : Optional.of(entry(docs.get(0)));
  }

  /**
   * The exact-field vocabulary of what a viewer may see: counts by filter queries; close terms from
   * the documents a fuzzy query (2 edits, first letter kept, as the embedded spell checker) finds,
   * by edit distance, then by how many documents hold them.
   */
  private Suggestions.Vocabulary vocabulary(Viewer viewer) {
    return new Suggestions.Vocabulary() {
      @Override
      public int visibleDocs(String term) throws IOException {
        JsonQueryRequest r = new JsonQueryRequest().setQuery(term(IndexSchema.TEXT_EXACT, term)).setLimit(0);
        for (Map<String, Object> f : filters(IndexSchema.KIND_DOC, viewer)) r.withFilter(f);
        return (int) solr.call(r::process).getResults().getNumFound();
      }

      @Override
      public List<String> similar(String term, int max) throws IOException {
        if (term.codePointCount(0, term.length()) < Suggestions.MIN_CORRECTED_LENGTH) return List.of();
        // as the embedded spell checker: a word the index knows (if only from closed material) is not corrected
        JsonQueryRequest known = new JsonQueryRequest().setQuery(term(IndexSchema.TEXT_EXACT, term)).setLimit(0);
        if (solr.call(known::process).getResults().getNumFound() > 0) return List.of();
        Map<String, Object> fuzzy = SolrQueryRenderer.params("f", IndexSchema.TEXT_EXACT, "maxEdits", "2", "prefixLength", "1", "query", term);
        JsonQueryRequest r = new JsonQueryRequest().setQuery(SolrQueryRenderer.obj("fuzzy", fuzzy)).setLimit(0);
        for (Map<String, Object> f : filters(IndexSchema.KIND_DOC, viewer)) r.withFilter(f);
        TermsFacetMap f = new TermsFacetMap(IndexSchema.TEXT_EXACT).setLimit(2000).setMinCount(1);
        f.put("prefix", term.substring(0, term.offsetByCodePoints(0, 1)));
        r.withFacet("terms", f);
        List<Map.Entry<String, Long>> close = new ArrayList<>();
        for (Map.Entry<String, Long> e : buckets(solr.call(r::process), "terms").entrySet()) {
          if (!e.getKey().equals(term) && editDistance(term, e.getKey()) <= 2) close.add(e);
        }
        close.sort(java.util.Comparator.<Map.Entry<String, Long>>comparingInt(e -> editDistance(term, e.getKey()))
            .thenComparing(Map.Entry.<String, Long>comparingByValue().reversed()).thenComparing(Map.Entry.comparingByKey()));
        return close.stream().limit(max).map(Map.Entry::getKey).toList();
      }
    };
  }

  /** Levenshtein distance with adjacent transpositions (as Lucene's fuzzy matching). */
  static int editDistance(String a, String b) {
    int[] x = a.codePoints().toArray(), y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) d[i][0] = i;
    for (int j = 0; j <= y.length; j++) d[0][j] = j;
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[x.length][y.length];
  }

  @Override
  public List<Map<String, Object>> complete(String prefix, int limit, Viewer viewer) throws IOException {
    if (prefix == null || prefix.isBlank()) return List.of();
    Suggestions.Typed typed = suggestions.typed(prefix);
    if (typed == null) return List.of();
    JsonQueryRequest r = new JsonQueryRequest().setQuery("*:*").setLimit(0);
    for (Map<String, Object> f : filters(IndexSchema.KIND_DOC, viewer)) r.withFilter(f);
    TermsFacetMap f = new TermsFacetMap(IndexSchema.TEXT_EXACT).setLimit(Math.max(1, limit)).setMinCount(1).setSort("count desc");
    f.put("prefix", typed.norm());
    r.withFacet("completions", f);
    List<Map<String, Object>> out = new ArrayList<>();
    buckets(solr.call(r::process), "completions").forEach((term, n) -> {
      Suggestions.Completion c = typed.complete(term, (int) (long) n);
      out.add(Map.of("text", c.term(), "docs", c.docs()));
    });
    return out;
  }

  @Override
  public void close() throws IOException {
    solr.close();
  }
}
