package kz.muragat.indexer.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.indexer.metadata.ArchivalMetadata;
import kz.muragat.indexer.metadata.DateRange;
import kz.muragat.indexer.model.DocumentRecord;
import kz.muragat.indexer.model.PageRecord;
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
import org.apache.lucene.util.BytesRef;

/**
 * The layout of Muragat's Lucene index, shared by the indexer (which writes it) and the server
 * (which reads it).
 *
 * <p>Each source file becomes a block of Lucene documents with the same {@link #ID}: one
 * <em>document</em> entry ({@link #KIND} = {@code doc}) carrying all its text and metadata — what
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

  /**
   * The text fields hold positions and offsets (phrases; snippets and hit boxes read match offsets
   * from the postings instead of analysing a page again). Lucene wants one
   * schema per field across all entries, so document and page entries use the same indexing
   * options and differ only in what is stored.
   */
  private static final FieldType STORED_TEXT = offsets(TextField.TYPE_STORED);

  private static final FieldType UNSTORED_TEXT = offsets(TextField.TYPE_NOT_STORED);

  private static FieldType offsets(FieldType base) {
    FieldType t = new FieldType(base);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private IndexSchema() {}

  /** The Lucene documents of one source file: its document entry first, then its pages. */
  public static List<Document> block(
      String id, long size, long mtime, DocumentRecord record, ArchivalMetadata meta, String metaJson, String title) {
    String access = accessOf(meta);
    List<Document> docs = new ArrayList<>();
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(id)));
    d.add(new StringField(KIND, KIND_DOC, Field.Store.NO));
    d.add(new StringField(SHA256, record.sha256(), Field.Store.YES));
    d.add(new StoredField(FILE_SIZE, size));
    d.add(new StoredField(FILE_MTIME, mtime));
    d.add(new StringField(MEDIA_TYPE, record.mediaType(), Field.Store.YES));
    d.add(new StoredField(PAGE_COUNT, record.pages().size()));
    d.add(new TextField(TITLE, title, Field.Store.YES));
    d.add(new StringField(ACCESS, access, Field.Store.YES));
    d.add(new StoredField(META_JSON, metaJson));
    // title and metadata text are searchable with the page text
    d.add(new Field(TEXT, title, UNSTORED_TEXT));
    d.add(new Field(TEXT_EXACT, title, UNSTORED_TEXT));
    d.add(new Field(TEXT_VARIANT, title, UNSTORED_TEXT));
    for (PageRecord p : record.pages()) {
      d.add(new Field(TEXT, p.text(), UNSTORED_TEXT));
      d.add(new Field(TEXT_EXACT, p.text(), UNSTORED_TEXT));
      d.add(new Field(TEXT_VARIANT, p.text(), UNSTORED_TEXT));
    }
    facet(d, FACET_FORMAT, formatName(record.mediaType()));
    for (String lang : languages(meta, record)) facet(d, FACET_LANGUAGE, lang);
    for (Map.Entry<String, String> e : meta.fields().entrySet()) {
      if (e.getKey().equals(ArchivalMetadata.TITLE)) continue;
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
    docs.add(d);
    for (PageRecord p : record.pages()) {
      Document pd = new Document();
      pd.add(new StringField(ID, id, Field.Store.YES));
      pd.add(new SortedDocValuesField(ID, new BytesRef(id)));
      pd.add(new StringField(KIND, KIND_PAGE, Field.Store.NO));
      pd.add(new IntPoint(PAGE, p.number()));
      pd.add(new StoredField(PAGE, p.number()));
      pd.add(new NumericDocValuesField(PAGE, p.number()));
      pd.add(new StringField(ACCESS, access, Field.Store.YES));
      pd.add(new Field(TEXT, p.text(), STORED_TEXT));
      pd.add(new Field(TEXT_EXACT, p.text(), UNSTORED_TEXT));
      pd.add(new Field(TEXT_VARIANT, p.text(), UNSTORED_TEXT));
      pd.add(new StoredField(CONFIDENCE, p.confidence()));
      docs.add(pd);
    }
    return docs;
  }

  /** The access level from the metadata, {@code public} when it says none. */
  public static String accessOf(ArchivalMetadata meta) {
    String a = meta.get(ArchivalMetadata.ACCESS);
    return a == null ? ACCESS_PUBLIC : a.toLowerCase(Locale.ROOT);
  }

  private static Set<String> languages(ArchivalMetadata meta, DocumentRecord record) {
    Set<String> langs = new LinkedHashSet<>();
    String declared = meta.get(ArchivalMetadata.LANGUAGE);
    if (declared != null) {
      for (String l : declared.split("[,;+ ]+")) if (!l.isBlank()) langs.add(l.toLowerCase(Locale.ROOT));
    } else {
      langs.addAll(LanguageGuess.guess(record.fullText()));
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
