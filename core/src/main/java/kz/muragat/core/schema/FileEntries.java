package kz.muragat.core.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.muragat.core.facts.FileFacts;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.DateRange;
import kz.muragat.core.metadata.PageAccess;
import kz.muragat.core.model.PageRecord;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene entries of one source file, in the order {@link IndexSchema} describes: page 0 (the
 * document's own words), its pages, then the document entry.
 *
 * <p>Access: every entry carries the document's level ({@link IndexSchema#ACCESS}); every page
 * entry also the level its page needs ({@link IndexSchema#ACCESS_PAGE}: its own from {@code
 * page_access}, else the document's). Text lives only in page entries, so nothing of a page with
 * a stricter level reaches a caller without it — no copy of its text sits in an entry they may
 * see. What a document entry shows everyone who may see it (its title, its language facet) comes
 * only from pages at the document's own level — its case facts' facets too ({@link FileFacts}).
 */
public final class FileEntries {
  private FileEntries() {}

  /** The entries of {@code file}, with its text made into fields by {@code text}, its case facts read. */
  public static List<Document> of(IndexedFile file, PageText text) {
    return of(file, text, true);
  }

  /**
   * The entries of {@code file}, with its text made into fields by {@code text}; its case facts
   * ({@link FileFacts}) are read only if {@code readFacts} — without them the document entry has
   * no facts and no fact facets, as if its pages stated none.
   */
  public static List<Document> of(IndexedFile file, PageText text, boolean readFacts) {
    ArchivalMetadata meta = file.meta();
    String access = IndexSchema.accessOf(meta);
    PageAccess pageAccess = PageAccess.of(meta);
    List<Document> entries = new ArrayList<>(file.record().pages().size() + 2);
    entries.add(documentWords(file, access, text));
    StringBuilder pageLevels = new StringBuilder();
    StringBuilder openText = new StringBuilder();
    List<kz.muragat.facts.PageText> factPages = new ArrayList<>();
    Map<Integer, String> ownLevels = new HashMap<>();
    for (PageRecord p : file.record().pages()) {
      String own = pageAccess.extraLevel(p.number(), access);
      factPages.add(new kz.muragat.facts.PageText(p.number(), p.text()));
      if (own != null) {
        ownLevels.put(p.number(), own);
        pageLevels.append(pageLevels.length() == 0 ? "" : ";").append(p.number()).append('=').append(own);
      } else {
        openText.append(p.text()).append('\n');
      }
      Document page = page(file.id(), p, access, own == null ? access : own, text);
      if (entries.size() == 1) ownTitleOnFirstPage(file, page, text);
      entries.add(page);
    }
    Document doc = document(file, access, pageLevels.toString(), openText.toString());
    if (readFacts) facts(doc, FileFacts.read(factPages, ownLevels));
    entries.add(doc);
    for (Document e : entries) text.complete(e);
    return entries;
  }

  /**
   * The file's facts: stored per access variant for the API, and those of the pages at the
   * document's own level as facets — a document entry's facet is counted for everyone who may see
   * the document, so a fact only a stricter page states is not counted or filterable.
   */
  private static void facts(Document doc, FileFacts facts) {
    doc.add(new StoredField(IndexSchema.FACTS_JSON, facts.toJson()));
    facts.facets().forEach((dim, values) -> values.forEach(v -> facet(doc, dim, v)));
  }

  private static Document pageEntry(String id, int number, String access, String pageAccess) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
    // Lucene keeps one schema per field: the id's doc values (sorting documents) are on every entry
    d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(id)));
    d.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_PAGE, Field.Store.NO));
    d.add(new IntPoint(IndexSchema.PAGE, number));
    d.add(new StoredField(IndexSchema.PAGE, number));
    d.add(new NumericDocValuesField(IndexSchema.PAGE, number));
    d.add(new StringField(IndexSchema.ACCESS, access, Field.Store.NO));
    d.add(new StringField(IndexSchema.ACCESS_PAGE, pageAccess, Field.Store.NO));
    return d;
  }

  /** Page 0: the title and metadata values, searchable as the words of a page everyone who sees the document may see. */
  private static Document documentWords(IndexedFile file, String access, PageText text) {
    Document d = pageEntry(file.id(), 0, access, access);
    text.add(d, file.title(), "", false);
    for (Map.Entry<String, String> e : file.meta().fields().entrySet()) {
      if (searchableAsText(e.getKey())) text.add(d, e.getValue(), "", false);
    }
    return d;
  }

  /**
   * The file's own title (HTML {@code <title>}, PDF metadata) when it is not the document's title
   * — its first page has a stricter level than the document, or the sidecar names another — is part of the
   * file's content: searchable as words of its first page, at that page's level.
   */
  private static void ownTitleOnFirstPage(IndexedFile file, Document firstPage, PageText text) {
    String own = file.record().title();
    if (own != null && !own.isBlank() && !own.equals(file.title())) text.add(firstPage, own, "", false);
  }

  private static boolean searchableAsText(String key) {
    return !key.equals(ArchivalMetadata.TITLE) && !key.equals(PageAccess.KEY) && !key.equals(ArchivalMetadata.ACCESS);
  }

  private static Document page(String id, PageRecord p, String access, String pageAccess, PageText text) {
    Document d = pageEntry(id, p.number(), access, pageAccess);
    text.add(d, p.text(), UncertainWords.of(p), true);
    d.add(new StoredField(IndexSchema.CONFIDENCE, p.confidence()));
    return d;
  }

  private static Document document(IndexedFile file, String access, String pageLevels, String openText) {
    ArchivalMetadata meta = file.meta();
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, file.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(file.id())));
    d.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_DOC, Field.Store.NO));
    d.add(new StringField(IndexSchema.SHA256, file.record().sha256(), Field.Store.YES));
    d.add(new StoredField(IndexSchema.FILE_SIZE, file.size()));
    d.add(new StoredField(IndexSchema.FILE_MTIME, file.mtime()));
    d.add(new StringField(IndexSchema.MEDIA_TYPE, file.record().mediaType(), Field.Store.YES));
    d.add(new StoredField(IndexSchema.PAGE_COUNT, file.record().pages().size()));
    // stored and searchable by name (title:…); plain words of the title are found through page 0
    d.add(new TextField(IndexSchema.TITLE, file.title(), Field.Store.YES));
    d.add(new StringField(IndexSchema.ACCESS, access, Field.Store.YES));
    d.add(new StoredField(IndexSchema.META_JSON, file.metaJson()));
    if (!pageLevels.isEmpty()) d.add(new StoredField(IndexSchema.PAGE_ACCESS, pageLevels));
    facet(d, IndexSchema.FACET_FORMAT, IndexSchema.formatName(file.record().mediaType()));
    for (String lang : languages(meta, openText)) facet(d, IndexSchema.FACET_LANGUAGE, lang);
    for (Map.Entry<String, String> e : meta.fields().entrySet()) {
      if (e.getKey().equals(ArchivalMetadata.TITLE) || e.getKey().equals(PageAccess.KEY)) continue;
      d.add(new StringField(IndexSchema.META_PREFIX + e.getKey(), e.getValue().toLowerCase(Locale.ROOT), Field.Store.NO));
      // language is faceted above; the access level is not for counting in public
      if (!e.getKey().equals(ArchivalMetadata.LANGUAGE) && !e.getKey().equals(ArchivalMetadata.ACCESS)) facet(d, e.getKey(), e.getValue());
    }
    DateRange.parse(meta.get(ArchivalMetadata.DATE))
        .ifPresent(
            r -> {
              d.add(new LongPoint(IndexSchema.DATE_FROM, r.from().toEpochDay()));
              d.add(new NumericDocValuesField(IndexSchema.DATE_FROM, r.from().toEpochDay()));
              d.add(new LongPoint(IndexSchema.DATE_TO, r.to().toEpochDay()));
              for (int y = r.from().getYear(); y <= r.to().getYear() && y < r.from().getYear() + 200; y++) {
                facet(d, IndexSchema.FACET_YEAR, Integer.toString(y));
              }
            });
    return d;
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
    // doc values to count, a term to filter on
    d.add(new SortedSetDocValuesField(IndexSchema.FACET_PREFIX + name, new BytesRef(v)));
    d.add(new StringField(IndexSchema.FACET_PREFIX + name, v, Field.Store.NO));
  }
}
