package kz.muragat.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kz.muragat.core.access.AccessPolicy;
import kz.muragat.core.facts.FactFacets;
import kz.muragat.core.facts.FactsView;
import kz.muragat.core.facts.PersonsFile;
import kz.muragat.core.facts.PersonsStore;
import kz.muragat.core.access.Viewer;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.PageAccess;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.WordBox;
import kz.muragat.core.schema.IndexAnalyzer;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.search.SearchEngine.DocEntry;
import kz.muragat.search.SearchEngine.FoundDoc;
import kz.muragat.search.SearchEngine.FoundPage;
import org.apache.lucene.search.Query;

/**
 * Search as the HTTP API uses it, the same over every engine: a request becomes a {@link
 * SearchPlan} ({@link SearchPlanner}: parsing, the caller's access, filters, order), which the
 * {@link SearchEngine} runs; hits get their metadata and snippets here, documents and pages come
 * from Muragat's store (page text, word boxes, images), hit boxes from the page's words. Every
 * answer is limited to what the {@link Viewer} may see.
 */
public final class SearchService implements SearchBackend {
  /** Most documents one export holds. */
  public static final int MAX_EXPORT = 100_000;

  public static final int MAX_SIZE = SearchPlanner.MAX_SIZE;

  private final SearchEngine engine;
  private final DocumentStore store;
  private final SearchPlanner planner = new SearchPlanner(new UserQueryParser());
  private final TextMatcher matcher = new TextMatcher(new IndexAnalyzer());
  private final Suggestions suggestions = new Suggestions();
  private final ObjectMapper json = new ObjectMapper();

  private final PersonsFile persons;

  /** Over {@code engine}, with pages from {@code store} and persons from the {@code persons.json} beside it in the data folder. */
  public SearchService(SearchEngine engine, DocumentStore store) {
    this.engine = engine;
    this.store = store;
    this.persons = new PersonsFile(store.root().resolveSibling(PersonsStore.FILE));
  }

  @Override
  public boolean ready() {
    return engine.ready();
  }

  @Override
  public void reload() throws IOException {
    engine.reload();
  }

  @Override
  public Map<String, Object> stats() throws IOException {
    return engine.stats();
  }

  @Override
  public boolean delete(String id) throws IOException {
    return engine.delete(id);
  }

  /** Parses a user query (for the API's syntax checks). */
  public Query parse(String q, String syntax) throws QueryParseException, IOException {
    return planner.parser().parse(q, syntax, engine.documentFields());
  }

  @Override
  public SearchResults.Result search(SearchRequest req, Viewer viewer) throws IOException, QueryParseException {
    long t0 = System.nanoTime();
    SearchPlan plan = planner.plan(req, viewer, engine.documentFields());
    if (!engine.ready()) return SearchResults.Result.empty(req.from(), req.size());
    List<String> dims = req.withFacets() ? orderDims(engine.facetDimensions()) : List.of();
    SearchEngine.Found found = engine.search(plan, dims);
    ArchivalCitation citation = "lucene".equals(req.syntax()) || req.blank() ? null : ArchivalCitation.find(req.q());
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (FoundDoc d : found.hits()) {
      List<SearchResults.PageHit> pages = new ArrayList<>();
      for (FoundPage p : d.pages()) pages.add(new SearchResults.PageHit(p.number(), Snippets.build(p.text(), p.spans())));
      hits.add(hit(d.doc(), d.score(), pages, viewer, citation));
    }
    String didYouMean = found.total() == 0 && plan.words() != null ? suggestions.didYouMean(engine.vocabulary(viewer), req.q()) : null;
    return new SearchResults.Result(
        found.total(), (System.nanoTime() - t0) / 1_000_000, req.from(), req.size(), hits, found.nextCursor(), found.facets(), didYouMean);
  }

  /** Facet values not worth counting (unique per document) or not for the public (access levels). */
  private static final Set<String> HIDDEN_DIMS = Set.of(IndexSchema.FACET_FORMAT, "date", "list", "title", "access");

