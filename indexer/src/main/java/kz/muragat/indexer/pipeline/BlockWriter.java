package kz.muragat.indexer.pipeline;

import java.io.IOException;
import java.util.List;
import kz.muragat.core.schema.FileEntries;
import kz.muragat.core.schema.IndexedFile;
import kz.muragat.indexer.index.IndexTarget;
import org.apache.lucene.document.Document;

/**
 * Writes one file as one block to the index target, replacing its previous block (so a file is
 * never indexed twice), and counts it for the {@link CommitPolicy}. The one place the pipeline
 * asks the schema for a file's entries (with its case facts, or without them: {@code --facts off}).
 */
final class BlockWriter {
  private final IndexTarget index;
  private final CommitPolicy commits;
  private final boolean facts;

  BlockWriter(IndexTarget index, CommitPolicy commits, boolean facts) {
    this.index = index;
    this.commits = commits;
    this.facts = facts;
  }

  /**
   * Loads the analysis (dictionaries, name lexicons) once, before any file's clock runs: the
   * first file of a run must not pay for it against its time limit.
   */
  void warmUp() {
    index.pageText().add(new Document(), "Жумабаев Касым ақталды 1937", "", false);
  }

  void write(IndexedFile file) throws IOException {
    index.put(file.id(), entries(file));
    commits.written();
  }

  /** Removes a file's block, counted for the {@link CommitPolicy} like a write. */
  void delete(String id) throws IOException {
    index.delete(id);
    commits.written();
  }

  /**
   * The file's entries (pages, then the document) as the schema builds them, with the text made
   * the way the target wants it (a target that analyses text itself, Solr, gets strings).
   */
  private List<Document> entries(IndexedFile f) {
    return FileEntries.of(f, index.pageText(), facts);
  }
}
