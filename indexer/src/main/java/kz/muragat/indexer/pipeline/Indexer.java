package kz.muragat.indexer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.indexer.deadline.Deadline;
import kz.muragat.indexer.extract.Extraction;
import kz.muragat.indexer.extract.ExtractionException;
import kz.muragat.indexer.index.DocumentIndex;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.indexer.index.IndexTarget;
import kz.muragat.indexer.index.IndexedState;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.PageAccess;
import kz.muragat.indexer.metadata.Sidecars;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.indexer.ocr.OcrEnginePool;
import kz.muragat.core.store.Catalog;
import kz.muragat.core.store.CrashPoint;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.core.store.StorageException;
import kz.muragat.indexer.walk.FileWalker;
import kz.muragat.indexer.walk.LinkPolicy;
import kz.muragat.indexer.walk.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes a folder of scans: walks it, extracts every new or changed file (through the cache),
 * writes each as one block to the index, removes documents whose files are gone, and reports
 * every failure with its reason. A failed file never stops the run.
 *
 * <p>The work is pipelined: {@code 2 × workers} file threads hash, read and render files and
 * write the index (analysis runs on them), while {@code workers} OCR threads — one Tesseract
 * engine each — recognise pages from any file as they come, so a multi-page PDF or TIFF is
 * spread over every worker.
 *
 * <p>Crash safety: a document is written to the index as one block keyed by its id (so never
 * twice), after its extraction is in the cache and its catalog line is on disk. The index is
 * committed every {@link IndexerOptions#commitEveryMillis} or {@link
 * IndexerOptions#commitEveryDocs}, whichever comes first; a commit is atomic, so a run killed at
 * any moment leaves the last committed index, and the next run redoes only files not in it
 * (from the cache when their OCR had finished).
 */
public final class Indexer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  private final IndexerOptions options;
  private final OcrEnginePool ocr;
  private final DocumentStore store;
  private final IndexTarget index;
  private final Catalog catalog;
  private final Extraction extraction;
  private final ObjectMapper json = new ObjectMapper();
  private long lastCommit = System.currentTimeMillis();
  private final AtomicInteger sinceCommit = new AtomicInteger();

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
  }

  public IndexReport index(Path folder, Progress progress) throws IOException {
    long t0 = System.currentTimeMillis();
    String startedAt = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(t0));
    List<IndexReport.Failure> failed = Collections.synchronizedList(new ArrayList<>());
    List<IndexReport.LowConfidencePage> low = Collections.synchronizedList(new ArrayList<>());
    if (!Files.isDirectory(folder)) throw new IOException("not a folder: " + folder);
    LinkPolicy links = new LinkPolicy(folder, options.linkRoots());
    java.util.function.BiConsumer<Path, String> problem = (p, reason) -> failed.add(new IndexReport.Failure(null, p.toString(), reason));
    List<SourceFile> files = FileWalker.walk(folder, links, problem);
    Sidecars sidecars = new Sidecars(folder, links::permits, options.accessLevels());
    sidecars.reportUnmatched(files.stream().map(SourceFile::path).toList(), problem);
    Map<String, IndexedState> before = index.states();
    AtomicInteger indexed = new AtomicInteger(), cached = new AtomicInteger(), unchanged = new AtomicInteger(),
        pages = new AtomicInteger(), ocrPages = new AtomicInteger();
    progress.start(files.size());
    // file threads: at most 2 × workers files at once; a file past its time limit is abandoned —
    // reported, its slot given to the next file — even if its thread is stuck in a decoder
    ExecutorService pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "indexer-file");
              t.setDaemon(true);
              return t;
            });
    ScheduledExecutorService watchdog =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "indexer-watchdog");
              t.setDaemon(true);
              return t;
            });
    Semaphore slots = new Semaphore(Math.max(2, 2 * options.workers()));
    AtomicReference<StorageException> fatal = new AtomicReference<>();
    try {
      List<CompletableFuture<Void>> finished = new ArrayList<>();
      for (SourceFile f : files) {
        try {
          slots.acquire();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted");
        }
        if (fatal.get() != null) {
          slots.release();
          break;
        }
        FileTask task = new FileTask(f, slots, finished);
        pool.execute(
            () -> task.run(
                () -> indexOne(f, before.get(f.id()), sidecars, low, task),
                (o, error) -> {
                  String outcome;
                  if (error == null) {
                    outcome = o.label;
                    switch (o.label) {
                      case "unchanged" -> unchanged.incrementAndGet();
                      case "cached" -> { indexed.incrementAndGet(); cached.incrementAndGet(); }
                      default -> { indexed.incrementAndGet(); ocrPages.addAndGet(o.ocrPages); }
                    }
                    pages.addAndGet(o.pages);
                  } else if (error instanceof StorageException storage) {
                    fatal.compareAndSet(null, storage);
                    outcome = "failed";
                  } else {
                    outcome = "failed";
                    failed.add(new IndexReport.Failure(f.id(), f.path().toString(), String.valueOf(error)));
                    LOG.warn("skipped {}: {}", f.id(), error);
                  }
                  progress.fileDone(f.id(), o == null ? 0 : o.pages, outcome);
                  if (fatal.get() == null) {
                    try {
                      maybeCommit(false);
                    } catch (StorageException e) {
                      fatal.compareAndSet(null, e);
                    }
                  }
                },
                watchdog));
      }
      for (CompletableFuture<Void> fu : finished) fu.join();
    } finally {
      pool.shutdownNow();
      watchdog.shutdownNow();
    }
    if (fatal.get() != null) {
      // the data directory cannot be written: keep the index as last committed and stop
      index.rollback();
      progress.finish();
      LOG.error("indexing stopped: {}", fatal.get().getMessage());
      throw fatal.get();
    }
    try {
      return finish(folder, files, before, failed, low, t0, startedAt, indexed, cached, unchanged, pages, ocrPages, progress);
    } catch (StorageException e) {
      index.rollback();
      progress.finish();
      LOG.error("indexing stopped: {}", e.getMessage());
      throw e;
    }
  }

  /** Removes documents whose files are gone, commits, compacts the catalog and writes the report. */
  private IndexReport finish(
      Path folder, List<SourceFile> files, Map<String, IndexedState> before, List<IndexReport.Failure> failed,
      List<IndexReport.LowConfidencePage> low, long t0, String startedAt, AtomicInteger indexed, AtomicInteger cached,
      AtomicInteger unchanged, AtomicInteger pages, AtomicInteger ocrPages, Progress progress) throws IOException {
    int removed = 0;
    if (!options.keepMissing()) {
      Set<String> present = new HashSet<>();
      files.forEach(f -> present.add(f.id()));
      for (String id : before.keySet()) {
        if (!present.contains(id)) {
          catalog.remove(id);
          index.delete(id);
          removed++;
        }
      }
    }
    maybeCommit(true);
    catalog.compact();
    progress.finish();
    List<IndexReport.Failure> failures = new ArrayList<>(failed);
    failures.sort((a, b) -> a.path().compareTo(b.path()));
    List<IndexReport.LowConfidencePage> lows = new ArrayList<>(low);
    lows.sort((a, b) -> a.id().equals(b.id()) ? Integer.compare(a.page(), b.page()) : a.id().compareTo(b.id()));
    IndexReport report =
        new IndexReport(
            folder.toAbsolutePath().normalize().toString(), startedAt, System.currentTimeMillis() - t0, files.size(),
            indexed.get(), cached.get(), unchanged.get(), removed, pages.get(), ocrPages.get(), failures, lows);
    Reports.write(options.reportsDir(), "index", report);
    return report;
  }

  private record Outcome(String label, int pages, int ocrPages) {}

  /** The work on one file, whose result is a label or a failure reason (or a storage failure). */
  @FunctionalInterface
  private interface Work {
    Outcome run() throws IOException, ExtractionException;
  }

  /**
   * One file on its way through the run: done, or abandoned at its time limit (plus a grace period
   * for the work to notice its deadline itself), whichever comes first — exactly one of them
   * reports it and frees its slot.
   */
  private final class FileTask {
    private static final int RUNNING = 0, WRITING = 1, DONE = 2, ABANDONED = 3;
    private final SourceFile file;
    private final Semaphore slots;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger(RUNNING);

    FileTask(SourceFile file, Semaphore slots, List<CompletableFuture<Void>> all) {
      this.file = file;
      this.slots = slots;
      all.add(finished);
    }

    /** Called just before the file's entries are written: false once it has been abandoned. */
    boolean startWriting() {
      return state.compareAndSet(RUNNING, WRITING);
    }

    private java.util.function.BiConsumer<Outcome, Object> report;
    private ScheduledExecutorService watchdog;
    private Deadline deadline = Deadline.NONE;
    private ScheduledFuture<?> dog;

    /**
     * Starts the file's clock, once it is known to need extraction and the extractors are loaded
     * (loading Tika or a Tesseract engine is not the file's fault).
     */
    void startClock() {
      long timeout = options.fileTimeoutMillis();
      deadline = Deadline.after(timeout);
      Deadline.set(deadline);
      Thread me = Thread.currentThread();
      Deadline d = deadline;
      if (timeout > 0) {
        dog = watchdog.schedule(() -> abandon(d, me, report), timeout + Math.max(1_000, Math.min(30_000, timeout / 4)), TimeUnit.MILLISECONDS);
      }
    }

    void run(Work work, java.util.function.BiConsumer<Outcome, Object> report, ScheduledExecutorService watchdog) {
      this.report = report;
      this.watchdog = watchdog;
      Outcome outcome = null;
      Object error = null;
      try {
        outcome = work.run();
      } catch (StorageException e) {
        error = e;
      } catch (ExtractionException e) {
        error = e.getMessage();
      } catch (OutOfMemoryError e) {
        error = "ran out of memory reading it (a decompression bomb, or too large for this heap: raise -Xmx through MURAGAT_JAVA_OPTS)";
      } catch (IOException | RuntimeException e) {
        Throwable c = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        error = deadline.expired() ? deadline.message() : c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
      } finally {
        Deadline.set(null);
        if (dog != null) dog.cancel(false);
      }
      if (state.compareAndSet(RUNNING, DONE) || state.compareAndSet(WRITING, DONE)) {
        try {
          report.accept(outcome, error);
        } finally {
          slots.release();
          finished.complete(null);
        }
      }
      synchronized (this) {
        leftRun = true; // from now on abandon() leaves this thread alone: it may be on another file
      }
      Thread.interrupted(); // clear an interrupt abandon() sent while the work was still running
    }

    private boolean leftRun;

    private void abandon(Deadline deadline, Thread worker, java.util.function.BiConsumer<Outcome, Object> report) {
      if (!state.compareAndSet(RUNNING, ABANDONED)) return;
      LOG.warn("abandoned {}: {}", file.id(), deadline.message());
      synchronized (this) {
        // only while the thread is still on this file: a pool thread goes on to other files
        if (!leftRun) worker.interrupt();
      }
      try {
        report.accept(null, deadline.message());
      } finally {
        slots.release();
        finished.complete(null);
      }
    }
  }

  private Outcome indexOne(
      SourceFile f, IndexedState before, Sidecars sidecars, List<IndexReport.LowConfidencePage> low, FileTask task)
      throws IOException, ExtractionException {
    ArchivalMetadata meta;
    try {
      meta = sidecars.forFile(f.path());
    } catch (IOException e) {
      // who may see the file is not known: a version indexed before may now be wrong too
      if (before != null) withdraw(f.id());
      throw new ExtractionException("bad metadata sidecar: " + e.getMessage(), e);
    }
    String metaJson = json.writeValueAsString(meta.fields());
    if (!options.forceOcr() && before != null && before.size() == f.size() && before.modifiedMillis() == f.modifiedMillis()
        && Objects.equals(before.metaJson(), metaJson)) {
      return new Outcome("unchanged", 0, 0);
    }
    extraction.warmUp();
    task.startClock();
    String sha = Extraction.sha256(f.path());
    Extraction.Result result = extraction.extract(f.path(), sha, options.forceOcr());
    DocumentRecord record = result.record();
    String title = titleOf(meta, record, f.path().getFileName().toString());
    Deadline.current().check(ExtractionException::new);
    if (!task.startWriting()) throw new ExtractionException(Deadline.current().message());
    // the catalog line first: whatever a commit makes visible is always in the catalog
    catalog.put(new Catalog.Entry(f.id(), sha, f.size(), f.modifiedMillis(), metaJson, title, false));
    CrashPoint.here("index.before-put");
    index.put(f.id(), IndexSchema.block(f.id(), f.size(), f.modifiedMillis(), record, meta, metaJson, title, !index.analysesText()));
    sinceCommit.incrementAndGet();
    int ocrd = 0;
    for (PageRecord p : record.pages()) {
      if (p.source() != PageSource.OCR && p.source() != PageSource.OCR_IMPORTED) continue;
      if (p.source() == PageSource.OCR) ocrd++;
      if (p.confidence() >= 0 && p.confidence() < options.lowConfidence()) {
        low.add(new IndexReport.LowConfidencePage(f.id(), p.number(), p.confidence()));
      }
    }
    LOG.debug("{} {} ({} page(s))", result.cached() ? "indexed from cache" : "indexed", f.id(), record.pages().size());
    return new Outcome(result.cached() ? "cached" : "indexed", record.pages().size(), result.cached() ? 0 : ocrd);
  }

  /**
   * Removes a file's indexed version; the catalog line first, so that a {@code reindex} after a
   * crash here does not bring it back (the next run withdraws it from the index again).
   */
  private void withdraw(String id) throws IOException {
    catalog.remove(id);
    index.delete(id);
    sinceCommit.incrementAndGet();
    LOG.warn("withdrew {}: its metadata can no longer be applied", id);
  }

  /**
   * The sidecar's title, else the file's own, else its first line of text, else its name. The
   * text is taken only from pages at the document's own level: a title is shown to everyone who
   * may see the document, so it never comes from a page with its own, stricter level.
   */
  static String titleOf(ArchivalMetadata meta, DocumentRecord record, String fileName) {
    if (meta.get(ArchivalMetadata.TITLE) != null) return meta.get(ArchivalMetadata.TITLE);
    if (record.title() != null) return record.title();
    PageAccess pageAccess;
    try {
      pageAccess = PageAccess.of(meta);
    } catch (IllegalArgumentException e) {
      return fileName;
    }
    String level = IndexSchema.accessOf(meta);
    for (PageRecord p : record.pages()) {
      if (pageAccess.extraLevel(p.number(), level) != null) continue;
      for (String line : p.text().split("\n")) {
        String l = line.strip();
        if (l.codePoints().filter(Character::isLetter).count() >= 4) {
          return l.length() > 100 ? l.substring(0, 100).strip() + "…" : l;
        }
      }
    }
    return fileName;
  }

  /**
   * Commits when forced, or when enough time or documents went by since the last commit. A
   * commit makes the new documents visible to the search server (which refreshes its searcher on
   * the committed index) and is the point a killed run resumes from.
   */
  private synchronized void maybeCommit(boolean force) {
    long now = System.currentTimeMillis();
    if (!force && now - lastCommit < options.commitEveryMillis() && sinceCommit.get() < options.commitEveryDocs()) return;
    if (!force && !index.hasUncommittedChanges()) return;
    try {
      sinceCommit.set(0);
      CrashPoint.here("index.before-commit");
      index.commit();
      CrashPoint.here("index.after-commit");
    } catch (StorageException e) {
      throw e;
    } catch (IOException e) {
      throw new StorageException("cannot commit the index", e);
    }
    lastCommit = now;
  }

  /**
   * Keeps a folder in sync: one incremental pass now, then another whenever the files under it
   * (scans and sidecars) change and have stayed unchanged for one more interval — so a file still
   * being copied is not read half-written. Polls rather than relying on file-system events, which
   * network shares (SMB, NFS) — where archives live — do not deliver reliably. Returns when {@code
   * stop} says so (checked every interval).
   */
  public void watch(
      Path folder, java.util.function.Supplier<Progress> progress, long intervalMillis,
      java.util.function.BooleanSupplier stop, java.util.function.Consumer<IndexReport> afterPass)
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
