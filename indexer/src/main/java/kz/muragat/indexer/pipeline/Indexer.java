package kz.muragat.indexer.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kz.muragat.core.facts.PersonsStore;
import kz.muragat.core.store.Catalog;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.core.store.StorageException;
import kz.muragat.indexer.extract.Extraction;
import kz.muragat.indexer.index.DocumentIndex;
import kz.muragat.indexer.index.IndexTarget;
import kz.muragat.indexer.index.IndexedState;
import kz.muragat.indexer.metadata.Sidecars;
import kz.muragat.indexer.ocr.OcrEnginePool;
import kz.muragat.indexer.walk.FileWalker;
import kz.muragat.indexer.walk.LinkPolicy;
import kz.muragat.indexer.walk.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes a folder of scans: walks it, extracts every new or changed file (through the cache),
 * writes each as one block to the index, removes documents whose files are gone, and reports
 * every failure with its reason. A failed file never stops the run; a data directory that cannot
 * be written does ({@link StorageException}), leaving the index as last committed.
 *
 * <p>A run is made of parts that each do one thing:
 *
 * <ul>
 *   <li>{@link FileScheduler}: {@code 2 × workers} file threads, each file within its time limit
 *       ({@code --file-timeout}), while {@code workers} OCR threads — one Tesseract engine each,
 *       the {@link OcrEnginePool} — recognise pages from any file as they come, so a multi-page
 *       PDF or TIFF is spread over every worker;
 *   <li>{@link SourceFileWork}: one file — metadata, change check, hash, extraction through the
 *       cache, catalog line, and its block written by the {@link BlockWriter};
 *   <li>{@link RunTally}: counts, failures, low-confidence pages, progress, the {@link IndexReport};
 *   <li>{@link CommitPolicy}: a commit every {@link IndexerOptions#commitEveryMillis} or {@link
 *       IndexerOptions#commitEveryDocs}, whichever comes first, and at the end.
 * </ul>
 *
 * <p>Crash safety: a document is written to the index as one block keyed by its id (so never
 * twice), after its extraction is in the cache and its catalog line is on disk. A commit is
 * atomic, so a run killed at any moment leaves the last committed index, and the next run redoes
 * only files not in it (from the cache when their OCR had finished).
 */
public final class Indexer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  private final IndexerOptions options;
  private final OcrEnginePool ocr;
  private final DocumentStore store;
  private final IndexTarget index;
  private final Catalog catalog;
  private final Extraction extraction;
  private final CommitPolicy commits;
  private final BlockWriter blocks;

  public Indexer(IndexerOptions options) throws IOException {
    this(options, rebuild -> new DocumentIndex(options.indexDir(), rebuild));
  }

  /**
   * An indexer writing to another target than the embedded index in {@code DATA/index} (e.g. a
   * SolrCloud collection); the extraction cache, catalog and reports stay in the data directory.
   */
  public Indexer(IndexerOptions options, IndexTarget.Opener target) throws IOException {
    this.options = options;
    this.ocr = new OcrEnginePool(options.ocr(), options.workers(), options.preprocessing().create(options.ocr()));
    this.store = new DocumentStore(options.storeDir());
    store.cleanTemporaryFolders();
    this.index = target.open(false);
    boolean seed = !Catalog.exists(options.catalogFile());
    this.catalog = new Catalog(options.catalogFile());
    if (seed) {
      // an index made before the catalog existed: record what it holds, so reindex can rebuild it
      for (Catalog.Entry e : index.entries()) catalog.put(e);
      catalog.compact();
    }
    this.extraction = new Extraction(store, ocr);
    this.commits = CommitPolicy.every(index, options.commitEveryMillis(), options.commitEveryDocs());
    this.blocks = new BlockWriter(index, commits, options.facts());
  }

  /** One pass over {@code folder}; its report is also written to {@code DATA/reports/}. */
  public IndexReport index(Path folder, Progress progress) throws IOException {
    if (!Files.isDirectory(folder)) throw new IOException("not a folder: " + folder);
    RunTally tally = new RunTally(progress, options.lowConfidence());
    // links are followed only into the folder or the roots allowed (--allow-links-to)
    LinkPolicy links = new LinkPolicy(folder, options.linkRoots());
    BiConsumer<Path, String> problem = (p, reason) -> tally.failed(null, p.toString(), reason);
    List<SourceFile> files = FileWalker.walk(folder, links, problem);
    Sidecars sidecars = new Sidecars(folder, links::permits, options.accessLevels());
    sidecars.reportUnmatched(files.stream().map(SourceFile::path).toList(), problem);
    Map<String, IndexedState> before = index.states();
    SourceFileWork work = new SourceFileWork(extraction, catalog, blocks, sidecars, options.forceOcr());
    FileScheduler scheduler = new FileScheduler(Math.max(2, 2 * options.workers()), options.fileTimeoutMillis());
    progress.start(files.size());
    blocks.warmUp();
    try {
      scheduler.run(
          files,
          (f, task) -> work.index(f, before.get(f.id()), task),
          FileScheduler.FileListener.of((f, ending) -> tally.ended(f.id(), f.path().toString(), ending), commits::maybeCommit));
      tally.removed(removeMissing(files, before));
      commits.commit();
      PersonsStore.build(index.facts(), options.personsFile());
      catalog.compact();
      progress.finish();
      IndexReport report = tally.report(folder.toAbsolutePath().normalize().toString(), files.size());
      Reports.write(options.reportsDir(), "index", report);
      return report;
    } catch (StorageException e) {
      // the data directory cannot be written: keep the index as last committed and stop
      index.rollback();
      progress.finish();
      LOG.error("indexing stopped: {}", e.getMessage());
      throw e;
    }
  }

  /** Removes the documents whose files are gone (unless {@code --keep-missing}); returns how many. */
  private int removeMissing(List<SourceFile> files, Map<String, IndexedState> before) throws IOException {
    if (options.keepMissing()) return 0;
    Set<String> present = new HashSet<>();
    files.forEach(f -> present.add(f.id()));
    int removed = 0;
    for (String id : before.keySet()) {
      if (!present.contains(id)) {
        catalog.remove(id);
        index.delete(id);
        removed++;
      }
    }
    return removed;
  }

  /**
   * Keeps a folder in sync: one incremental pass now, then another whenever the files under it
   * (scans and sidecars) change and have stayed unchanged for one more interval — so a file still
   * being copied is not read half-written. Polls rather than relying on file-system events, which
   * network shares (SMB, NFS) — where archives live — do not deliver reliably. Returns when {@code
   * stop} says so (checked every interval).
   */
  public void watch(
      Path folder, Supplier<Progress> progress, long intervalMillis, BooleanSupplier stop, Consumer<IndexReport> afterPass)
      throws IOException, InterruptedException {
    Map<String, List<Long>> last = FolderSnapshot.take(folder);
    afterPass.accept(index(folder, progress.get()));
    Map<String, List<Long>> pending = null;
    while (!stop.getAsBoolean()) {
      Thread.sleep(intervalMillis);
      if (stop.getAsBoolean()) break;
      Map<String, List<Long>> now = FolderSnapshot.take(folder);
      if (now.equals(last)) {
        pending = null;
      } else if (now.equals(pending)) {
        LOG.info("changes under {}: indexing", folder);
        afterPass.accept(index(folder, progress.get()));
        last = now;
        pending = null;
      } else {
        pending = now; // changed since the last look: wait until it settles
      }
    }
  }

  public DocumentStore store() {
    return store;
  }

  @Override
  public void close() throws IOException {
    try {
      try {
        index.close();
      } finally {
        catalog.close();
      }
    } finally {
      ocr.close();
    }
  }
}