  /** Facets in the order a researcher narrows: language, type, year, archive, fonds, …, the case facts, …, format. */
  static List<String> orderDims(List<String> dims) {
    List<String> first = List.of(IndexSchema.FACET_LANGUAGE, "doc_type", IndexSchema.FACET_YEAR, "archive", "fond", "opis", "delo",
        FactFacets.ARTICLE, FactFacets.SENTENCE, FactFacets.BODY, FactFacets.PERSON);
    List<String> out = new ArrayList<>();
    for (String d : first) if (dims.contains(d)) out.add(d);
    for (String d : dims) if (!out.contains(d) && !HIDDEN_DIMS.contains(d)) out.add(d);
    if (dims.contains(IndexSchema.FACET_FORMAT)) out.add(IndexSchema.FACET_FORMAT);
    return out;
  }

  /** A hit as the caller sees it: its page count counts only the pages they may see. */
  private SearchResults.Hit hit(DocEntry d, float score, List<SearchResults.PageHit> pages, Viewer viewer, ArchivalCitation cited) throws IOException {
    Map<String, String> meta = metadata(d.metaJson());
    int pageCount = d.pageCount() - hiddenPages(d, viewer).size();
    Boolean citationMatched = cited != null && cited.matches(meta) ? Boolean.TRUE : null;
    return new SearchResults.Hit(
        d.id(), d.title(), score, IndexSchema.formatName(d.mediaType()), pageCount, meta, emptyToNull(new ArchivalMetadata(meta).citation()), pages,
        citationMatched);
  }

  /** The pages of a document the viewer may not see (pages with their own access level, see {@link IndexSchema#PAGE_ACCESS}). */
  private static Set<Integer> hiddenPages(DocEntry d, Viewer viewer) {
    Set<Integer> hidden = new HashSet<>();
    IndexSchema.pageLevels(d.pageAccess()).forEach((n, level) -> {
      if (!viewer.maySee(level)) hidden.add(n);
    });
    return hidden;
  }

