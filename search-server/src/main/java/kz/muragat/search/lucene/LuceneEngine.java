package kz.muragat.search.lucene;

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
import java.util.TreeSet;
import kz.muragat.core.access.AccessPolicy;
import kz.muragat.core.access.Viewer;
import kz.muragat.core.schema.IndexAnalyzer;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.search.Cursors;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.QueryTerms;
import kz.muragat.search.SearchEngine;
import kz.muragat.search.SearchPlan;
import kz.muragat.search.SearchPlanner;
import kz.muragat.search.SearchService;
import kz.muragat.search.SearchRequest;
import kz.muragat.search.SearchResults.FacetValue;
import kz.muragat.search.Suggestions;
import kz.muragat.search.TextMatcher;
import kz.muragat.search.UserQueryParser;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;
import org.slf4j.LoggerFactory;

/**
 * The embedded Lucene index in {@code DATA/index}, written by the indexer: runs search plans, finds
 * documents, lists the vocabulary. Picks up what the indexer commits while it runs.
 */
public final class LuceneEngine implements SearchEngine {
  private static final Set<String> DOC_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.MEDIA_TYPE, IndexSchema.PAGE_COUNT, IndexSchema.META_JSON, IndexSchema.SHA256,
          IndexSchema.PAGE_ACCESS);

  private static final Set<String> PAGE_FIELDS = Set.of(IndexSchema.PAGE, IndexSchema.TEXT);

  private final Path indexDir;
  private final TextMatcher matcher = new TextMatcher(new IndexAnalyzer());
  private volatile SearcherManager manager;

  public LuceneEngine(Path indexDir) {
    this.indexDir = indexDir;
  }

  /** Search over the embedded index of a data directory ({@code DATA/index}, pages from {@code DATA/store}). */
  public static SearchService searchService(Path dataDir) {
    return new SearchService(new LuceneEngine(dataDir.resolve("index")), new DocumentStore(dataDir.resolve("store")));
  }

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

  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(IndexSearcher s) throws IOException, QueryParseException;
  }

  /** How often at most a search looks for a newer commit (a directory listing): what an indexer commits is seen within this. */
  static final long REFRESH_MILLIS = 50;

  private volatile long lastRefresh;

  /**
   * Runs {@code f} on the current searcher, first picking up what the indexer committed since the
   * last look if that was more than {@link #REFRESH_MILLIS} ago; {@code empty} when there is no
   * index yet.
   */
  private <T> T withSearcher(T empty, SearcherFunction<T> f) throws IOException, QueryParseException {
    SearcherManager m = searcherManager();
    if (m == null) return empty;
    long now = System.nanoTime();
    if (now - lastRefresh > REFRESH_MILLIS * 1_000_000) {
      lastRefresh = now;
      try {
        m.maybeRefresh();
      } catch (IllegalStateException | IOException e) {
        m = reopen(m, e);
        if (m == null) return empty;
      }
    }
    IndexSearcher s = m.acquire();
    try {
      return f.apply(s);
    } finally {
      m.release(s);
    }
  }

  private <T> T withSearcherNoParse(T empty, SearcherFunction<T> f) throws IOException {
    try {
      return withSearcher(empty, f);
    } catch (QueryParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The index folder was replaced under the server (restored from a backup, deleted and built
   * again): the open searcher cannot follow it, so open the new index from scratch.
   */
  private synchronized SearcherManager reopen(SearcherManager broken, Exception cause) {
    if (manager == broken) {
      LoggerFactory.getLogger(LuceneEngine.class).warn("index at {} was replaced; reopening it ({})", indexDir, cause.getMessage());
      try {
        broken.close();
      } catch (IOException | RuntimeException ignored) {
        // the old readers are unusable anyway
      }
      manager = null;
    }
    return searcherManager();
  }

  @Override
  public void reload() throws IOException {
    SearcherManager m = searcherManager();
    if (m != null) m.maybeRefreshBlocking();
    lastRefresh = System.nanoTime();
  }

  @Override
  public Map<String, Object> stats() throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("indexReady", ready());
    return withSearcherNoParse(
        out,
        s -> {
          out.put("documents", s.count(IndexSchema.documents()));
          out.put("pages", s.count(new BooleanQuery.Builder()
              .add(IndexSchema.pages(), Occur.FILTER)
              .add(org.apache.lucene.document.IntPoint.newRangeQuery(IndexSchema.PAGE, 1, Integer.MAX_VALUE), Occur.FILTER)
              .build()));
          Map<String, Long> byAccess = new LinkedHashMap<>();
          for (FacetValue v : FacetCounter.countTerms(s, IndexSchema.ACCESS, IndexSchema.documents())) byAccess.put(v.value(), v.count());
          out.put("documentsByAccess", byAccess);
          return out;
        });
  }

  /**
   * Removes a document (administrators). Fails with {@link IllegalStateException} while an
   * indexing run holds the index.
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

  /** The document fields of the reader last asked about, kept while it is the current one. */
  private volatile ReaderFields readerFields;

  private record ReaderFields(IndexReader.CacheKey reader, UserQueryParser.DocumentFields fields) {}

  @Override
  public UserQueryParser.DocumentFields documentFields() throws IOException {
    return withSearcherNoParse(
        UserQueryParser.DocumentFields.NONE,
        s -> {
          IndexReader.CacheKey key = s.getIndexReader().getReaderCacheHelper().getKey();
          ReaderFields cached = readerFields;
          if (cached != null && cached.reader() == key) return cached.fields();
          Set<String> meta = new TreeSet<>(), facets = new TreeSet<>();
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            for (FieldInfo fi : leaf.reader().getFieldInfos()) {
              if (fi.name.startsWith(IndexSchema.META_PREFIX)) meta.add(fi.name.substring(IndexSchema.META_PREFIX.length()));
              else if (fi.name.startsWith(IndexSchema.FACET_PREFIX)) facets.add(fi.name.substring(IndexSchema.FACET_PREFIX.length()));
            }
          }
          UserQueryParser.DocumentFields fields = new UserQueryParser.DocumentFields(meta, facets);
          readerFields = new ReaderFields(key, fields);
          return fields;
        });
  }

  @Override
  public List<String> facetDimensions() throws IOException {
    return withSearcherNoParse(List.of(), s -> FacetCounter.dimensions(s.getIndexReader()));
  }

  @Override
  public Found search(SearchPlan plan, List<String> dims) throws IOException, QueryParseException {
    return withSearcher(
        new Found(0, List.of(), null, plan.facets() ? Map.of() : null),
        s -> {
          if (plan.after() != null && plan.after().fields.length != plan.sort().getSort().length) {
            throw new QueryParseException(QueryParseException.Reason.PAGING, "the cursor belongs to another server");
          }
          int n = Math.max(1, plan.from() + plan.size());
          TopFieldCollectorManager topHits = new TopFieldCollectorManager(plan.sort(), n, plan.after(), Integer.MAX_VALUE, false);
          // facets that the request does not filter on are counted over the same matches as the
          // hits, in the same walk; the filtered ones need their own query each
          List<String> unfiltered = dims.stream().filter(d -> !plan.facetFilters().containsKey(d)).toList();
          TopFieldDocs top;
          Map<String, List<FacetValue>> counted = Map.of();
          Query documents = plan.documents();
          if (unfiltered.isEmpty()) {
            top = s.search(documents, topHits);
          } else {
            Object[] both = s.search(documents, new MultiCollectorManager(topHits, FacetCounter.counting(s.getIndexReader(), unfiltered)));
            top = (TopFieldDocs) both[0];
            @SuppressWarnings("unchecked")
            Map<String, List<FacetValue>> c = (Map<String, List<FacetValue>>) both[1];
            counted = c;
          }
          QueryTerms terms = plan.highlight() == null ? null : QueryTerms.of(s.rewrite(plan.highlight()), IndexSchema.TEXT_FIELDS);
          Weight pages = plan.pages() == null ? null : s.createWeight(s.rewrite(plan.pages()), ScoreMode.COMPLETE, 1f);
          int start = plan.after() == null ? plan.from() : 0;
          List<FieldDoc> page = new ArrayList<>();
          for (int i = start; i < top.scoreDocs.length && i < start + plan.size(); i++) page.add((FieldDoc) top.scoreDocs[i]);
          Map<Integer, List<FoundPage>> found = pages == null ? Map.of() : matchingPages(s, pages, page, terms);
          List<FoundDoc> hits = new ArrayList<>();
          FieldDoc last = null;
          for (FieldDoc fd : page) {
            Document d = s.storedFields().document(fd.doc, DOC_FIELDS);
            float score = plan.order() == SearchRequest.SortOrder.RELEVANCE ? (Float) fd.fields[0] : 0f;
            hits.add(new FoundDoc(entry(d), score, found.getOrDefault(fd.doc, List.of())));
            last = fd;
          }
          long total = top.totalHits.value;
          String next = last != null && hits.size() == plan.size() && (plan.after() == null ? plan.from() + plan.size() : plan.size()) < total
              ? Cursors.encode(last, plan.order())
              : null;
          Map<String, List<FacetValue>> facets = null;
          if (plan.facets()) {
            Map<String, Query> perDim = new java.util.HashMap<>();
            for (String dim : dims) if (!counted.containsKey(dim)) perDim.put(dim, plan.documentsExcept(dim));
            facets = FacetCounter.countAll(s, perDim, dims, counted);
          }
          return new Found(total, hits, next, facets);
        });
  }

  /**
   * The matching pages of each hit (by the hit's document number), best first. A file's block
   * holds its pages right before its document entry, so a hit's pages are the entries after the
   * previous document entry: per segment, one page-query scorer walks forward over the blocks of
   * the hits it holds, in document order.
   */
  private Map<Integer, List<FoundPage>> matchingPages(IndexSearcher s, Weight pages, List<FieldDoc> hits, QueryTerms terms) throws IOException {
    Map<Integer, List<FoundPage>> out = new java.util.HashMap<>();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int[] docs = hits.stream().mapToInt(h -> h.doc).sorted().toArray();
    LeafReaderContext leaf = null;
    BitSet parents = null;
    DocIdSetIterator it = null;
    Scorer scorer = null;
    for (int hit : docs) {
      if (leaf == null || hit >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(hit, leaves));
        parents = SearchPlanner.documentEntries(leaf);
        scorer = pages.scorer(leaf);
        it = scorer == null ? null : scorer.iterator();
      }
      if (it == null || parents == null) continue;
      int parent = hit - leaf.docBase;
      int first = parent == 0 ? 0 : parents.prevSetBit(parent - 1) + 1;
      List<ScoreDoc> found = new ArrayList<>();
      int d = it.docID() >= first ? it.docID() : it.advance(first);
      for (; d < parent; d = it.nextDoc()) found.add(new ScoreDoc(d, scorer.score()));
      if (found.isEmpty()) continue;
      found.sort((x, y) -> x.score != y.score ? Float.compare(y.score, x.score) : Integer.compare(x.doc, y.doc));
      List<FoundPage> listed = new ArrayList<>();
      StoredFields stored = leaf.reader().storedFields();
      for (ScoreDoc sd : found.subList(0, Math.min(SearchPlan.PAGES_PER_HIT, found.size()))) {
        Document pd = stored.document(sd.doc, PAGE_FIELDS);
        String text = pd.get(IndexSchema.TEXT);
        listed.add(new FoundPage(pd.getField(IndexSchema.PAGE).numericValue().intValue(), text, matcher.spans(text, terms, leaf.reader(), sd.doc)));
      }
      out.put(hit, listed);
    }
    return out;
  }

  private static DocEntry entry(Document d) {
    return new DocEntry(
        d.get(IndexSchema.ID), d.get(IndexSchema.TITLE), d.get(IndexSchema.MEDIA_TYPE), d.getField(IndexSchema.PAGE_COUNT).numericValue().intValue(),
        d.get(IndexSchema.META_JSON), d.get(IndexSchema.SHA256), d.get(IndexSchema.PAGE_ACCESS));
  }

  @Override
  public Optional<DocEntry> document(String id, Query access) throws IOException {
    return withSearcherNoParse(
        Optional.empty(),
        s -> {
          Query q = new BooleanQuery.Builder()
              .add(IndexSchema.documents(), Occur.FILTER)
              .add(access, Occur.FILTER)
              .add(new TermQuery(IndexSchema.idTerm(id)), Occur.FILTER)
              .build();
          TopDocs top = s.search(q, 1);
          if (top.scoreDocs.length == 0) return Optional.empty();
          return Optional.of(entry(s.storedFields().document(top.scoreDocs[0].doc, DOC_FIELDS)));
        });
  }

  @Override
  public QueryTerms terms(Query highlight) throws IOException {
    // rewritten as the search rewrites it, so boxes mark what the snippets mark
    return withSearcherNoParse(QueryTerms.of(highlight, IndexSchema.TEXT_FIELDS), s -> QueryTerms.of(s.rewrite(highlight), IndexSchema.TEXT_FIELDS));
  }

  /**
   * The exact-field vocabulary as {@code viewer} sees it: visible counts from the pages they may
   * see; close and prefixed terms from the whole vocabulary, for {@link Suggestions} to weigh by
   * what is visible.
   */
  @Override
  public Suggestions.Vocabulary vocabulary(Viewer viewer) {
    Query visiblePages = AccessPolicy.pages(viewer);
    return new Suggestions.Vocabulary() {
      @Override
      public int visibleDocs(String term) throws IOException {
        return withSearcherNoParse(0, s -> s.count(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.TEXT_EXACT, term)), Occur.FILTER)
            .add(visiblePages, Occur.FILTER)
            .build()));
      }

      @Override
      public List<String> similar(String term, int max) throws IOException {
        return withSearcherNoParse(
            List.of(),
            s -> {
              DirectSpellChecker checker = new DirectSpellChecker();
              checker.setMinPrefix(1);
              checker.setMinQueryLength(Suggestions.MIN_CORRECTED_LENGTH);
              checker.setMaxEdits(2);
              List<String> out = new ArrayList<>();
              for (SuggestWord w : checker.suggestSimilar(new Term(IndexSchema.TEXT_EXACT, term), max, s.getIndexReader(), SuggestMode.SUGGEST_ALWAYS)) {
                out.add(w.string);
              }
              return out;
            });
      }

      @Override
      public List<String> startingWith(String prefix, int max) throws IOException {
        return withSearcherNoParse(
            List.of(),
            s -> {
              List<String> out = new ArrayList<>();
              Terms terms = MultiTerms.getTerms(s.getIndexReader(), IndexSchema.TEXT_EXACT);
              if (terms == null) return out;
              TermsEnum te = terms.iterator();
              if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return out;
              for (BytesRef t = te.term(); t != null && out.size() < max; t = te.next()) {
                String term = t.utf8ToString();
                if (!term.startsWith(prefix)) break;
                out.add(term);
              }
              return out;
            });
      }
    };
  }

  @Override
  public void close() throws IOException {
    if (manager != null) manager.close();
  }
}
