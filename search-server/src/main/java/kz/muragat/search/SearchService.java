package kz.muragat.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.muragat.indexer.index.IndexAnalyzer;
import kz.muragat.indexer.index.IndexSchema;
import kz.muragat.indexer.metadata.ArchivalMetadata;
import kz.muragat.indexer.model.DocumentRecord;
import kz.muragat.indexer.model.PageRecord;
import kz.muragat.indexer.model.WordBox;
import kz.muragat.indexer.store.DocumentStore;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.FSDirectory;

/**
 * Answers searches over a data directory written by the indexer: documents best first with their
 * matching pages and snippets, documents with their pages, page images and hit boxes. Sees only
 * public material. Picks up what the indexer commits while it runs.
 */
public final class SearchService implements AutoCloseable {
  /** Deepest result position reachable with from/size. */
  public static final int MAX_WINDOW = 10_000;

  public static final int MAX_SIZE = 100;

  /** Matching pages listed per hit. */
  static final int PAGES_PER_HIT = 20;

  private static final Set<String> TEXT_FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.TEXT_EXACT, IndexSchema.TEXT_VARIANT);
  private static final Set<String> DOC_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.MEDIA_TYPE, IndexSchema.PAGE_COUNT, IndexSchema.META_JSON, IndexSchema.SHA256, IndexSchema.ACCESS);

  private final Path indexDir;
  private final DocumentStore store;
  private final UserQueryParser parser = new UserQueryParser();
  private final TextMatcher matcher = new TextMatcher(new IndexAnalyzer());
  private final ObjectMapper json = new ObjectMapper();
  private final Suggestions suggestions = new Suggestions();
  private volatile SearcherManager manager;

  public SearchService(Path dataDir) {
    this.indexDir = dataDir.resolve("index");
    this.store = new DocumentStore(dataDir.resolve("store"));
  }

  /** Whether an index exists yet (the server may start before the first indexing run). */
  public boolean ready() {
    return searcherManager() != null;
  }

  private SearcherManager searcherManager() {
    SearcherManager m = manager;
    if (m != null) return m;
    synchronized (this) {
      if (manager == null) {
        try {
          if (Files.isDirectory(indexDir) && DirectoryReader.indexExists(FSDirectory.open(indexDir))) {
            manager = new SearcherManager(FSDirectory.open(indexDir), null);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return manager;
    }
  }

  private <T> T withSearcher(SearcherFunction<T> f) throws IOException, NotFoundException, QueryParseException {
    SearcherManager m = searcherManager();
    if (m == null) throw new NotFoundException("nothing has been indexed yet");
    m.maybeRefresh();
    IndexSearcher s = m.acquire();
    try {
      return f.apply(s);
    } finally {
      m.release(s);
    }
  }

  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(IndexSearcher s) throws IOException, NotFoundException, QueryParseException;
  }

  /** Makes changes committed by an indexer visible now rather than at the next search. */
  public void reload() throws IOException {
    SearcherManager m = searcherManager();
    if (m != null) m.maybeRefreshBlocking();
  }

  /** Counts of what the index holds, for administrators. */
  public Map<String, Object> stats() throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("indexReady", ready());
    if (!ready()) return out;
    try {
      return withSearcher(
          s -> {
            out.put("documents", s.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC))));
            out.put("pages", s.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE))));
            Map<String, Long> byAccess = new LinkedHashMap<>();
            for (FacetCounter.Value v : FacetCounter.countTerms(s, IndexSchema.ACCESS, new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)))) {
              byAccess.put(v.value(), v.count());
            }
            out.put("documentsByAccess", byAccess);
            return out;
          });
    } catch (NotFoundException | QueryParseException e) {
      return out;
    }
  }

  /**
   * Removes a document from the index (administrators). Fails with {@link IllegalStateException}
   * while an indexing run holds the index.
   */
  public boolean delete(String id) throws IOException {
    boolean existed;
    try (kz.muragat.indexer.index.DocumentIndex index = new kz.muragat.indexer.index.DocumentIndex(indexDir)) {
      existed = index.states().containsKey(id);
      index.delete(id);
      index.commit();
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IllegalStateException("an indexing run is writing the index; try again when it has finished", e);
    }
    reload();
    return existed;
  }

  /** Most documents one export holds. */
  public static final int MAX_EXPORT = 100_000;

  /** Every hit of a search, best first, page by page through cursors, up to {@link #MAX_EXPORT}. */
  public void export(SearchRequest req, java.util.function.Consumer<SearchResults.Hit> sink) throws IOException, QueryParseException {
    export(req, Viewer.PUBLIC, sink);
  }

  public void export(SearchRequest req, Viewer viewer, java.util.function.Consumer<SearchResults.Hit> sink) throws IOException, QueryParseException {
    String cursor = null;
    int sent = 0;
    do {
      SearchResults.Result page =
          search(new SearchRequest(req.q(), req.syntax(), req.filters(), req.dateFrom(), req.dateTo(), req.sort(), 0, MAX_SIZE, cursor, false), viewer);
      for (SearchResults.Hit h : page.hits()) {
        if (sent++ >= MAX_EXPORT) return;
        sink.accept(h);
      }
      cursor = page.next_cursor();
    } while (cursor != null);
  }

  /** Completions of what is being typed, from the index vocabulary. */
  public List<Map<String, Object>> complete(String prefix, int limit) throws IOException {
    return complete(prefix, limit, Viewer.PUBLIC);
  }

  public List<Map<String, Object>> complete(String prefix, int limit, Viewer viewer) throws IOException {
    if (prefix == null || prefix.isBlank() || searcherManager() == null) return List.of();
    try {
      return withSearcher(
          s -> {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Suggestions.Completion c : suggestions.complete(s, prefix, limit, accessFilter(viewer))) out.add(Map.of("text", c.term(), "docs", c.docs()));
            return out;
          });
    } catch (NotFoundException | QueryParseException e) {
      return List.of();
    }
  }

  /** Parses a user query (for the API's syntax checks and hit boxes). */
  public Query parse(String q, String syntax) throws QueryParseException {
    return parser.parse(q, syntax);
  }

  public SearchResults.Result search(String q, String syntax, int from, int size)
      throws IOException, QueryParseException {
    return search(new SearchRequest(q, syntax, Map.of(), null, null, SearchRequest.SortOrder.RELEVANCE, from, size, null, false));
  }

  public SearchResults.Result search(SearchRequest req) throws IOException, QueryParseException {
    return search(req, Viewer.PUBLIC);
  }

  public SearchResults.Result search(SearchRequest req, Viewer viewer) throws IOException, QueryParseException {
    long t0 = System.nanoTime();
    int from = req.from(), size = req.size();
    if (from < 0 || size < 0) throw new QueryParseException("from and size must not be negative");
    if (size > MAX_SIZE) throw new QueryParseException("size must be at most " + MAX_SIZE);
    if (req.cursor() != null && from != 0) throw new QueryParseException("use either from or cursor, not both");
    if ((long) from + size > MAX_WINDOW) {
      throw new QueryParseException("from + size must be at most " + MAX_WINDOW + "; page deeper with the cursor (next_cursor)");
    }
    Query userQuery = req.blank() ? null : parser.parse(req.q(), req.syntax());
    FieldDoc after = req.cursor() == null ? null : Cursors.decode(req.cursor(), effectiveSort(req));
    if (searcherManager() == null) return SearchResults.Result.empty(from, size);
    try {
      return withSearcher(
          s -> {
            // Rewritten once (fuzzy and prefix terms expanded against this searcher's index) and
            // reused for the hits, each hit's matching pages, the snippet terms and the facets:
            // otherwise every one of those searches expands the OCR-tolerant fuzzy terms again.
            Query user = userQuery == null ? null : s.rewrite(userQuery);
            Query docQuery = filtered(visible(IndexSchema.KIND_DOC, user, viewer), req, null);
            SearchRequest.SortOrder order = effectiveSort(req);
            int n = Math.max(1, from + size);
            TopFieldDocs top = s.search(docQuery, new TopFieldCollectorManager(sortFor(order), n, after, Integer.MAX_VALUE, false));
            QueryTerms terms = user == null ? null : QueryTerms.of(user, TEXT_FIELDS);
            List<SearchResults.Hit> hits = new ArrayList<>();
            FieldDoc last = null;
            for (int i = from; i < top.scoreDocs.length && i < from + size; i++) {
              FieldDoc fd = (FieldDoc) top.scoreDocs[i];
              Document d = s.storedFields().document(fd.doc, DOC_FIELDS);
              List<SearchResults.PageHit> pages = user == null ? List.of() : matchingPages(s, d.get(IndexSchema.ID), user, terms, viewer);
              float score = order == SearchRequest.SortOrder.RELEVANCE ? (Float) fd.fields[0] : 0f;
              hits.add(hit(d, score, pages));
              last = fd;
            }
            long total = top.totalHits.value;
            String next = last != null && hits.size() == size && (after == null ? from + size : size) < total ? Cursors.encode(last, order) : null;
            Map<String, List<FacetCounter.Value>> facets = req.withFacets() ? facets(s, user, req, viewer) : null;
            String didYouMean = total == 0 && user != null ? suggestions.didYouMean(s, req.q(), accessFilter(viewer)) : null;
            return new SearchResults.Result(total, (System.nanoTime() - t0) / 1_000_000, from, size, hits, next, facets, didYouMean);
          });
    } catch (NotFoundException e) {
      return SearchResults.Result.empty(from, size);
    }
  }

  /** A blank query has no relevance: it lists by id unless a date order is asked for. */
  private static SearchRequest.SortOrder effectiveSort(SearchRequest req) {
    return req.blank() && req.sort() == SearchRequest.SortOrder.RELEVANCE ? SearchRequest.SortOrder.ID : req.sort();
  }

  /** Every order ends with the document id, so ties are broken the same way on every page. */
  private static Sort sortFor(SearchRequest.SortOrder order) {
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

  /**
   * The query with the request's filters; {@code exceptDim} leaves that facet's own filter out, so
   * its counts show what choosing another of its values would give.
   */
  private static Query filtered(Query base, SearchRequest req, String exceptDim) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
    for (Map.Entry<String, List<String>> f : req.filters().entrySet()) {
      if (f.getKey().equals(exceptDim)) continue;
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String v : f.getValue()) {
        any.add(SortedSetDocValuesField.newSlowExactQuery(IndexSchema.FACET_PREFIX + f.getKey(), new BytesRef(v)), Occur.SHOULD);
      }
      b.add(any.build(), Occur.FILTER);
    }
    if (req.dateFrom() != null || req.dateTo() != null) {
      long lo = req.dateFrom() == null ? Long.MIN_VALUE : req.dateFrom().toEpochDay();
      long hi = req.dateTo() == null ? Long.MAX_VALUE : req.dateTo().toEpochDay();
      // the document's date range [from, to] overlaps [lo, hi]
      b.add(LongPoint.newRangeQuery(IndexSchema.DATE_FROM, Long.MIN_VALUE, hi), Occur.FILTER);
      b.add(LongPoint.newRangeQuery(IndexSchema.DATE_TO, lo, Long.MAX_VALUE), Occur.FILTER);
    }
    return b.build();
  }

  private Map<String, List<FacetCounter.Value>> facets(IndexSearcher s, Query user, SearchRequest req, Viewer viewer) throws IOException {
    List<String> dims = orderDims(FacetCounter.dimensions(s.getIndexReader()));
    Map<String, Query> perDim = new java.util.HashMap<>();
    for (String dim : dims) perDim.put(dim, filtered(visible(IndexSchema.KIND_DOC, user, viewer), req, dim));
    return FacetCounter.countAll(s, perDim, dims);
  }

  /** Facet values not worth counting (unique per document) or not for the public (access levels). */
  private static final Set<String> HIDDEN_DIMS = Set.of(IndexSchema.FACET_FORMAT, "date", "list", "title", "access");

  /** Facets in the order a researcher narrows: language, type, year, archive, fonds, …, format. */
  private static List<String> orderDims(List<String> dims) {
    List<String> first = List.of(IndexSchema.FACET_LANGUAGE, "doc_type", IndexSchema.FACET_YEAR, "archive", "fond", "opis", "delo");
    List<String> out = new ArrayList<>();
    for (String d : first) if (dims.contains(d)) out.add(d);
    for (String d : dims) if (!out.contains(d) && !HIDDEN_DIMS.contains(d)) out.add(d);
    if (dims.contains(IndexSchema.FACET_FORMAT)) out.add(IndexSchema.FACET_FORMAT);
    return out;
  }

  private List<SearchResults.PageHit> matchingPages(IndexSearcher s, String id, Query user, QueryTerms terms, Viewer viewer) throws IOException {
    Query pageQuery =
        new BooleanQuery.Builder()
            .add(visible(IndexSchema.KIND_PAGE, user, viewer), Occur.MUST)
            .add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.FILTER)
            .build();
    TopDocs top = s.search(pageQuery, PAGES_PER_HIT);
    List<SearchResults.PageHit> pages = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document pd = s.storedFields().document(sd.doc, Set.of(IndexSchema.PAGE, IndexSchema.TEXT));
      String text = pd.get(IndexSchema.TEXT);
      String snippet = Snippets.build(text, PostingSpans.spans(s, sd.doc, text, terms, matcher));
      pages.add(new SearchResults.PageHit(pd.getField(IndexSchema.PAGE).numericValue().intValue(), snippet));
    }
    return pages;
  }

  /** Entries of a kind that the caller may see and that match the query (all when it is null). */
  private static Query visible(String kind, Query user, Viewer viewer) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexSchema.KIND, kind)), Occur.FILTER);
    Query access = accessFilter(viewer);
    if (access != null) b.add(access, Occur.FILTER);
    b.add(user == null ? new MatchAllDocsQuery() : user, user == null ? Occur.FILTER : Occur.MUST);
    return b.build();
  }

  /**
   * The entries a viewer may see: those of one of their access levels; null (no restriction) for
   * an administrator. Every answer — hits, totals, snippets, facets, suggestions, documents, page
   * images, hit boxes — goes through this one filter.
   */
  static Query accessFilter(Viewer viewer) {
    if (viewer.admin()) return null;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String level : viewer.levels()) any.add(new TermQuery(new Term(IndexSchema.ACCESS, level)), Occur.SHOULD);
    return any.build();
  }

  private SearchResults.Hit hit(Document d, float score, List<SearchResults.PageHit> pages) throws IOException {
    Map<String, String> meta = metadata(d);
    return new SearchResults.Hit(
        d.get(IndexSchema.ID), d.get(IndexSchema.TITLE), score, IndexSchema.formatName(d.get(IndexSchema.MEDIA_TYPE)),
        d.getField(IndexSchema.PAGE_COUNT).numericValue().intValue(), meta, emptyToNull(new ArchivalMetadata(meta).citation()), pages);
  }

  private Map<String, String> metadata(Document d) throws IOException {
    String m = d.get(IndexSchema.META_JSON);
    if (m == null) return Map.of();
    Map<String, String> map = json.readValue(m, new TypeReference<LinkedHashMap<String, String>>() {});
    map.remove(ArchivalMetadata.ACCESS);
    return map;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** A visible document's stored fields and its extraction record. */
  private record Loaded(Document doc, DocumentRecord record) {}

  private Loaded load(String id, Viewer viewer) throws IOException, NotFoundException {
    try {
      return withSearcher(
          s -> {
            Query q = new BooleanQuery.Builder()
                .add(visible(IndexSchema.KIND_DOC, null, viewer), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.FILTER)
                .build();
            TopDocs top = s.search(q, 1);
            if (top.scoreDocs.length == 0) throw new NotFoundException("no document with id '" + id + "'");
            Document d = s.storedFields().document(top.scoreDocs[0].doc, DOC_FIELDS);
            DocumentRecord rec =
                store.read(d.get(IndexSchema.SHA256)).orElseThrow(() -> new NotFoundException("the pages of '" + id + "' are missing from the store"));
            return new Loaded(d, rec);
          });
    } catch (QueryParseException e) {
      throw new IllegalStateException(e);
    }
  }

  public SearchResults.DocumentView document(String id) throws IOException, NotFoundException {
    return document(id, Viewer.PUBLIC);
  }

  public SearchResults.DocumentView document(String id, Viewer viewer) throws IOException, NotFoundException {
    Loaded l = load(id, viewer);
    List<SearchResults.PageView> pages = new ArrayList<>();
    for (PageRecord p : l.record.pages()) {
      pages.add(new SearchResults.PageView(p.number(), p.source().name().toLowerCase(java.util.Locale.ROOT), p.text(), p.width(), p.height(), p.confidence(), p.image() != null));
    }
    Map<String, String> meta = metadata(l.doc);
    return new SearchResults.DocumentView(
        id, l.doc.get(IndexSchema.TITLE), IndexSchema.formatName(l.record.mediaType()), l.record.mediaType(), pages.size(), meta,
        emptyToNull(new ArchivalMetadata(meta).citation()), pages);
  }

  private PageRecord page(Loaded l, int n) throws NotFoundException {
    if (n < 1 || n > l.record.pages().size()) {
      throw new NotFoundException("document '" + l.doc.get(IndexSchema.ID) + "' has no page " + n);
    }
    return l.record.pages().get(n - 1);
  }

  /** The image file of a page, if the page has one. */
  public Path pageImage(String id, int n) throws IOException, NotFoundException {
    return pageImage(id, n, Viewer.PUBLIC);
  }

  public Path pageImage(String id, int n, Viewer viewer) throws IOException, NotFoundException {
    Loaded l = load(id, viewer);
    PageRecord p = page(l, n);
    Optional<Path> file = store.pageImage(l.record.sha256(), p.image());
    return file.orElseThrow(() -> new NotFoundException("page " + n + " of '" + id + "' has no image"));
  }

  /** The boxes of the words on a page that match a query, in page-image pixels. */
  public List<SearchResults.Box> hitBoxes(String id, int n, String q, String syntax)
      throws IOException, NotFoundException, QueryParseException {
    return hitBoxes(id, n, q, syntax, Viewer.PUBLIC);
  }

  public List<SearchResults.Box> hitBoxes(String id, int n, String q, String syntax, Viewer viewer)
      throws IOException, NotFoundException, QueryParseException {
    QueryTerms terms = hitTerms(q, syntax);
    return boxes(page(load(id, viewer), n), terms);
  }

  private QueryTerms hitTerms(String q, String syntax) throws QueryParseException {
    if (q == null || q.isBlank()) throw new QueryParseException("q is required");
    return QueryTerms.of(parser.parse(q.strip(), syntax), TEXT_FIELDS);
  }

  /** The boxes of a page's words that the query's terms match. */
  private List<SearchResults.Box> boxes(PageRecord p, QueryTerms terms) {
    List<TextMatcher.Span> spans = matcher.spans(p.text(), terms);
    List<SearchResults.Box> boxes = new ArrayList<>();
    if (spans.isEmpty()) return boxes;
    for (WordBox w : p.words()) {
      for (TextMatcher.Span s : spans) {
        if (w.overlaps(s.start(), s.end())) {
          boxes.add(new SearchResults.Box(w.x(), w.y(), w.w(), w.h(), w.text()));
          break;
        }
      }
    }
    return boxes;
  }

  @Override
  public void close() throws IOException {
    if (manager != null) manager.close();
  }

  /**
   * The boxes of the words matching a query on every page of a document, in page-image pixels:
   * page number → boxes, pages without a match left out, in page order.
   */
  public Map<Integer, List<SearchResults.Box>> hitBoxesByPage(String id, String q, String syntax)
      throws IOException, NotFoundException, QueryParseException {
    QueryTerms terms = hitTerms(q, syntax);
    Map<Integer, List<SearchResults.Box>> out = new LinkedHashMap<>();
    for (PageRecord p : load(id, Viewer.PUBLIC).record.pages()) {
      List<SearchResults.Box> boxes = boxes(p, terms);
      if (!boxes.isEmpty()) out.put(p.number(), boxes);
    }
    return out;
  }
}
