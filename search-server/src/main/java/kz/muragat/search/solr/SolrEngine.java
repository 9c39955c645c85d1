package kz.muragat.search.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kz.muragat.core.access.AccessPolicy;
import kz.muragat.core.access.Viewer;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.schema.SolrFields;
import kz.muragat.search.Cursors;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.QueryTerms;
import kz.muragat.search.SearchEngine;
import kz.muragat.search.SearchPlan;
import kz.muragat.search.SearchRequest;
import kz.muragat.search.SearchResults.FacetValue;
import kz.muragat.search.Suggestions;
import kz.muragat.search.TextMatcher;
import kz.muragat.search.UserQueryParser;
import kz.muragat.core.schema.IndexAnalyzer;
import kz.muragat.solr.client.SolrConnection;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.JavaBinCodec;

/**
 * A SolrCloud collection made from Muragat's configset and written by the indexer's Solr target:
 * runs the same {@link SearchPlan}s as the embedded index, rendered by {@link SolrQueryRenderer}.
 *
 * <p>A file is one nested block in Solr as in Lucene (its pages are child documents of its
 * document entry), so all of a file lives on one shard, block joins need no distributed step, and a
 * search is one request: the top hits with their fields and their matching pages ({@code [child]}
 * with the plan's page query), facets and totals come back together — one round of shard requests
 * ({@code distrib.singlePass}), plus the statistics round that keeps scores equal to a single
 * index's.
 */
public final class SolrEngine implements SearchEngine {
  /** How long the lists of facet dimensions and metadata keys are reused before they are asked again. */
  static final long FIELDS_MILLIS = 10_000;

  private static final String DOC_FIELDS =
      String.join(",", IndexSchema.ID, IndexSchema.TITLE, IndexSchema.MEDIA_TYPE, IndexSchema.PAGE_COUNT, IndexSchema.META_JSON, IndexSchema.SHA256,
          IndexSchema.DATE_FROM, IndexSchema.PAGE_ACCESS);

  /**
   * Scored requests go to each shard's leader, so one replica per shard keeps a hit's score, and so
   * the order, the same from one request to the next. (Reads then scale with shards, not replicas.)
   */
  private static final String SHARDS_PREFERENCE = "shards.preference";

  private static final String LEADERS = "replica.leader:true";

  /** Up to this offset + size, hits are fetched with their fields in the query phase. */
  private static final int SINGLE_PASS_MAX = 100;

  private final SolrConnection solr;
  private final TextMatcher matcher = new TextMatcher(new IndexAnalyzer());
  private volatile Fields fields;

  private record Fields(List<String> dims, UserQueryParser.DocumentFields documentFields, long at) {}

  /**
   * @param urls Solr node URLs, comma-separated
   */
  public SolrEngine(String urls, String collection) {
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
    fields = null;
  }

