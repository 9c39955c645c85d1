package kz.muragat.indexer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.indexer.extract.Extraction;
import kz.muragat.indexer.extract.ExtractionException;
import kz.muragat.indexer.index.DocumentIndex;
import kz.muragat.indexer.index.IndexSchema;
import kz.muragat.indexer.index.IndexTarget;
import kz.muragat.indexer.index.IndexedState;
import kz.muragat.indexer.metadata.ArchivalMetadata;
import kz.muragat.indexer.metadata.Sidecars;
import kz.muragat.indexer.model.DocumentRecord;
import kz.muragat.indexer.model.PageRecord;
import kz.muragat.indexer.model.PageSource;
import kz.muragat.indexer.ocr.OcrEnginePool;
import kz.muragat.indexer.store.Catalog;
import kz.muragat.indexer.store.CrashPoint;
import kz.muragat.indexer.store.DocumentStore;
import kz.muragat.indexer.walk.FileWalker;
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
    List<SourceFile> files =
        FileWalker.walk(folder, (p, reason) -> failed.add(new IndexReport.Failure(null, p.toString(), reason)));
    Map<String, IndexedState> before = index.states();
    Sidecars sidecars = new Sidecars();
    AtomicInteger indexed = new AtomicInteger(), cached = new AtomicInteger(), unchanged = new AtomicInteger(),
        pages = new AtomicInteger(), ocrPages = new AtomicInteger();
    progress.start(files.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(2, 2 * options.workers()),
            r -> {
              Thread t = new Thread(r, "indexer-file");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (SourceFile f : files) {
        futures.add(
            pool.submit(
                () -> {
                  String outcome;
                  int n = 0;
                  try {
                    Outcome o = indexOne(f, before.get(f.id()), sidecars, low);
                    n = o.pages;
                    outcome = o.label;
                    switch (o.label) {
                      case "unchanged" -> unchanged.incrementAndGet();
                      case "cached" -> { indexed.incrementAndGet(); cached.incrementAndGet(); }
                      default -> { indexed.incrementAndGet(); ocrPages.addAndGet(o.ocrPages); }
                    }
                    pages.addAndGet(n);
                  } catch (ExtractionException e) {
                    outcome = "failed";
                    failed.add(new IndexReport.Failure(f.id(), f.path().toString(), e.getMessage()));
                    LOG.warn("skipped {}: {}", f.id(), e.getMessage());
                  } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    outcome = "failed";
                    String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                    failed.add(new IndexReport.Failure(f.id(), f.path().toString(), reason));
                    LOG.warn("skipped {}: {}", f.id(), reason);
                  }
                  progress.fileDone(f.id(), n, outcome);
                  maybeCommit(false);
                }));
      }
      for (Future<?> fu : futures) {
        try {
          fu.get();
        } catch (Exception e) {
          throw new IOException("indexing worker failed", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
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

  private Outcome indexOne(SourceFile f, IndexedState before, Sidecars sidecars, List<IndexReport.LowConfidencePage> low)
      throws IOException, ExtractionException {
    ArchivalMetadata meta;
    try {
      meta = sidecars.forFile(f.path());
    } catch (IOException e) {
      throw new ExtractionException("bad metadata sidecar: " + e.getMessage(), e);
    }
    String metaJson = json.writeValueAsString(meta.fields());
    if (!options.forceOcr() && before != null && before.size() == f.size() && before.modifiedMillis() == f.modifiedMillis()
        && Objects.equals(before.metaJson(), metaJson)) {
      return new Outcome("unchanged", 0, 0);
    }
    String sha = Extraction.sha256(f.path());
    Extraction.Result result = extraction.extract(f.path(), sha, options.forceOcr());
    DocumentRecord record = result.record();
    String title = titleOf(meta, record, f.path().getFileName().toString());
    // the catalog line first: whatever a commit makes visible is always in the catalog
    catalog.put(new Catalog.Entry(f.id(), sha, f.size(), f.modifiedMillis(), metaJson, title, false));
    CrashPoint.here("index.before-put");
    index.put(f.id(), IndexSchema.block(f.id(), f.size(), f.modifiedMillis(), record, meta, metaJson, title));
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

  /** The sidecar's title, else the file's own, else its first line of text, else its name. */
  static String titleOf(ArchivalMetadata meta, DocumentRecord record, String fileName) {
    if (meta.get(ArchivalMetadata.TITLE) != null) return meta.get(ArchivalMetadata.TITLE);
    if (record.title() != null) return record.title();
    for (PageRecord p : record.pages()) {
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
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("committing the index failed", e);
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
