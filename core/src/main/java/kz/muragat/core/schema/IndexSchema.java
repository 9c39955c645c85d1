package kz.muragat.core.schema;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.core.metadata.ArchivalMetadata;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The layout of Muragat's index, shared by the indexer (which writes it, through {@link
 * FileEntries}) and the server (which reads it).
 *
 * <p>Each source file is one block of entries with the same {@link #ID}, children first:
 *
 * <ol>
 *   <li>page <em>0</em>, the document's own words — its title and the values of its metadata —
 *       in the text fields, so a word of the title or an archival citation finds the document as
 *       a word of a page would;
 *   <li>one <em>page</em> entry per page ({@link #KIND} = {@code page}, {@link #PAGE} = its number)
 *       with that page's text in the text fields, stored, and its access levels;
 *   <li>last, the <em>document</em> entry ({@link #KIND} = {@code doc}): what searches rank, count,
 *       facet, filter, sort and page through — metadata, facets, dates, access — and no text.
 * </ol>
 *
 * Text lives only in page entries, so a word is indexed once. A search matches documents through
 * their pages (Lucene's block join: a document matches a word when one of its pages the caller may
 * see holds it), word by word, so two words on different pages of one case file still find it.
 */
public final class IndexSchema {
  public static final String ID = "id";
  public static final String KIND = "kind";
  public static final String KIND_DOC = "doc";
  public static final String KIND_PAGE = "page";

  /** Morphological terms (lemmas, stems) of the page text; the page entry also stores the text here. */
  public static final String TEXT = MuragatAnalysis.FIELD_MORPH;

  /** Normalized word forms. */
  public static final String TEXT_EXACT = MuragatAnalysis.FIELD_EXACT;

  /** Spelling-variant keys of the names on a page. */
  public static final String TEXT_VARIANT = MuragatAnalysis.FIELD_VARIANT;

  /**
   * What the recogniser was unsure of: for each such word, its OCR-confusion keys and the terms of
   * the other readings it considered ({@link UncertainWords}). Empty for crisply read pages.
   */
  public static final String TEXT_OCR = MuragatAnalysis.FIELD_OCR;

  /** The text fields of a page entry, in the order {@link PageText} fills them. */
  public static final Set<String> TEXT_FIELDS = Set.of(TEXT, TEXT_EXACT, TEXT_VARIANT, TEXT_OCR);

  public static final String TITLE = "title";

  /**
   * The fields with norms — the text fields and the title — which every entry of the embedded
   * index has (empty where it has no such text: {@link PageText#complete}). {@link #TITLE}'s terms
   * keep its type's options (a title is stored only on document entries).
   */
  public static final Set<String> NORMED_FIELDS =
      Stream.concat(TEXT_FIELDS.stream(), Stream.of(TITLE)).collect(Collectors.toUnmodifiableSet());

  public static final String SHA256 = "sha256";
  public static final String FILE_SIZE = "file_size";
  public static final String FILE_MTIME = "file_mtime";
  public static final String MEDIA_TYPE = "media_type";
  public static final String PAGE_COUNT = "page_count";
  /** A page entry's number; 0 for the entry holding the document's own words. */
  public static final String PAGE = "page";
  public static final String CONFIDENCE = "confidence";
  public static final String META_JSON = "meta_json";
  /** Stored on document entries: the case facts read from the file, per access variant ({@code kz.muragat.core.facts.FileFacts}). */
  public static final String FACTS_JSON = "facts_json";
  /** The document's access level, on every entry of its block. */
  public static final String ACCESS = "access";
  /**
   * On a page entry: the level a caller needs beyond {@link #ACCESS} to see the page — the page's
   * own level from {@code page_access}, or the document's when it has none. A caller sees a page
   * when they hold both (see {@code AccessPolicy}).
   */
  public static final String ACCESS_PAGE = "access_page";
  public static final String DATE_FROM = "date_from";
  public static final String DATE_TO = "date_to";
  /** Searchable metadata values: {@code meta.<key>} (keyword, lower case) for every sidecar field. */
  public static final String META_PREFIX = "meta.";
  /** Facet values: {@code facet.<name>} sorted-set doc values. */
  public static final String FACET_PREFIX = "facet.";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_YEAR = "year";
  public static final String FACET_FORMAT = "format";

  public static final String ACCESS_PUBLIC = "public";
  /** Stored on document entries: {@code page=level;…} of the pages with a level of their own. */
  public static final String PAGE_ACCESS = "page_access";
  /** Fields a user query may not name: they describe access, not content. */
  public static final Set<String> PRIVATE_FIELDS = Set.of(ACCESS, ACCESS_PAGE, PAGE_ACCESS, KIND, SHA256, META_JSON, FACTS_JSON);

  /**
   * The text fields hold positions and offsets (phrases; snippets and hit boxes read match offsets
   * from the postings instead of analysing a page again).
   */
  static final FieldType TEXT_TYPE = withOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

  /**
   * {@link #TEXT_EXACT} holds positions only. Its positions are those of {@link #TEXT} and {@link
   * #TEXT_VARIANT} (one tokenization of the page feeds all three), and a word found in its exact
   * form is also found there through its lemma at the same position, so a match's characters are
   * read from those fields' offsets; offsets here too cost a tenth of the index for nothing.
   */
  static final FieldType EXACT_TYPE = withOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  /** The fields whose positions are the same tokens of a page (see {@link #EXACT_TYPE}). */
  public static final Set<String> ALIGNED_TEXT_FIELDS = Set.of(TEXT, TEXT_EXACT, TEXT_VARIANT);

  private static FieldType withOptions(IndexOptions options) {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(options);
    t.freeze();
    return t;
  }

  private IndexSchema() {}

  /** The term every entry of one source file's block carries. */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /** Every document entry: one per source file. */
  public static Query documents() {
    return new TermQuery(new Term(KIND, KIND_DOC));
  }

  /** Every page entry, page 0 included. */
  public static Query pages() {
    return new TermQuery(new Term(KIND, KIND_PAGE));
  }

  /**
   * Page number → its own access level, from a document entry's stored {@link #PAGE_ACCESS} (empty
   * when no page has one).
   */
  public static Map<Integer, String> pageLevels(String stored) {
    Map<Integer, String> out = new HashMap<>();
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
