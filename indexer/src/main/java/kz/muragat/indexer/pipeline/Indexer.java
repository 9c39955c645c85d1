package kz.muragat.indexer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
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
import kz.muragat.indexer.extract.ExtractionException;
import kz.muragat.indexer.extract.Extraction;
import kz.muragat.indexer.index.DocumentIndex;
import kz.muragat.indexer.index.IndexSchema;
import kz.muragat.indexer.index.IndexedState;
import kz.muragat.indexer.metadata.ArchivalMetadata;
import kz.muragat.indexer.metadata.Sidecars;
import kz.muragat.indexer.model.DocumentRecord;
import kz.muragat.indexer.model.PageRecord;
import kz.muragat.indexer.model.PageSource;
import kz.muragat.indexer.ocr.OcrEnginePool;
import kz.muragat.indexer.store.DocumentStore;
import kz.muragat.indexer.walk.FileWalker;
import kz.muragat.indexer.walk.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes a folder of scans: walks it, extracts every new or changed file (through the cache),
 * writes each as one block to the index, removes documents whose files are gone, and reports
 * every failure with its reason. A failed file never stops the run. The index is committed every
 * {@link #COMMIT_EVERY_MILLIS} so a killed run resumes where it was.
 */
public final class Indexer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
  static final long COMMIT_EVERY_MILLIS = 20_000;

  private final IndexerOptions options;
  private final OcrEnginePool ocr;
  private final DocumentStore store;
  private final DocumentIndex index;
  private final Extraction extraction;
  private final ObjectMapper json = new ObjectMapper();
  private long lastCommit = System.currentTimeMillis();

  public Indexer(IndexerOptions options) throws IOException {
    this.options = options;
    this.ocr = new OcrEnginePool(options.ocr(), options.workers());
    this.store = new DocumentStore(options.storeDir());
    store.cleanTemporaryFolders();
    this.index = new DocumentIndex(options.indexDir());
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
    AtomicInteger indexed = new AtomicInteger(), cached = new AtomicInteger(), unchanged = new AtomicInteger(), pages = new AtomicInteger();
    progress.start(files.size());
    ExecutorService pool = Executors.newFixedThreadPool(options.workers());
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
                      default -> indexed.incrementAndGet();
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
                  maybeCommit();
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
          index.delete(id);
          removed++;
        }
      }
    }
    index.commit();
    progress.finish();
    List<IndexReport.Failure> failures = new ArrayList<>(failed);
    failures.sort((a, b) -> a.path().compareTo(b.path()));
    List<IndexReport.LowConfidencePage> lows = new ArrayList<>(low);
    lows.sort((a, b) -> a.id().equals(b.id()) ? Integer.compare(a.page(), b.page()) : a.id().compareTo(b.id()));
    IndexReport report =
        new IndexReport(
            folder.toAbsolutePath().normalize().toString(), startedAt, System.currentTimeMillis() - t0, files.size(),
            indexed.get(), cached.get(), unchanged.get(), removed, pages.get(), failures, lows);
    writeReport(report);
    return report;
  }

  private record Outcome(String label, int pages) {}

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
      return new Outcome("unchanged", 0);
    }
    String sha = Extraction.sha256(f.path());
    Extraction.Result result = extraction.extract(f.path(), sha, options.forceOcr());
    DocumentRecord record = result.record();
    String title = titleOf(meta, record, f);
    index.put(f.id(), IndexSchema.block(f.id(), f.size(), f.modifiedMillis(), record, meta, metaJson, title));
    for (PageRecord p : record.pages()) {
      if (p.source() == PageSource.OCR && p.confidence() >= 0 && p.confidence() < options.lowConfidence()) {
        low.add(new IndexReport.LowConfidencePage(f.id(), p.number(), p.confidence()));
      }
    }
    LOG.info("{} {} ({} page(s))", result.cached() ? "indexed from cache" : "indexed", f.id(), record.pages().size());
    return new Outcome(result.cached() ? "cached" : "indexed", record.pages().size());
  }

  /** The sidecar's title, else the file's own, else its first line of text, else its name. */
  static String titleOf(ArchivalMetadata meta, DocumentRecord record, SourceFile f) {
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
    return f.path().getFileName().toString();
  }

  private synchronized void maybeCommit() {
    long now = System.currentTimeMillis();
    if (now - lastCommit < COMMIT_EVERY_MILLIS) return;
    try {
      index.commit();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("committing the index failed", e);
    }
    lastCommit = now;
  }

  private void writeReport(IndexReport report) throws IOException {
    Files.createDirectories(options.reportsDir());
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
    Path file = options.reportsDir().resolve("index-" + stamp + ".json");
    json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
    Files.copy(file, options.reportsDir().resolve("latest.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  public DocumentStore store() {
    return store;
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      ocr.close();
    }
  }
}
