package kz.muragat.indexer.pipeline;

import java.io.IOException;
import java.util.List;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.indexer.index.IndexTarget;
import org.apache.lucene.document.Document;

/**
 * Writes one file as one block to the index target, replacing its previous block (so a file is
 * never indexed twice), and counts it for the {@link CommitPolicy}. The one place the pipeline
 * asks the schema for a file's entries.
 */
final class BlockWriter {
  private final IndexTarget index;
  private final CommitPolicy commits;

  BlockWriter(IndexTarget index, CommitPolicy commits) {
    this.index = index;
    this.commits = commits;
  }

  void write(FileBlock file) throws IOException {
    index.put(file.id(), entries(file));
    commits.written();
  }

  /**
   * The file's entries (document and pages) as the schema builds them; a target that analyses
   * text itself (Solr) gets the text as strings.
   */
  private List<Document> entries(FileBlock f) {
    return IndexSchema.block(f.id(), f.size(), f.modifiedMillis(), f.record(), f.meta(), f.metaJson(), f.title(), !index.analysesText());
  }
}
