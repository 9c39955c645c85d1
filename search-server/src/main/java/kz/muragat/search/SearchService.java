package kz.muragat.search;

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
import kz.muragat.indexer.index.IndexSchema;
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
public final class SearchService extends AbstractSearchBackend {
  /** Deepest result position reachable with from/size. */
  public static final int MAX_WINDOW = 10_000;

  public static final int MAX_SIZE = 100;

  /** Matching pages listed per hit. */
  static final int PAGES_PER_HIT = 20;

  private static final Set<String> DOC_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.MEDIA_TYPE, IndexSchema.PAGE_COUNT, IndexSchema.META_JSON, IndexSchema.SHA256, IndexSchema.ACCESS);

  private final Path indexDir;
  private final Suggestions suggestions = new Suggestions();
  private volatile SearcherManager manager;

  public SearchService(Path dataDir) {
    super(new DocumentStore(dataDir.resolve("store")));
    this.indexDir = dataDir.resolve("index");
  }

  /** Whether an index exists yet (the server may start before the first indexing run). */
  @Override
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
  @Override
  public void reload() throws IOException {
    SearcherManager m = searcherManager();
    if (m != null) m.maybeRefreshBlocking();
  }

  /** Counts of what the index holds, for administrators. */
  @Override
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
  @Override
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

  /** Completions of what is being typed, from the index vocabulary. */
  @Override
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

  public SearchResults.Result search(String q, String syntax, int from, int size)
      throws IOException, QueryParseException {
    return search(new SearchRequest(q, syntax, Map.of(), null, null, SearchRequest.SortOrder.RELEVANCE, from, size, null, false));
  }

  @Override
  public SearchResults.Result search(SearchRequest req, Viewer viewer) throws IOException, QueryParseException {
    long t0 = System.nanoTime();
    int from = req.from(), size = req.size();
    Query user = checkAndParse(req);
    FieldDoc after = req.cursor() == null ? null : Cursors.decode(req.cursor(), effectiveSort(req));
    if (searcherManager() == null) return SearchResults.Result.empty(from, size);
    try {
      return withSearcher(
          s -> {
            Query docQuery = filtered(visible(IndexSchema.KIND_DOC, user, viewer), req, null);
            SearchRequest.SortOrder order = effectiveSort(req);
            int n = Math.max(1, from + size);
            TopFieldDocs top = s.search(docQuery, new TopFieldCollectorManager(sortFor(order), n, after, Integer.MAX_VALUE, false));
            QueryTerms terms = terms(user);
            List<SearchResults.Hit> hits = new ArrayList<>();
            FieldDoc last = null;
            for (int i = from; i < top.scoreDocs.length && i < from + size; i++) {
              FieldDoc fd = (FieldDoc) top.scoreDocs[i];
              Document d = s.storedFields().document(fd.doc, DOC_FIELDS);
              List<SearchResults.PageHit> pages = user == null ? List.of() : matchingPages(s, d.get(IndexSchema.ID), user, terms, viewer);
              float score = order == SearchRequest.SortOrder.RELEVANCE ? (Float) fd.fields[0] : 0f;
              hits.add(hit(entry(d), score, pages));
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
      pages.add(pageHit(pd.getField(IndexSchema.PAGE).numericValue().intValue(), pd.get(IndexSchema.TEXT), terms));
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

  private static DocEntry entry(Document d) {
    return new DocEntry(
        d.get(IndexSchema.ID), d.get(IndexSchema.TITLE), d.get(IndexSchema.MEDIA_TYPE), d.getField(IndexSchema.PAGE_COUNT).numericValue().intValue(),
        d.get(IndexSchema.META_JSON), d.get(IndexSchema.SHA256));
  }

  @Override
  protected Optional<DocEntry> findDocument(String id, Viewer viewer) throws IOException {
    try {
      return withSearcher(
          s -> {
            Query q = new BooleanQuery.Builder()
                .add(visible(IndexSchema.KIND_DOC, null, viewer), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.FILTER)
                .build();
            TopDocs top = s.search(q, 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(entry(s.storedFields().document(top.scoreDocs[0].doc, DOC_FIELDS)));
          });
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (QueryParseException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (manager != null) manager.close();
  }
}