  @Override
  public Map<String, Object> stats() throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("indexReady", ready());
    if (!Boolean.TRUE.equals(out.get("indexReady"))) return out;
    JsonQueryRequest r = new JsonQueryRequest().setQuery("*:*").setLimit(0)
        .withFacet("kind", new TermsFacetMap(IndexSchema.KIND).setLimit(-1))
        .withFacet("access", new TermsFacetMap(IndexSchema.ACCESS).setLimit(-1).withDomain(new DomainMap().withFilter(SolrQueryRenderer.DOCUMENTS)))
        .withFacet("pages", new TermsFacetMap(IndexSchema.KIND).setLimit(-1).withDomain(new DomainMap().withFilter(IndexSchema.PAGE + ":[1 TO *]")));
    QueryResponse resp = solr.call(r::process);
    out.put("documents", buckets(resp, "kind").getOrDefault(IndexSchema.KIND_DOC, 0L));
    out.put("pages", buckets(resp, "pages").getOrDefault(IndexSchema.KIND_PAGE, 0L));
    out.put("documentsByAccess", buckets(resp, "access"));
    return out;
  }

  @Override
  public boolean delete(String id) throws IOException {
    String q = "{!term f=" + SolrFields.DOC_ID + " v=$id}";
    JsonQueryRequest count = new JsonQueryRequest().setQuery(q).withParam("id", id).setLimit(0);
    long before = solr.call(count::process).getResults().getNumFound();
    solr.call(c -> new UpdateRequest().deleteByQuery(SolrFields.DOC_ID + ":" + org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(id)).process(c));
    solr.call(c -> c.commit(true, true));
    return before > 0;
  }

  @Override
  public UserQueryParser.DocumentFields documentFields() throws IOException {
    return fields().documentFields();
  }

  @Override
  public List<String> facetDimensions() throws IOException {
    return fields().dims();
  }

  /** The facet dimensions and metadata keys the collection holds (Solr cannot list its dynamic fields: the entries say). */
  private Fields fields() throws IOException {
    Fields f = fields;
    if (f != null && System.currentTimeMillis() - f.at() < FIELDS_MILLIS) return f;
    JsonQueryRequest r = new JsonQueryRequest().setQuery("*:*").setLimit(0).withFilter(SolrQueryRenderer.DOCUMENTS)
        .withFacet("dims", new TermsFacetMap(SolrFields.FACET_DIMS).setLimit(-1).setSort("index asc"))
        .withFacet("meta", new TermsFacetMap(SolrFields.META_KEYS).setLimit(-1).setSort("index asc"));
    QueryResponse resp = solr.call(r::process);
    List<String> dims = new ArrayList<>(buckets(resp, "dims").keySet());
    Set<String> meta = new TreeSet<>(buckets(resp, "meta").keySet());
    f = new Fields(dims, new UserQueryParser.DocumentFields(meta, new TreeSet<>(dims)), System.currentTimeMillis());
    fields = f;
    return f;
  }

  @Override
  public Found search(SearchPlan plan, List<String> dims) throws IOException, QueryParseException {
    SolrQueryRenderer render = new SolrQueryRenderer();
    JsonQueryRequest r = new JsonQueryRequest();
    r.setQuery(plan.words() == null ? "*:*" : render.render(plan.words()));
    r.withFilter(SolrQueryRenderer.DOCUMENTS);
    r.withFilter(render.render(plan.access()));
    for (Map.Entry<String, Query> f : plan.facetFilters().entrySet()) {
      r.withFilter("{!query tag=" + tag(f.getKey()) + " v=" + render.paramOf(render.render(f.getValue())) + "}");
    }
    if (plan.dates() != null) r.withFilter(render.render(plan.dates()));
    r.setSort(sort(plan.order()));
    String children = "";
    if (plan.pages() != null) {
      children = ",[child parentFilter=" + SolrQueryRenderer.DOCUMENTS + " childFilter=" + render.paramOf(render.render(plan.pages()))
          + " limit=" + SearchPlan.PAGES_PER_HIT + " fl=" + IndexSchema.PAGE + "," + SolrFields.PAGE_TEXT + "," + SolrFields.PAGE_OCR + "]";
    }
    r.returnFields(DOC_FIELDS + ",score" + children);
    // relevance cursors hold the position: a score can differ in its last bits from one request to
    // the next, and searchAfter on a score that moved would repeat or skip hits; other orders are
    // exact values and use Solr's cursorMark
    FieldDoc after = plan.after();
    long offset = plan.from();
    if (after != null && plan.order() == SearchRequest.SortOrder.RELEVANCE) {
      if (!(after.fields[0] instanceof Long position)) throw new QueryParseException(QueryParseException.Reason.PAGING, "the cursor belongs to another server");
      offset = position;
    } else if (after != null) {
      r.withParam(CursorMarkParams.CURSOR_MARK_PARAM, totem(after));
      offset = 0;
    }
    r.setOffset(Math.toIntExact(Math.min(Integer.MAX_VALUE, offset)));
    r.setLimit(plan.size());
    r.withParam(SHARDS_PREFERENCE, LEADERS);
    // a first page's stored fields and pages come back with the shards' top ids: one round of shard
    // requests instead of two (a deep page would make every shard send offset+size documents)
    if (offset + plan.size() <= SINGLE_PASS_MAX) r.withParam("distrib.singlePass", "true");
    for (int i = 0; i < dims.size(); i++) {
      String dim = dims.get(i);
      boolean year = dim.equals(IndexSchema.FACET_YEAR);
      TermsFacetMap f = new TermsFacetMap(IndexSchema.FACET_PREFIX + dim).setLimit(year ? -1 : 30).setMinCount(1)
          .setSort(year ? "index asc" : "count desc");
      f.withDomain(new DomainMap().withTagsToExclude(tag(dim)));
      r.withFacet("f" + i, f);
    }
    render.params().forEach(r::withParam);
    QueryResponse resp = solr.call(r::process);

    QueryTerms terms = plan.highlight() == null ? null : QueryTerms.of(plan.highlight(), IndexSchema.TEXT_FIELDS);
    List<FoundDoc> hits = new ArrayList<>();
    SolrDocument last = null;
    for (SolrDocument d : resp.getResults()) {
      float score = plan.order() == SearchRequest.SortOrder.RELEVANCE ? ((Number) d.getFirstValue("score")).floatValue() : 0f;
      List<FoundPage> pages = new ArrayList<>();
      if (terms != null && d.getChildDocuments() != null) {
        for (SolrDocument p : d.getChildDocuments()) {
          String text = stringOf(p, SolrFields.PAGE_TEXT), uncertain = stringOf(p, SolrFields.PAGE_OCR);
          pages.add(new FoundPage(((Number) p.getFirstValue(IndexSchema.PAGE)).intValue(), text, matcher.spans(text, uncertain, terms)));
        }
      }
      hits.add(new FoundDoc(entry(d), score, pages));
      last = d;
    }
    long total = resp.getResults().getNumFound();
    String next = null;
    int size = plan.size();
    if (plan.order() == SearchRequest.SortOrder.RELEVANCE) {
      if (last != null && hits.size() == size && offset + size < total) next = Cursors.encode(new FieldDoc(0, Float.NaN, new Object[] {offset + size}), plan.order());
    } else if (last != null && hits.size() == size && (after == null ? plan.from() + size : size) < total) {
      next = Cursors.encode(sortValues(last, plan.order()), plan.order());
    }
    Map<String, List<FacetValue>> facets = null;
    if (plan.facets()) {
      facets = new LinkedHashMap<>();
      for (int i = 0; i < dims.size(); i++) {
        List<FacetValue> values = new ArrayList<>();
        buckets(resp, "f" + i).forEach((v, n) -> values.add(new FacetValue(v, n)));
        if (!values.isEmpty()) facets.put(dims.get(i), values);
      }
    }
    return new Found(total, hits, next, facets);
  }

  private static String stringOf(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? "" : v.toString();
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

  /** The sort values of a hit, as the embedded index's cursors hold them. */
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
  public Optional<DocEntry> document(String id, Query access) throws IOException {
    SolrQueryRenderer render = new SolrQueryRenderer();
    JsonQueryRequest r = new JsonQueryRequest().returnFields(DOC_FIELDS).setLimit(1);
    try {
      r.setQuery(render.render(new TermQuery(IndexSchema.idTerm(id))));
      r.withFilter(SolrQueryRenderer.DOCUMENTS);
      r.withFilter(render.render(access));
    } catch (QueryParseException e) {
      throw new IllegalStateException(e);
    }
    render.params().forEach(r::withParam);
    List<SolrDocument> docs = solr.call(r::process).getResults();
    return docs.isEmpty() ? Optional.empty() : Optional.of(entry(docs.get(0)));
  }

  @Override
  public QueryTerms terms(Query highlight) {
    return QueryTerms.of(highlight, IndexSchema.TEXT_FIELDS);
  }

  /**
   * The exact-field vocabulary as {@code viewer} sees it: visible counts from the pages they may
   * see, by filter queries; close terms from the pages a fuzzy query (two edits, first letter
   * kept, as the embedded spell checker) finds, and prefixed terms from a terms facet, both in
   * the whole collection, for {@link Suggestions} to weigh by what is visible.
   */
  @Override
  public Suggestions.Vocabulary vocabulary(Viewer viewer) {
    Query visiblePages = AccessPolicy.pages(viewer);
    return new Suggestions.Vocabulary() {
      @Override
      public int visibleDocs(String term) throws IOException {
        Query q = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.TEXT_EXACT, term)), Occur.FILTER)
            .add(visiblePages, Occur.FILTER)
            .build();
        return (int) count(q);
      }

      @Override
      public List<String> similar(String term, int max) throws IOException {
        if (term.codePointCount(0, term.length()) < Suggestions.MIN_CORRECTED_LENGTH) return List.of();
        JsonQueryRequest r = new JsonQueryRequest()
            .setQuery("{!lucene v=$fz}").withParam("fz", IndexSchema.TEXT_EXACT + ":" + org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(term) + "~2")
            .setLimit(0);
        TermsFacetMap f = new TermsFacetMap(IndexSchema.TEXT_EXACT).setLimit(2000).setMinCount(1);
        f.put("prefix", term.substring(0, term.offsetByCodePoints(0, 1)));
        r.withFacet("terms", f);
        List<String> close = new ArrayList<>();
        for (String t : buckets(solr.call(r::process), "terms").keySet()) {
          if (Suggestions.editDistance(term, t) <= 2) close.add(t);
        }
        close.sort(java.util.Comparator.<String>comparingInt(t -> Suggestions.editDistance(term, t)).thenComparing(java.util.Comparator.naturalOrder()));
        return close.subList(0, Math.min(max, close.size()));
      }

      @Override
      public List<String> startingWith(String prefix, int max) throws IOException {
        JsonQueryRequest r = new JsonQueryRequest().setQuery("*:*").setLimit(0);
        TermsFacetMap f = new TermsFacetMap(IndexSchema.TEXT_EXACT).setLimit(max).setMinCount(1).setSort("index asc");
        f.put("prefix", prefix);
        r.withFacet("terms", f);
        return new ArrayList<>(buckets(solr.call(r::process), "terms").keySet());
      }
    };
  }

  private long count(Query q) throws IOException {
    SolrQueryRenderer render = new SolrQueryRenderer();
    JsonQueryRequest r = new JsonQueryRequest().setLimit(0);
    try {
      r.setQuery(render.render(q));
    } catch (QueryParseException e) {
      throw new IllegalStateException(e);
    }
    render.params().forEach(r::withParam);
    return solr.call(r::process).getResults().getNumFound();
  }

  @Override
  public void close() throws IOException {
    solr.close();
  }
}
