package kz.muragat.search;

import kz.muragat.core.access.Viewer;

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
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.store.DocumentStore;
import org.apache.lucene.document.Document;
import kz.muragat.core.schema.IndexAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.slf4j.LoggerFactory;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
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
      Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.MEDIA_TYPE, IndexSchema.PAGE_COUNT, IndexSchema.META_JSON, IndexSchema.SHA256, IndexSchema.ACCESS,
          IndexSchema.PAGE_ACCESS);

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
    try {
      m.maybeRefresh();
    } catch (IllegalStateException | IOException e) {
      m = reopen(m, e);
      if (m == null) throw new NotFoundException("nothing has been indexed yet");
    }
    IndexSearcher s = m.acquire();
    try {
      return f.apply(s);
    } finally {
      m.release(s);
    }
  }

  /**
   * The index folder was replaced under the server (restored from a backup, deleted and built
   * again): the open searcher cannot follow it, so open the new index from scratch.
   */
  private synchronized SearcherManager reopen(SearcherManager broken, Exception cause) {
    if (manager == broken) {
      LoggerFactory.getLogger(SearchService.class).warn("index at {} was replaced; reopening it ({})", indexDir, cause.getMessage());
      try {
        broken.close();
      } catch (IOException | RuntimeException ignored) {
        // the old readers are unusable anyway
      }
      manager = null;
    }
    return searcherManager();
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
            out.put("documents", s.count(IndexSchema.fullDocumentEntries()));
            out.put("pages", s.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE))));
            Map<String, Long> byAccess = new LinkedHashMap<>();
            for (FacetCounter.Value v : FacetCounter.countTerms(s, IndexSchema.ACCESS, IndexSchema.fullDocumentEntries())) {
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
    IndexWriterConfig cfg = new IndexWriterConfig(new IndexAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), cfg)) {
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        existed = new IndexSearcher(reader).count(new TermQuery(IndexSchema.idTerm(id))) > 0;
      }
      writer.deleteDocuments(IndexSchema.idTerm(id));
      writer.commit();
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
            for (Suggestions.Completion c : suggestions.complete(s, prefix, limit, accessFilter(s, viewer))) out.add(Map.of("text", c.term(), "docs", c.docs()));
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
    Query parsed = checkAndParse(req);
    FieldDoc after = req.cursor() == null ? null : Cursors.decode(req.cursor(), effectiveSort(req));
    if (searcherManager() == null) return SearchResults.Result.empty(from, size);
    try {
      return withSearcher(
          s -> {
            // rewritten once: fuzzy and wildcard parts become the index's terms, for the search,
            // each hit's pages, the facets and the highlighter alike
            Query user = parsed == null ? null : s.rewrite(parsed);
            Query docQuery = filtered(visible(s, IndexSchema.KIND_DOC, user, viewer), req, null);
            SearchRequest.SortOrder order = effectiveSort(req);
            int n = Math.max(1, from + size);
            TopFieldCollectorManager topHits = new TopFieldCollectorManager(sortFor(order), n, after, Integer.MAX_VALUE, false);
            // facets that the request does not filter on are counted over the same matches as
            // the hits, in the same walk; the filtered ones need their own (see facets)
            List<String> dims = req.withFacets() ? orderDims(FacetCounter.dimensions(s.getIndexReader())) : List.of();
            List<String> unfiltered = dims.stream().filter(d -> !req.filters().containsKey(d)).toList();
            TopFieldDocs top;
            Map<String, List<FacetCounter.Value>> counted = Map.of();
            if (unfiltered.isEmpty()) {
              top = s.search(docQuery, topHits);
            } else {
              Object[] both = s.search(docQuery, new MultiCollectorManager(topHits, FacetCounter.counting(s.getIndexReader(), unfiltered)));
              top = (TopFieldDocs) both[0];
              @SuppressWarnings("unchecked")
              Map<String, List<FacetCounter.Value>> c = (Map<String, List<FacetCounter.Value>>) both[1];
              counted = c;
            }
            QueryTerms terms = terms(user);
            Weight pageWeight = user == null ? null : s.createWeight(s.rewrite(visible(s, IndexSchema.KIND_PAGE, user, viewer)), ScoreMode.COMPLETE, 1f);
            List<SearchResults.Hit> hits = new ArrayList<>();
            FieldDoc last = null;
            for (int i = from; i < top.scoreDocs.length && i < from + size; i++) {
              FieldDoc fd = (FieldDoc) top.scoreDocs[i];
              Document d = s.storedFields().document(fd.doc, DOC_FIELDS);
              List<SearchResults.PageHit> pages = pageWeight == null ? List.of() : matchingPages(s, pageWeight, fd.doc, terms);
              float score = order == SearchRequest.SortOrder.RELEVANCE ? (Float) fd.fields[0] : 0f;
              hits.add(hit(entry(d), score, pages));
              last = fd;
            }
            long total = top.totalHits.value;
            String next = last != null && hits.size() == size && (after == null ? from + size : size) < total ? Cursors.encode(last, order) : null;
            Map<String, List<FacetCounter.Value>> facets = req.withFacets() ? facets(s, user, req, viewer, dims, counted) : null;
            String didYouMean = total == 0 && user != null ? suggestions.didYouMean(s, req.q(), accessFilter(s, viewer)) : null;
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

  private Map<String, List<FacetCounter.Value>> facets(
      IndexSearcher s, Query user, SearchRequest req, Viewer viewer, List<String> dims, Map<String, List<FacetCounter.Value>> counted) throws IOException {
    Map<String, Query> perDim = new java.util.HashMap<>();
    for (String dim : dims) {
      if (!counted.containsKey(dim)) perDim.put(dim, filtered(visible(s, IndexSchema.KIND_DOC, user, viewer), req, dim));
    }
    return FacetCounter.countAll(s, perDim, dims, counted);
  }

  /**
   * The pages of one hit that match, best first. A file is indexed as one block — its document
   * entries, then its pages — so the hit's pages are the entries right after it with its id: one
   * page-query scorer per search walks forward from the hit instead of a search per hit.
   */
  private List<SearchResults.PageHit> matchingPages(IndexSearcher s, Weight pages, int hitDoc, QueryTerms terms) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hitDoc, leaves));
    int local = hitDoc - leaf.docBase;
    Scorer scorer = pages.scorer(leaf);
    SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
    if (scorer == null || ids == null || !ids.advanceExact(local)) return List.of();
    int idOrd = ids.ordValue();
    List<ScoreDoc> found = new ArrayList<>();
    DocIdSetIterator it = scorer.iterator();
    for (int d = it.advance(local + 1); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
      if (!ids.advanceExact(d) || ids.ordValue() != idOrd) break; // past the block
      found.add(new ScoreDoc(d, scorer.score()));
    }
    found.sort((x, y) -> x.score != y.score ? Float.compare(y.score, x.score) : Integer.compare(x.doc, y.doc));
    List<SearchResults.PageHit> out = new ArrayList<>();
    StoredFields stored = leaf.reader().storedFields();
    for (ScoreDoc sd : found.subList(0, Math.min(PAGES_PER_HIT, found.size()))) {
      Document pd = stored.document(sd.doc, Set.of(IndexSchema.PAGE, IndexSchema.TEXT));
      String text = pd.get(IndexSchema.TEXT);
      String snippet = Snippets.build(text, matcher.spans(text, terms, leaf.reader(), sd.doc));
      out.add(new SearchResults.PageHit(pd.getField(IndexSchema.PAGE).numericValue().intValue(), snippet));
    }
    return out;
  }

  /** Entries of a kind that the caller may see and that match the query (all when it is null). */
  private static Query visible(IndexSearcher s, String kind, Query user, Viewer viewer) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexSchema.KIND, kind)), Occur.FILTER);
    b.add(accessFilter(s, viewer), Occur.FILTER);
    b.add(user == null ? new MatchAllDocsQuery() : user, user == null ? Occur.FILTER : Occur.MUST);
    return b.build();
  }

  /**
   * The entries a viewer may see. Every answer — hits, totals, snippets, facets, suggestions,
   * documents, page images, hit boxes — goes through this one filter.
   *
   * <ul>
   *   <li>the entry's document level ({@link IndexSchema#ACCESS}) is one of the viewer's;
   *   <li>none of its page levels ({@link IndexSchema#ACCESS_PAGES}: on a page entry, the page's
   *       own level; on a document entry, the levels of the pages whose text it holds) is one the
   *       viewer lacks;
   *   <li>on a document entry, none of the page levels it leaves out ({@link
   *       IndexSchema#ACCESS_WITHOUT}) is one the viewer has — so of a document's entries the
   *       viewer matches exactly the one with all the pages they may see and no other.
   * </ul>
   *
   * An administrator holds every level: they match each document's full entry and every page.
   */
  static Query accessFilter(IndexSearcher s, Viewer viewer) throws IOException {
    Set<String> all = new java.util.TreeSet<>();
    for (String field : List.of(IndexSchema.ACCESS, IndexSchema.ACCESS_PAGES)) {
      org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(s.getIndexReader(), field);
      if (terms == null) continue;
      org.apache.lucene.index.TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null && all.size() < 256; t = te.next()) all.add(t.utf8ToString());
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
    if (viewer.admin()) {
      b.add(new TermQuery(new Term(IndexSchema.DOC_VIEW, IndexSchema.DOC_VIEW_PARTIAL)), Occur.MUST_NOT);
      return b.build();
    }
    BooleanQuery.Builder level = new BooleanQuery.Builder();
    for (String l : viewer.levels()) level.add(new TermQuery(new Term(IndexSchema.ACCESS, l)), Occur.SHOULD);
    b.add(level.build(), Occur.FILTER);
    for (String l : all) {
      if (viewer.levels().contains(l)) {
        b.add(new TermQuery(new Term(IndexSchema.ACCESS_WITHOUT, l)), Occur.MUST_NOT);
      } else {
        b.add(new TermQuery(new Term(IndexSchema.ACCESS_PAGES, l)), Occur.MUST_NOT);
      }
    }
    return b.build();
  }

  private static DocEntry entry(Document d) {
    return new DocEntry(
        d.get(IndexSchema.ID), d.get(IndexSchema.TITLE), d.get(IndexSchema.MEDIA_TYPE), d.getField(IndexSchema.PAGE_COUNT).numericValue().intValue(),
        d.get(IndexSchema.META_JSON), d.get(IndexSchema.SHA256), d.get(IndexSchema.PAGE_ACCESS));
  }

  @Override
  protected Optional<DocEntry> findDocument(String id, Viewer viewer) throws IOException {
    try {
      return withSearcher(
          s -> {
            Query q = new BooleanQuery.Builder()
                .add(visible(s, IndexSchema.KIND_DOC, null, viewer), Occur.FILTER)
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
  protected Query rewriteForHits(Query parsed) throws IOException {
    try {
      // rewritten as the search rewrites it, so boxes mark what the snippets mark
      return withSearcher(s -> s.rewrite(parsed));
    } catch (NotFoundException | QueryParseException e) {
      return parsed;
    }
  }

  @Override
  public void close() throws IOException {
    if (manager != null) manager.close();
  }
}
