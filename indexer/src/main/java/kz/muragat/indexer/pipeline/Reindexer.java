package kz.muragat.indexer.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.muragat.core.facts.PersonsStore;
import kz.muragat.core.store.Catalog;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.indexer.index.DocumentIndex;
import kz.muragat.indexer.index.IndexTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the Lucene index from the extraction cache alone — no source folder, no OCR — e.g.
 * after an analysis or schema change. The documents are those of the catalog ({@code
 * DATA/catalog.jsonl}; when there is none, the current index's own list). The new index is
 * written beside the old one and replaces it in a single commit at the end: searches see the old
 * index until then, and a run killed or failed half-way leaves the old index as it was.
 *
 * <p>The same parts as an {@link Indexer} run: the {@link FileScheduler} ({@code workers}
 * threads, no time limit: nothing is read but the cache), {@link CachedFileWork} for each file
 * and its {@link BlockWriter}, the {@link RunTally}, and a {@link CommitPolicy#atTheEnd}.
 */
public final class Reindexer {
  private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

  private final IndexerOptions options;
  private final IndexTarget.Opener target;

  public Reindexer(IndexerOptions options) {
    this(options, rebuild -> new DocumentIndex(options.indexDir(), rebuild));
  }

  /** A reindexer rebuilding another target than the embedded index (e.g. a SolrCloud collection). */
  public Reindexer(IndexerOptions options, IndexTarget.Opener target) {
    this.options = options;
    this.target = target;
  }

  public IndexReport reindex(Progress progress) throws IOException {
    // no scans are read: the pages to review were listed when they were OCR'd
    RunTally tally = new RunTally(progress, RunTally.NO_REVIEW);
    DocumentStore store = new DocumentStore(options.storeDir());
    boolean fromCatalog = Catalog.exists(options.catalogFile());
    List<Catalog.Entry> entries = fromCatalog ? catalogEntries() : indexEntries();
    progress.start(entries.size());
    try (IndexTarget index = target.open(true)) {
      CommitPolicy commits = CommitPolicy.atTheEnd(index);
      CachedFileWork work = new CachedFileWork(store, new BlockWriter(index, commits, options.facts()));
      try {
        new FileScheduler(Math.max(1, options.workers()), 0).run(
            entries, (e, task) -> work.reindex(e), FileScheduler.FileListener.of((e, ending) -> tally.ended(e.id(), e.id(), ending), () -> {}));
        commits.commit(); // the one moment readers switch from the old index to the rebuilt one
        PersonsStore.build(index.facts(), options.personsFile());
      } catch (IOException | RuntimeException e) {
        index.rollback(); // closing must not commit half a rebuild
        throw e;
      }
    }
    progress.finish();
    IndexReport report =
        tally.report(fromCatalog ? options.catalogFile().toString() : options.indexDir().toString(), entries.size());
    Reports.write(options.reportsDir(), "reindex", report);
    LOG.info("reindexed {} document(s) from the cache", report.indexed());
    return report;
  }

  private List<Catalog.Entry> catalogEntries() throws IOException {
    try (Catalog c = new Catalog(options.catalogFile())) {
      return new ArrayList<>(c.entries().values());
    }
  }

  private List<Catalog.Entry> indexEntries() throws IOException {
    try (IndexTarget current = target.open(false)) {
      return current.entries();
    }
  }
}
