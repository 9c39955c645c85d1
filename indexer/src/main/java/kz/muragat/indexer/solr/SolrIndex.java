package kz.muragat.indexer.solr;

import kz.muragat.core.schema.PageText;

import kz.muragat.solr.client.SolrConnection;

import kz.muragat.core.schema.SolrFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.indexer.index.IndexTarget;
import kz.muragat.indexer.index.IndexedState;
import kz.muragat.core.store.Catalog;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * A SolrCloud collection (configset {@code solr/configsets/muragat}) as an indexing target. Each
 * Lucene entry of {@link kz.muragat.core.schema.FileEntries} becomes one Solr document with the same fields, so the
 * collection holds exactly what the embedded index holds: a document entry ({@code id} = the file's
 * id) with its page entries as nested children ({@code id} = {@link SolrFields#pageId}), all with
 * {@code doc_id} = the file's id. A page's stored text goes to {@code page_text} (snippets).
 *
 * <p>Blocks are buffered and sent in batches ({@link #BATCH} files): first one delete of the
 * batch's files' old entries, then the new ones; each request is retried across nodes by {@link
 * SolrConnection}. A commit sends what is buffered and commits the collection (hard commit, new
 * searcher), so a file's old and new versions are never both visible.
 */
public final class SolrIndex implements IndexTarget {
  /** Files (a document entry with its pages) sent per update request. */
  public static final int BATCH = 200;

  private final SolrConnection solr;
  private final boolean ownsConnection;
  private final List<SolrInputDocument> pending = new ArrayList<>();
  /** Files in the buffer whose old entries must be deleted first. */
  private final Set<String> pendingIds = new LinkedHashSet<>();
  /**
   * After a rebuild's wipe: the files written since. Any other file has no old entries to delete,
   * so a bulk rebuild sends no delete-by-query per batch (each one is broadcast to every shard
   * leader and holds updates back while it runs).
   */
  private final Set<String> written;
  private boolean uncommitted;

  /**
   * @param rebuild delete everything in the collection first (searchers see the old content until
   *     the first commit)
   */
  public SolrIndex(SolrConnection solr, boolean rebuild, boolean ownsConnection) throws IOException {
    this.solr = solr;
    this.ownsConnection = ownsConnection;
    this.written = rebuild ? new java.util.HashSet<>() : null;
    if (rebuild) {
      solr.call(c -> new UpdateRequest().deleteByQuery("*:*").process(c));
      uncommitted = true;
    }
  }

  /** Opens targets on one collection: {@code --solr URLS --collection NAME}. */
  public static IndexTarget.Opener opener(String urls, String collection) {
    return rebuild -> new SolrIndex(new SolrConnection(urls, collection), rebuild, true);
  }

  /**
   * A file's block as one nested Solr document: its document entry (the block's last entry) with
   * its pages as child documents, so Solr keeps them together on one shard and in one block, as
   * Lucene does, and block joins run there as here.
   */
  @Override
  public synchronized void put(String id, List<Document> block) throws IOException {
    SolrInputDocument parent = toSolr(block.get(block.size() - 1));
    for (Document page : block.subList(0, block.size() - 1)) parent.addChildDocument(toSolr(page));
    pending.add(parent);
    if (written == null || !written.add(id)) pendingIds.add(id);
    uncommitted = true;
    if (pending.size() >= BATCH) flush();
  }

  @Override
  public synchronized void delete(String id) throws IOException {
    flush();
    solr.call(c -> new UpdateRequest().deleteByQuery(SolrFields.DOC_ID + ":" + ClientUtils.escapeQueryChars(id)).process(c));
    uncommitted = true;
  }

  /** Sends the buffered blocks: the old entries of their files go first, in a request of its own. */
  private void flush() throws IOException {
    if (pending.isEmpty()) return;
    List<String> ids = new ArrayList<>(pendingIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
      StringBuilder q = new StringBuilder(SolrFields.DOC_ID + ":(");
      for (int i = 0; i < part.size(); i++) q.append(i == 0 ? "" : " OR ").append(ClientUtils.escapeQueryChars(part.get(i)));
      String query = q.append(')').toString();
      solr.call(c -> new UpdateRequest().deleteByQuery(query).process(c));
    }
    UpdateRequest add = new UpdateRequest();
    add.add(new ArrayList<>(pending));
    solr.call(add::process);
    pending.clear();
    pendingIds.clear();
  }

  @Override
  public synchronized void commit() throws IOException {
    flush();
    solr.call(c -> c.commit(true, true));
    uncommitted = false;
  }

  /**
   * Drops the blocks not yet sent. SolrCloud has no rollback: batches already sent stay and
   * become visible at the collection's next commit — each is a whole file's block, so the
   * collection never holds half a file, and the next run resends what its catalog lacks.
   */
  /** Solr runs the configset's chains on the text. */
  @Override
  public PageText pageText() {
    return PageText.STRINGS;
  }

  @Override
  public synchronized void rollback() {
    pending.clear();
    pendingIds.clear();
  }

  @Override
  public synchronized boolean hasUncommittedChanges() {
    return uncommitted;
  }

  @Override
  public Map<String, IndexedState> states() throws IOException {
    Map<String, IndexedState> out = new HashMap<>();
    for (Catalog.Entry e : entries()) out.put(e.id(), new IndexedState(e.sha256(), e.size(), e.mtime(), e.meta()));
    return out;
  }

  /** Every document entry, read with a cursor (any number of documents). */
  @Override
  public List<Catalog.Entry> entries() throws IOException {
    List<Catalog.Entry> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*");
      q.addFilterQuery(IndexSchema.KIND + ":" + IndexSchema.KIND_DOC);
      q.setFields(IndexSchema.ID, IndexSchema.SHA256, IndexSchema.FILE_SIZE, IndexSchema.FILE_MTIME, IndexSchema.META_JSON, IndexSchema.TITLE);
      q.setSort(IndexSchema.ID, SolrQuery.ORDER.asc);
      q.setRows(1000);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = solr.call(c -> c.query(q));
      for (SolrDocument d : r.getResults()) {
        out.add(
            new Catalog.Entry(
                (String) d.getFirstValue(IndexSchema.ID),
                (String) d.getFirstValue(IndexSchema.SHA256),
                ((Number) d.getFirstValue(IndexSchema.FILE_SIZE)).longValue(),
                ((Number) d.getFirstValue(IndexSchema.FILE_MTIME)).longValue(),
                (String) d.getFirstValue(IndexSchema.META_JSON),
                (String) d.getFirstValue(IndexSchema.TITLE),
                false));
      }
      if (r.getNextCursorMark() == null || r.getNextCursorMark().equals(cursor)) return out;
      cursor = r.getNextCursorMark();
    }
  }

  /**
   * One Lucene entry as a Solr document, field by field: a value indexed, stored and kept as doc
   * values in Lucene is one value in Solr (the schema says how Solr keeps it); doc values that only
   * repeat an indexed value (facets) are left out; a page's stored text goes to {@link
   * SolrFields#PAGE_TEXT} (and its uncertain words to {@link SolrFields#PAGE_OCR}), searched text
   * to the text fields. The facet dimensions and metadata keys an entry has are listed in {@link
   * SolrFields#FACET_DIMS} and {@link SolrFields#META_KEYS}: Solr cannot list its dynamic fields.
   */
  static SolrInputDocument toSolr(Document d) {
    SolrInputDocument s = new SolrInputDocument();
    String docId = d.get(IndexSchema.ID);
    String kind = null;
    Number page = null;
    for (IndexableField f : d) {
      String name = f.name();
      IndexableFieldType t = f.fieldType();
      if (name.equals(IndexSchema.ID)) continue;
      boolean docValuesOnly = t.docValuesType() != DocValuesType.NONE && t.indexOptions() == IndexOptions.NONE && !t.stored() && t.pointDimensionCount() == 0;
      if (docValuesOnly) continue;
      Number number = number(f);
      if (number != null) {
        if (!s.containsKey(name)) s.setField(name, number); // the point, stored and doc-values copies of one number
        if (name.equals(IndexSchema.PAGE)) page = number;
        continue;
      }
      String v = f.stringValue();
      if (v == null) {
        BytesRef b = f.binaryValue();
        if (b == null) continue;
        v = b.utf8ToString();
      }
      boolean storedOnly = t.indexOptions() == IndexOptions.NONE;
      if (name.equals(IndexSchema.TEXT) && storedOnly) {
        s.setField(SolrFields.PAGE_TEXT, v);
        continue;
      }
      if (name.equals(IndexSchema.KIND)) kind = v;
      if (name.equals(IndexSchema.TEXT_OCR)) s.setField(SolrFields.PAGE_OCR, v);
      if (name.startsWith(IndexSchema.FACET_PREFIX)) listOnce(s, SolrFields.FACET_DIMS, name.substring(IndexSchema.FACET_PREFIX.length()));
      if (name.startsWith(IndexSchema.META_PREFIX)) listOnce(s, SolrFields.META_KEYS, name.substring(IndexSchema.META_PREFIX.length()));
      s.addField(name, v);
    }
    s.setField(SolrFields.DOC_ID, docId);
    boolean isPage = IndexSchema.KIND_PAGE.equals(kind);
    if (isPage && page == null) throw new IllegalArgumentException("page entry of '" + docId + "' without a page number");
    s.setField(IndexSchema.ID, isPage ? SolrFields.pageId(docId, page.intValue()) : docId);
    return s;
  }

  private static void listOnce(SolrInputDocument s, String field, String value) {
    java.util.Collection<Object> values = s.getFieldValues(field);
    if (values == null || !values.contains(value)) s.addField(field, value);
  }

  private static Number number(IndexableField f) {
    if (f instanceof IntPoint) return IntPoint.decodeDimension(f.binaryValue().bytes, f.binaryValue().offset);
    if (f instanceof LongPoint) return LongPoint.decodeDimension(f.binaryValue().bytes, f.binaryValue().offset);
    if (f instanceof FloatPoint) return FloatPoint.decodeDimension(f.binaryValue().bytes, f.binaryValue().offset);
    if (f instanceof DoublePoint) return DoublePoint.decodeDimension(f.binaryValue().bytes, f.binaryValue().offset);
    return f.numericValue();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (uncommitted) commit();
    } finally {
      if (ownsConnection) solr.close();
    }
  }
}
