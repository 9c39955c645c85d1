package kz.muragat.indexer.index;

import kz.muragat.core.schema.FileEntries;
import kz.muragat.core.schema.PageText;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import kz.muragat.core.store.Catalog;
import org.apache.lucene.document.Document;

/**
 * Where an indexing run writes the entries {@link FileEntries} makes: the embedded Lucene
 * index ({@link DocumentIndex}) or a SolrCloud collection ({@code kz.muragat.indexer.solr.SolrIndex}).
 */
public interface IndexTarget extends AutoCloseable {
  /**
   * How the target wants text in its entries: Muragat's pre-analyzed tokens, or strings for a
   * target that analyses text itself with the same chains (a Solr collection).
   */
  default PageText pageText() {
    return PageText.PRE_ANALYZED;
  }

  /** Replaces (or adds) the block of one source file. */
  void put(String id, List<Document> block) throws IOException;

  void delete(String id) throws IOException;

  /** Makes what was written searchable; the point a killed run resumes from. */
  void commit() throws IOException;

  /**
   * Drops what was written since the last commit, after a failure to write (disk full): the
   * target stays as last committed. Best effort; never throws.
   */
  void rollback();

  /** Documents written or deleted since the last commit. */
  boolean hasUncommittedChanges();

  /** The state of every source file in the target, by id. */
  Map<String, IndexedState> states() throws IOException;

  /** Every source file's document entry as a catalog entry. */
  List<Catalog.Entry> entries() throws IOException;

  @Override
  void close() throws IOException;

  /** Opens a target; {@code rebuild}: start empty, readers keep the old content until the first commit. */
  @FunctionalInterface
  interface Opener {
    IndexTarget open(boolean rebuild) throws IOException;
  }
}
