package kz.muragat.indexer.index;

import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.schema.IndexAnalyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.muragat.core.store.Catalog;
import kz.muragat.core.store.StorageException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Muragat's Lucene index as the indexer writes it. Every source file is replaced as one block
 * ({@link IndexWriter#updateDocuments}), so a reader sees either the old or the new version of a
 * file, never a mix and never two copies.
 */
public final class DocumentIndex implements IndexTarget {
  private final IndexWriter writer;

  public DocumentIndex(Path dir) throws IOException {
    this(dir, false);
  }

  /**
   * Opens (or creates) the index for writing. With {@code rebuild} the writer starts from an empty
   * index, but readers — and a run killed before its {@link #commit} — keep seeing the last
   * committed index until the rebuilt one is committed in one step.
   *
   * <p>An index that has never been committed is committed empty at once, so a reader (the search
   * server) can open it from the first moment of the first run.
   */
  public DocumentIndex(Path dir, boolean rebuild) throws IOException {
    Files.createDirectories(dir);
    IndexWriterConfig cfg = new IndexWriterConfig(new IndexAnalyzer());
    cfg.setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    cfg.setCommitOnClose(true);
    FSDirectory fs = FSDirectory.open(dir);
    this.writer = new IndexWriter(fs, cfg);
    if (!rebuild && !DirectoryReader.indexExists(fs)) writer.commit();
  }

  public IndexWriter writer() {
    return writer;
  }

  /** Replaces (or adds) the block of one source file. */
  @Override
  public void put(String id, List<Document> block) throws IOException {
    try {
      writer.updateDocuments(new Term(IndexSchema.ID, id), block);
    } catch (IOException e) {
      throw new StorageException("cannot write the index", e);
    } catch (org.apache.lucene.store.AlreadyClosedException e) {
      throw new StorageException("the index writer stopped after an earlier failure", new IOException(e.getMessage(), e));
    }
  }

  @Override
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.ID, id));
  }

  @Override
  public void commit() throws IOException {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new StorageException("cannot commit the index", e);
    } catch (org.apache.lucene.store.AlreadyClosedException e) {
      throw new StorageException("the index writer stopped after an earlier failure", new IOException(e.getMessage(), e));
    }
  }

  /**
   * Drops everything written since the last commit and closes the writer: after a failure to
   * write, the index stays exactly as it was last committed.
   */
  @Override
  public void rollback() {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      // the writer is closed either way; the last commit on disk is untouched
    }
  }

  /** Documents written or deleted since the last commit. */
  @Override
  public boolean hasUncommittedChanges() {
    return writer.hasUncommittedChanges();
  }

  /** The state of every source file in the index, by id, as of the last commit or flush. */
  @Override
  public Map<String, IndexedState> states() throws IOException {
    Map<String, IndexedState> states = new HashMap<>();
    for (Catalog.Entry e : entries()) {
      states.put(e.id(), new IndexedState(e.sha256(), e.size(), e.mtime(), e.meta()));
    }
    return states;
  }

  /** Every source file's document entry as a catalog entry (id, content hash, size, time, metadata, title). */
  @Override
  public List<Catalog.Entry> entries() throws IOException {
    List<Catalog.Entry> out = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Weight w =
          searcher.createWeight(
              searcher.rewrite(IndexSchema.documents()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      Set<String> fields =
          Set.of(IndexSchema.ID, IndexSchema.SHA256, IndexSchema.FILE_SIZE, IndexSchema.FILE_MTIME, IndexSchema.META_JSON,
              IndexSchema.TITLE);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer s = w.scorer(leaf);
        if (s == null) continue;
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        DocIdSetIterator it = s.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live != null && !live.get(doc)) continue;
          Document d = stored.document(doc, fields);
          out.add(
              new Catalog.Entry(
                  d.get(IndexSchema.ID),
                  d.get(IndexSchema.SHA256),
                  d.getField(IndexSchema.FILE_SIZE).numericValue().longValue(),
                  d.getField(IndexSchema.FILE_MTIME).numericValue().longValue(),
                  d.get(IndexSchema.META_JSON),
                  d.get(IndexSchema.TITLE),
                  false));
        }
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    if (writer.isOpen()) writer.close();
  }
}
