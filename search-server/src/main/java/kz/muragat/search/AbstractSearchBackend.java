package kz.muragat.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kz.muragat.indexer.index.IndexAnalyzer;
import kz.muragat.indexer.index.IndexSchema;
import kz.muragat.indexer.metadata.ArchivalMetadata;
import kz.muragat.indexer.model.DocumentRecord;
import kz.muragat.indexer.model.PageRecord;
import kz.muragat.indexer.model.WordBox;
import kz.muragat.indexer.store.DocumentStore;
import org.apache.lucene.search.Query;

/**
 * What both search backends share — everything but reaching the index: the user's query syntax
 * ({@link UserQueryParser}), request checks, snippets and hit boxes (Muragat's own analysis over the
 * page text and word boxes), the shape of hits and document views, export through cursors, and
 * reading documents, pages and images from Muragat's store. A backend supplies searching, counting
 * and the one lookup {@link #findDocument}.
 */
public abstract class AbstractSearchBackend implements SearchBackend {
  /** The text fields a query's terms are taken from for snippets and hit boxes. */
  protected static final Set<String> TEXT_FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.TEXT_EXACT, IndexSchema.TEXT_VARIANT);

  protected final DocumentStore store;
  protected final UserQueryParser parser = new UserQueryParser();
  protected final TextMatcher matcher = new TextMatcher(new IndexAnalyzer());
  private final ObjectMapper json = new ObjectMapper();

  protected AbstractSearchBackend(DocumentStore store) {
    this.store = store;
  }

  /** A document entry's stored fields, as every backend keeps them. */
  public record DocEntry(String id, String title, String mediaType, int pageCount, String metaJson, String sha256, String pageAccess) {}

  /** The document entry with this id, if the viewer may see it. */
  protected abstract Optional<DocEntry> findDocument(String id, Viewer viewer) throws IOException;

  /** Parses a user query (for the API's syntax checks and hit boxes). */
  public Query parse(String q, String syntax) throws QueryParseException {
    return parser.parse(q, syntax);
  }

  /** Checks the request's paging; the parsed query, or null for a blank one. */
  protected Query checkAndParse(SearchRequest req) throws QueryParseException {
    int from = req.from(), size = req.size();
    if (from < 0 || size < 0) throw new QueryParseException("from and size must not be negative");
    if (size > SearchService.MAX_SIZE) throw new QueryParseException("size must be at most " + SearchService.MAX_SIZE);
    if (req.cursor() != null && from != 0) throw new QueryParseException("use either from or cursor, not both");
    if ((long) from + size > SearchService.MAX_WINDOW) {
      throw new QueryParseException("from + size must be at most " + SearchService.MAX_WINDOW + "; page deeper with the cursor (next_cursor)");
    }
    return req.blank() ? null : parser.parse(req.q(), req.syntax());
  }

  /** A blank query has no relevance: it lists by id unless a date order is asked for. */
  protected static SearchRequest.SortOrder effectiveSort(SearchRequest req) {
    return req.blank() && req.sort() == SearchRequest.SortOrder.RELEVANCE ? SearchRequest.SortOrder.ID : req.sort();
  }

  /** Facet values not worth counting (unique per document) or not for the public (access levels). */
  private static final Set<String> HIDDEN_DIMS = Set.of(IndexSchema.FACET_FORMAT, "date", "list", "title", "access");

  /** Facets in the order a researcher narrows: language, type, year, archive, fonds, …, format. */
  protected static List<String> orderDims(List<String> dims) {
    List<String> first = List.of(IndexSchema.FACET_LANGUAGE, "doc_type", IndexSchema.FACET_YEAR, "archive", "fond", "opis", "delo");
    List<String> out = new ArrayList<>();
    for (String d : first) if (dims.contains(d)) out.add(d);
    for (String d : dims) if (!out.contains(d) && !HIDDEN_DIMS.contains(d)) out.add(d);
    if (dims.contains(IndexSchema.FACET_FORMAT)) out.add(IndexSchema.FACET_FORMAT);
    return out;
  }

  /** The terms of a query that snippets and hit boxes mark. */
  protected static QueryTerms terms(Query user) {
    return user == null ? null : QueryTerms.of(user, TEXT_FIELDS);
  }

  /** A matching page with its snippet. */
  protected SearchResults.PageHit pageHit(int number, String text, QueryTerms terms) {
    return new SearchResults.PageHit(number, Snippets.build(text, matcher.spans(text, terms)));
  }

  protected SearchResults.Hit hit(DocEntry d, float score, List<SearchResults.PageHit> pages) throws IOException {
    Map<String, String> meta = metadata(d.metaJson());
    return new SearchResults.Hit(
        d.id(), d.title(), score, IndexSchema.formatName(d.mediaType()), d.pageCount(), meta, emptyToNull(new ArchivalMetadata(meta).citation()), pages);
  }

  private Map<String, String> metadata(String m) throws IOException {
    if (m == null) return Map.of();
    Map<String, String> map = json.readValue(m, new TypeReference<LinkedHashMap<String, String>>() {});
    map.remove(ArchivalMetadata.ACCESS);
    map.remove(kz.muragat.indexer.metadata.PageAccess.KEY);
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
          search(new SearchRequest(req.q(), req.syntax(), req.filters(), req.dateFrom(), req.dateTo(), req.sort(), 0, SearchService.MAX_SIZE, cursor, false), viewer);
      for (SearchResults.Hit h : page.hits()) {
        if (sent++ >= SearchService.MAX_EXPORT) return;
        sink.accept(h);
      }
      cursor = page.next_cursor();
    } while (cursor != null);
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
    DocEntry d = findDocument(id, viewer).orElseThrow(() -> new NotFoundException("no document with id '" + id + "'"));
    DocumentRecord rec = store.read(d.sha256()).orElseThrow(() -> new NotFoundException("the pages of '" + id + "' are missing from the store"));
    Set<Integer> hidden = new java.util.HashSet<>();
    IndexSchema.pageLevels(d.pageAccess()).forEach((n, level) -> {
      if (!viewer.maySee(level)) hidden.add(n);
    });
    return new Loaded(d, rec, hidden);
  }

  @Override
  public SearchResults.DocumentView document(String id, Viewer viewer) throws IOException, NotFoundException {
    Loaded l = load(id, viewer);
    List<SearchResults.PageView> pages = new ArrayList<>();
    for (PageRecord p : l.record.pages()) {
      if (!l.visible(p)) continue;
      pages.add(new SearchResults.PageView(p.number(), p.source().name().toLowerCase(Locale.ROOT), p.text(), p.width(), p.height(), p.confidence(), p.image() != null,
          p.languages(), p.script()));
    }
    Map<String, String> meta = metadata(l.doc.metaJson());
    return new SearchResults.DocumentView(
        id, l.doc.title(), IndexSchema.formatName(l.record.mediaType()), l.record.mediaType(), pages.size(), meta,
        emptyToNull(new ArchivalMetadata(meta).citation()), pages);
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

  private QueryTerms hitTerms(String q, String syntax) throws QueryParseException, IOException {
    if (q == null || q.isBlank()) throw new QueryParseException("q is required");
    return QueryTerms.of(rewriteForHits(parser.parse(q.strip(), syntax)), TEXT_FIELDS);
  }

  /**
   * The query as the backend's search expands it (fuzzy and wildcard parts as the index's terms),
   * so hit boxes mark what snippets mark; as parsed by default.
   */
  protected Query rewriteForHits(Query parsed) throws IOException {
    return parsed;
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
}
