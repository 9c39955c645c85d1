package kz.muragat.core.schema;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.analysis.fork.TextFork;
import kz.muragat.analysis.fork.TokenList;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.DateRange;
import kz.muragat.core.metadata.PageAccess;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The layout of Muragat's Lucene index, shared by the indexer (which writes it) and the server
 * (which reads it).
 *
 * <p>Each source file becomes a block of Lucene documents with the same {@link #ID}: one
 * <em>document</em> entry (more when pages have their own access levels: see {@link #block}) ({@link #KIND} = {@code doc}) carrying all its text and metadata — what
 * searches rank, count, facet and page through — and one <em>page</em> entry per page ({@link
 * #KIND} = {@code page}) with that page's text, so a hit knows which pages matched and can be
 * highlighted page by page.
 */
public final class IndexSchema {
  public static final String ID = "id";
  public static final String KIND = "kind";
  public static final String KIND_DOC = "doc";
  public static final String KIND_PAGE = "page";
  public static final String TEXT = MuragatAnalysis.FIELD_MORPH;
  public static final String TEXT_EXACT = MuragatAnalysis.FIELD_EXACT;
  public static final String TEXT_VARIANT = MuragatAnalysis.FIELD_VARIANT;
  public static final String TITLE = "title";
  public static final String SHA256 = "sha256";
  public static final String FILE_SIZE = "file_size";
  public static final String FILE_MTIME = "file_mtime";
  public static final String MEDIA_TYPE = "media_type";
  public static final String PAGE_COUNT = "page_count";
  public static final String PAGE = "page";
  public static final String CONFIDENCE = "confidence";
  public static final String META_JSON = "meta_json";
  public static final String ACCESS = "access";
  public static final String DATE_FROM = "date_from";
  public static final String DATE_TO = "date_to";
  /** Searchable metadata values: {@code meta.<key>} (keyword) for every sidecar field. */
  public static final String META_PREFIX = "meta.";
  /** Facet values: {@code facet.<name>} sorted-set doc values. */
  public static final String FACET_PREFIX = "facet.";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_YEAR = "year";
  public static final String FACET_FORMAT = "format";

  public static final String ACCESS_PUBLIC = "public";
  /** Page levels beyond the document's: on a document entry those whose pages it holds, on a page entry its own. */
  public static final String ACCESS_PAGES = "access_pages";
  /** On a partial document entry: the page levels whose pages it leaves out (it is for callers without them). */
  public static final String ACCESS_WITHOUT = "access_without";
  /** {@code partial} on the document entries that leave some pages out; absent on the full entry. */
  public static final String DOC_VIEW = "doc_view";
  public static final String DOC_VIEW_PARTIAL = "partial";
  /** Stored on document entries: {@code page=level;…} of the pages with an extra level. */
  public static final String PAGE_ACCESS = "page_access";
  /** Fields a user query may not name: they describe access, not content. */
  public static final Set<String> PRIVATE_FIELDS = Set.of(ACCESS, ACCESS_PAGES, ACCESS_WITHOUT, DOC_VIEW, PAGE_ACCESS, KIND, SHA256, META_JSON);

  /**
   * The text fields hold positions and offsets (phrases; snippets and hit boxes read match offsets
   * from the postings instead of analysing a page again). Lucene wants one
   * schema per field across all entries, so document and page entries use the same indexing
   * options and differ only in what is stored.
   */
  static final FieldType UNSTORED_TEXT = offsets(TextField.TYPE_NOT_STORED);

  /** A page entry's text field when given as a string ({@link PageText#STRINGS}): also stored. */
  static final FieldType STORED_TEXT = offsets(TextField.TYPE_STORED);

  static FieldType offsets(FieldType base) {
    FieldType t = new FieldType(base);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private IndexSchema() {}

  /** Adds a page's text fields ({@link #TEXT}, {@link #TEXT_EXACT}, {@link #TEXT_VARIANT}) to an entry. */
  interface PageText {
    /**
     * @param pageEntry the page's own entry, which also stores the text in {@link #TEXT}; a
     *     document entry stores nothing of it
     */
    void add(Document entry, PageRecord page, boolean pageEntry);

    /**
     * The page text as plain string values, analysed by whoever receives the entries: a target
     * with its own analysis (a Solr collection, whose configset runs the same chains) needs the
     * text, not tokens.
     */
    PageText STRINGS =
        (entry, p, pageEntry) -> {
          entry.add(new Field(TEXT, p.text(), pageEntry ? STORED_TEXT : UNSTORED_TEXT));
          entry.add(new Field(TEXT_EXACT, p.text(), UNSTORED_TEXT));
          entry.add(new Field(TEXT_VARIANT, p.text(), UNSTORED_TEXT));
        };
  }

  /**
   * Page text analysed once per block: the first entry that holds a page runs its text through
   * {@link MuragatAnalysis#indexFork()} (the normalized chain once, forked into the exact, morph
   * and variant filters) and every entry holding the page — its document entries and its page
   * entry — indexes those token lists, replayed, as pre-analyzed fields. Lucene still puts the
   * writer analyzer's ({@link IndexAnalyzer}) position and offset gaps between the values of a
   * field, so the index is term for term what analysing each value as a string gives ({@code
   * PreAnalyzedPagesTest}). One instance per block, used by one thread.
   */
  static final class PreAnalyzedPages implements PageText {
    private final Map<PageRecord, List<TokenList>> tokens = new IdentityHashMap<>();

    @Override
    public void add(Document entry, PageRecord page, boolean pageEntry) {
      List<TokenList> t = tokens.computeIfAbsent(page, p -> Fork.FORK.analyze(TEXT, p.text()));
      if (pageEntry) entry.add(new StoredField(TEXT, page.text()));
      entry.add(new Field(TEXT, t.get(1).stream(), UNSTORED_TEXT));
      entry.add(new Field(TEXT_EXACT, t.get(0).stream(), UNSTORED_TEXT));
      entry.add(new Field(TEXT_VARIANT, t.get(2).stream(), UNSTORED_TEXT));
    }
  }

  /** Built on first use (it loads the dictionaries), not when the server reads the constants. */
  private static final class Fork {
    static final TextFork FORK = MuragatAnalysis.indexFork();
  }

  /**
   * The Lucene documents of one source file: its document entries first, then its pages.
   *
   * <p>A document whose metadata gives some pages their own access level ({@link PageAccess},
   * e.g. page 3 {@code closed} in a public file) gets one document entry per combination of those
   * extra levels a caller may hold: each carries the text of exactly the pages such a caller may
   * see, and says which extra levels it includes ({@link #ACCESS_PAGES}) and which it leaves out
   * ({@link #ACCESS_WITHOUT}). Every caller matches exactly one entry per document (see {@code
   * SearchService.accessFilter}), so hits, totals, facets, snippets and suggestions are computed
   * from text that caller may see, and nothing of a closed page is in what they can reach. The
   * entry holding everything is the <em>full</em> one; the others are marked {@link #DOC_VIEW}
   * {@code partial}. Each page entry carries its own extra level in {@link #ACCESS_PAGES}.
   */
  public static List<Document> block(
      String id, long size, long mtime, DocumentRecord record, ArchivalMetadata meta, String metaJson, String title) {
    return block(id, size, mtime, record, meta, metaJson, title, true);
  }

  /**
   * {@link #block}, with the page text pre-analyzed for the embedded index ({@code preAnalyzed}),
   * or as plain strings for a target that analyses it itself ({@link IndexTarget#analysesText()}).
   */
  public static List<Document> block(
      String id, long size, long mtime, DocumentRecord record, ArchivalMetadata meta, String metaJson, String title,
      boolean preAnalyzed) {
    return block(id, size, mtime, record, meta, metaJson, title, preAnalyzed ? new PreAnalyzedPages() : PageText.STRINGS);
  }

  /** {@link #block}, with the page text fields made by {@code pageText}. */
  static List<Document> block(
      String id, long size, long mtime, DocumentRecord record, ArchivalMetadata meta, String metaJson, String title,
      PageText pageText) {
    String access = accessOf(meta);
    PageAccess pageAccess = PageAccess.of(meta);
    List<String> extras = new ArrayList<>(pageAccess.extraLevels(record.pages().size(), access));
    StringBuilder pageLevels = new StringBuilder();
    for (PageRecord p : record.pages()) {
      String e = pageAccess.extraLevel(p.number(), access);
      if (e != null) pageLevels.append(pageLevels.length() == 0 ? "" : ";").append(p.number()).append('=').append(e);
    }
    List<Document> docs = new ArrayList<>();
    // the full entry first (every subset bit set), then the partial views
    for (int mask = (1 << extras.size()) - 1; mask >= 0; mask--) {
      Set<String> included = new LinkedHashSet<>();
      for (int i = 0; i < extras.size(); i++) if ((mask & (1 << i)) != 0) included.add(extras.get(i));
      Document d = docEntry(id, size, mtime, record, meta, metaJson, title, access, pageAccess, included, pageText);
      for (String e : extras) {
        d.add(new StringField(included.contains(e) ? ACCESS_PAGES : ACCESS_WITHOUT, e, Field.Store.NO));
      }
      if (included.size() < extras.size()) d.add(new StringField(DOC_VIEW, DOC_VIEW_PARTIAL, Field.Store.NO));
      if (pageLevels.length() > 0) d.add(new StoredField(PAGE_ACCESS, pageLevels.toString()));
      docs.add(d);
    }
    for (PageRecord p : record.pages()) {
      Document pd = new Document();
      pd.add(new StringField(ID, id, Field.Store.YES));
      pd.add(new SortedDocValuesField(ID, new BytesRef(id)));
      pd.add(new StringField(KIND, KIND_PAGE, Field.Store.NO));
      pd.add(new IntPoint(PAGE, p.number()));
      pd.add(new StoredField(PAGE, p.number()));
      pd.add(new NumericDocValuesField(PAGE, p.number()));
      pd.add(new StringField(ACCESS, access, Field.Store.YES));
      String extra = pageAccess.extraLevel(p.number(), access);
      if (extra != null) pd.add(new StringField(ACCESS_PAGES, extra, Field.Store.NO));
      pageText.add(pd, p, true);
      pd.add(new StoredField(CONFIDENCE, p.confidence()));
      docs.add(pd);
    }
    return docs;
  }

  /** One document entry holding the text of the pages a caller with the {@code included} extra levels may see. */
  private static Document docEntry(
      String id, long size, long mtime, DocumentRecord record, ArchivalMetadata meta, String metaJson, String title,
      String access, PageAccess pageAccess, Set<String> included, PageText pageText) {
    List<PageRecord> pages = new ArrayList<>();
    for (PageRecord p : record.pages()) {
      String e = pageAccess.extraLevel(p.number(), access);
      if (e == null || included.contains(e)) pages.add(p);
    }
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(id)));
    d.add(new StringField(KIND, KIND_DOC, Field.Store.NO));
    d.add(new StringField(SHA256, record.sha256(), Field.Store.YES));
    d.add(new StoredField(FILE_SIZE, size));
    d.add(new StoredField(FILE_MTIME, mtime));
    d.add(new StringField(MEDIA_TYPE, record.mediaType(), Field.Store.YES));
    d.add(new StoredField(PAGE_COUNT, pages.size()));
    d.add(new TextField(TITLE, title, Field.Store.YES));
    d.add(new StringField(ACCESS, access, Field.Store.YES));
    d.add(new StoredField(META_JSON, metaJson));
    // title and metadata text are searchable with the page text
    d.add(new Field(TEXT, title, UNSTORED_TEXT));
    d.add(new Field(TEXT_EXACT, title, UNSTORED_TEXT));
    d.add(new Field(TEXT_VARIANT, title, UNSTORED_TEXT));
    StringBuilder visibleText = new StringBuilder();
    for (PageRecord p : pages) {
      pageText.add(d, p, false);
      visibleText.append(p.text()).append('\n');
    }
    facet(d, FACET_FORMAT, formatName(record.mediaType()));
    for (String lang : languages(meta, visibleText.toString())) facet(d, FACET_LANGUAGE, lang);
    for (Map.Entry<String, String> e : meta.fields().entrySet()) {
      if (e.getKey().equals(ArchivalMetadata.TITLE) || e.getKey().equals(PageAccess.KEY)) continue;
      d.add(new StringField(META_PREFIX + e.getKey(), e.getValue().toLowerCase(Locale.ROOT), Field.Store.NO));
      // language is faceted above; the access level is not for counting in public
      if (!e.getKey().equals(ArchivalMetadata.LANGUAGE) && !e.getKey().equals(ArchivalMetadata.ACCESS)) facet(d, e.getKey(), e.getValue());
      // archival citation parts and free fields are also found by plain text search
      d.add(new Field(TEXT, e.getValue(), UNSTORED_TEXT));
      d.add(new Field(TEXT_EXACT, e.getValue(), UNSTORED_TEXT));
      d.add(new Field(TEXT_VARIANT, e.getValue(), UNSTORED_TEXT));
    }
    DateRange.parse(meta.get(ArchivalMetadata.DATE))
        .ifPresent(
            r -> {
              d.add(new LongPoint(DATE_FROM, r.from().toEpochDay()));
              d.add(new NumericDocValuesField(DATE_FROM, r.from().toEpochDay()));
              d.add(new LongPoint(DATE_TO, r.to().toEpochDay()));
              for (int y = r.from().getYear(); y <= r.to().getYear() && y < r.from().getYear() + 200; y++) {
                facet(d, FACET_YEAR, Integer.toString(y));
              }
            });
    return d;
  }

  /** One entry per source file: document entries, without the partial views of files with page access levels. */
  public static Query fullDocumentEntries() {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.DOC_VIEW, IndexSchema.DOC_VIEW_PARTIAL)), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /** The term every entry of one source file's block carries. */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /**
   * Page number → extra access level, from a document entry's stored {@link #PAGE_ACCESS} (empty
   * when no page has one).
   */
  public static Map<Integer, String> pageLevels(String stored) {
    Map<Integer, String> out = new java.util.HashMap<>();
    if (stored == null || stored.isEmpty()) return out;
    for (String item : stored.split(";")) {
      int eq = item.indexOf('=');
      out.put(Integer.parseInt(item.substring(0, eq)), item.substring(eq + 1));
    }
    return out;
  }

  /** The access level from the metadata, {@code public} when it says none. */
  public static String accessOf(ArchivalMetadata meta) {
    String a = meta.get(ArchivalMetadata.ACCESS);
    return a == null ? ACCESS_PUBLIC : a.toLowerCase(Locale.ROOT);
  }

  private static Set<String> languages(ArchivalMetadata meta, String text) {
    Set<String> langs = new LinkedHashSet<>();
    String declared = meta.get(ArchivalMetadata.LANGUAGE);
    if (declared != null) {
      for (String l : declared.split("[,;+ ]+")) if (!l.isBlank()) langs.add(l.toLowerCase(Locale.ROOT));
    } else {
      langs.addAll(LanguageGuess.guess(text));
    }
    return langs;
  }

  private static void facet(Document d, String name, String value) {
    if (value == null || value.isBlank()) return;
    String v = value.length() > 200 ? value.substring(0, 200) : value;
    d.add(new SortedSetDocValuesField(FACET_PREFIX + name, new BytesRef(v)));
  }

  /** A short name for a media type, for the format facet. */
  public static String formatName(String mediaType) {
    return switch (mediaType) {
      case "image/tiff" -> "TIFF";
      case "image/png" -> "PNG";
      case "image/jpeg" -> "JPEG";
      case "application/pdf" -> "PDF";
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
      case "application/msword" -> "DOC";
      case "text/html", "application/xhtml+xml" -> "HTML";
      case "text/plain" -> "TXT";
      default -> mediaType.startsWith("application/vnd.oasis.opendocument") ? "ODF" : mediaType;
    };
  }
}
