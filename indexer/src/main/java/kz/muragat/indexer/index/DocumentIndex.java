package kz.muragat.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
public final class DocumentIndex implements AutoCloseable {
  private final IndexWriter writer;

  public DocumentIndex(Path dir) throws IOException {
    Files.createDirectories(dir);
    IndexWriterConfig cfg = new IndexWriterConfig(new IndexAnalyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    cfg.setCommitOnClose(true);
    this.writer = new IndexWriter(FSDirectory.open(dir), cfg);
  }

  public IndexWriter writer() {
    return writer;
  }

  /** Replaces (or adds) the block of one source file. */
  public void put(String id, List<Document> block) throws IOException {
    writer.updateDocuments(new Term(IndexSchema.ID, id), block);
  }

  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.ID, id));
  }

  public void commit() throws IOException {
    writer.commit();
  }

  /** The state of every source file in the index, by id, as of the last commit or flush. */
  public Map<String, IndexedState> states() throws IOException {
    Map<String, IndexedState> states = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Weight w =
          searcher.createWeight(
              searcher.rewrite(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC))), ScoreMode.COMPLETE_NO_SCORES, 1f);
      Set<String> fields =
          Set.of(IndexSchema.ID, IndexSchema.SHA256, IndexSchema.FILE_SIZE, IndexSchema.FILE_MTIME, IndexSchema.META_JSON);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer s = w.scorer(leaf);
        if (s == null) continue;
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        DocIdSetIterator it = s.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live != null && !live.get(doc)) continue;
          Document d = stored.document(doc, fields);
          states.put(
              d.get(IndexSchema.ID),
              new IndexedState(
                  d.get(IndexSchema.SHA256),
                  d.getField(IndexSchema.FILE_SIZE).numericValue().longValue(),
                  d.getField(IndexSchema.FILE_MTIME).numericValue().longValue(),
                  d.get(IndexSchema.META_JSON)));
        }
      }
    }
    return states;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