  private Map<String, String> metadata(String m) throws IOException {
    if (m == null) return Map.of();
    Map<String, String> map = json.readValue(m, new TypeReference<LinkedHashMap<String, String>>() {});
    map.remove(ArchivalMetadata.ACCESS);
    map.remove(PageAccess.KEY);
    return map;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @Override
  public void export(SearchRequest req, Viewer viewer, Consumer<SearchResults.Hit> sink) throws IOException, QueryParseException {
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

  @Override
  public List<Map<String, Object>> complete(String prefix, int limit, Viewer viewer) throws IOException {
    if (prefix == null || prefix.isBlank() || !engine.ready()) return List.of();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Suggestions.Completion c : suggestions.complete(engine.vocabulary(viewer), prefix, limit)) out.add(Map.of("text", c.term(), "docs", c.docs()));
    return out;
  }

  /**
   * A visible document's stored fields, its extraction record and the pages the viewer may not
   * see (pages with their own access level, see {@link IndexSchema#PAGE_ACCESS}).
   */
  private record Loaded(DocEntry doc, DocumentRecord record, Set<Integer> hidden) {
    boolean visible(PageRecord p) {
      return !hidden.contains(p.number());
    }
  }

  private Loaded load(String id, Viewer viewer) throws IOException, NotFoundException {
    DocEntry d = engine.document(id, AccessPolicy.documents(viewer)).orElseThrow(() -> new NotFoundException("no document with id '" + id + "'"));
    DocumentRecord rec = store.read(d.sha256()).orElseThrow(() -> new NotFoundException("the pages of '" + id + "' are missing from the store"));
    return new Loaded(d, rec, hiddenPages(d, viewer));
  }

  @Override
  public SearchResults.DocumentView document(String id, Viewer viewer) throws IOException, NotFoundException {
    Loaded l = load(id, viewer);
    List<SearchResults.PageView> pages = new ArrayList<>();
    for (PageRecord p : l.record.pages()) {
      if (!l.visible(p)) continue;
      pages.add(new SearchResults.PageView(p.number(), p.source().name().toLowerCase(Locale.ROOT), p.text(), p.width(), p.height(), p.confidence(), p.image() != null,
          p.languages(), p.script(), p.lostText()));
    }
    Map<String, String> meta = metadata(l.doc.metaJson());
    return new SearchResults.DocumentView(
        id, l.doc.title(), IndexSchema.formatName(l.record.mediaType()), l.record.mediaType(), pages.size(), meta,
        emptyToNull(new ArchivalMetadata(meta).citation()), pages,
        FactsView.of(id, l.doc.factsJson(), viewer::maySee, persons.current()));
  }

  @Override
  public SearchResults.PersonsPage persons(String q, int from, int size, Viewer viewer) throws IOException, QueryParseException {
    if (from < 0 || size < 0 || size > MAX_SIZE) {
      throw new QueryParseException(QueryParseException.Reason.PAGING, "from must not be negative and size between 0 and " + MAX_SIZE);
    }
    List<Map<String, Object>> all;
    try {
      all = persons.current().find(q, viewer::maySee, current(viewer));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    int start = (int) Math.min(all.size(), (long) from);
    return new SearchResults.PersonsPage(all.size(), from, size, all.subList(start, (int) Math.min(all.size(), (long) start + size)));
  }

  @Override
  public Map<String, Object> person(String id, Viewer viewer) throws IOException, NotFoundException {
    try {
      return persons.current().person(id, viewer::maySee, current(viewer)).orElseThrow(() -> new NotFoundException("no person with id '" + id + "'"));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Whether a document {@code viewer} may see still holds the facts a mention was read from, as the
   * index holds it now (one look-up per document and request).
   */
  private PersonsStore.Current current(Viewer viewer) {
    Query access = AccessPolicy.documents(viewer);
    Map<String, String> digests = new HashMap<>();
    return (document, digest) -> digest.equals(digests.computeIfAbsent(document, id -> {
      try {
        return engine.document(id, access).map(d -> PersonsStore.digest(d.factsJson())).orElse("");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  /** A page the viewer may see; one they may not is answered exactly like one that does not exist. */
  private PageRecord page(Loaded l, int n) throws NotFoundException {
    if (n < 1 || n > l.record.pages().size() || l.hidden.contains(n)) {
      throw new NotFoundException("document '" + l.doc.id() + "' has no page " + n);
    }
    return l.record.pages().get(n - 1);
  }

  @Override
  public Path pageImage(String id, int n, Viewer viewer) throws IOException, NotFoundException {
    Loaded l = load(id, viewer);
    PageRecord p = page(l, n);
    Optional<Path> file = store.pageImage(l.record.sha256(), p.image());
    return file.orElseThrow(() -> new NotFoundException("page " + n + " of '" + id + "' has no image"));
  }

  @Override
  public List<SearchResults.Box> hitBoxes(String id, int n, String q, String syntax, Viewer viewer)
      throws IOException, NotFoundException, QueryParseException {
    QueryTerms terms = hitTerms(q, syntax);
    return boxes(page(load(id, viewer), n), terms);
  }

  /** The terms a query marks on a page: those of its wanted units, as the index holds them. */
  private QueryTerms hitTerms(String q, String syntax) throws QueryParseException, IOException {
    if (q == null || q.isBlank()) throw new QueryParseException("q is required");
    Query wanted = SearchPlanner.wantedUnits(parse(q.strip(), syntax));
    return wanted == null ? QueryTerms.of(new org.apache.lucene.search.MatchNoDocsQuery(), IndexSchema.TEXT_FIELDS) : engine.terms(wanted);
  }

  /** The boxes of a page's words that the query's terms match, each with how it matched. */
  private List<SearchResults.Box> boxes(PageRecord p, QueryTerms terms) {
    List<TextMatcher.Span> spans = matcher.spans(p, terms);
    List<SearchResults.Box> boxes = new ArrayList<>();
    if (spans.isEmpty()) return boxes;
    for (WordBox w : p.words()) {
      for (TextMatcher.Span s : spans) {
        if (w.overlaps(s.start(), s.end())) {
          boxes.add(new SearchResults.Box(w.x(), w.y(), w.w(), w.h(), w.text(), s.kind()));
          break;
        }
      }
    }
    return boxes;
  }

  @Override
  public Map<Integer, List<SearchResults.Box>> hitBoxesByPage(String id, String q, String syntax)
      throws IOException, NotFoundException, QueryParseException {
    QueryTerms terms = hitTerms(q, syntax);
    Map<Integer, List<SearchResults.Box>> out = new LinkedHashMap<>();
    Loaded l = load(id, Viewer.PUBLIC);
    for (PageRecord p : l.record.pages()) {
      if (!l.visible(p)) continue;
      List<SearchResults.Box> boxes = boxes(p, terms);
      if (!boxes.isEmpty()) out.put(p.number(), boxes);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    engine.close();
  }
}
