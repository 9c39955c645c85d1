package kz.muragat.indexer.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.indexer.index.DocumentIndex;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.indexer.index.IndexTarget;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.MetadataCheck;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.store.Catalog;
import kz.muragat.core.store.CrashPoint;
import kz.muragat.core.store.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the Lucene index from the extraction cache alone — no source folder, no OCR — e.g.
 * after an analysis or schema change. The documents are those of the catalog ({@code
 * DATA/catalog.jsonl}; when there is none, the current index's own list). The new index is
 * written beside the old one and replaces it in a single commit at the end: searches see the old
 * index until then, and a run killed half-way leaves the old index as it was.
 */
public final class Reindexer {
  private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

  private final IndexerOptions options;
  private final ObjectMapper json = new ObjectMapper();

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
    long t0 = System.currentTimeMillis();
    String startedAt = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(t0));
    DocumentStore store = new DocumentStore(options.storeDir());
    List<Catalog.Entry> entries;
    boolean fromCatalog = Catalog.exists(options.catalogFile());
    if (fromCatalog) {
      try (Catalog c = new Catalog(options.catalogFile())) {
        entries = new ArrayList<>(c.entries().values());
      }
    } else {
      try (IndexTarget current = target.open(false)) {
        entries = current.entries();
      }
    }
    List<IndexReport.Failure> failed = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger(), pages = new AtomicInteger();
    Findings findings = new Findings();
    progress.start(entries.size());
    try (IndexTarget index = target.open(true)) {
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.workers()));
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (Catalog.Entry e : entries) {
          futures.add(
              pool.submit(
                  () -> {
                    int n = 0;
                    String outcome = "failed";
                    try {
                      Optional<DocumentRecord> record = store.read(e.sha256());
                      if (record.isEmpty()) {
                        failed.add(new IndexReport.Failure(e.id(), e.id(), "not in the extraction cache (run index on its folder)"));
                      } else {
                        // checked again: a catalog written before the check may hold values that cannot be true
                        MetadataCheck.Result checked = MetadataCheck.check(metadata(e.meta()));
                        findings.invalidMetadata(e.id(), checked.problems());
                        ArchivalMetadata meta = checked.metadata();
                        String metaJson = checked.problems().isEmpty() && e.meta() != null ? e.meta() : json.writeValueAsString(meta.fields());
                        // derived again from the cache, as titles are derived today
                        String title = Indexer.titleOf(meta, record.get(), e.id().substring(e.id().lastIndexOf('/') + 1));
                        index.put(e.id(), IndexSchema.block(e.id(), e.size(), e.mtime(), record.get(), meta, metaJson, title,
                            !index.analysesText()));
                        n = record.get().pages().size();
                        CrashPoint.here("reindex.put");
                        done.incrementAndGet();
                        pages.addAndGet(n);
                        outcome = "cached";
                      }
                    } catch (IOException | RuntimeException ex) {
                      failed.add(new IndexReport.Failure(e.id(), e.id(), ex.getClass().getSimpleName() + ": " + ex.getMessage()));
                    }
                    progress.fileDone(e.id(), n, outcome);
                  }));
        }
        for (Future<?> f : futures) {
          try {
            f.get();
          } catch (Exception ex) {
            throw new IOException("reindexing worker failed", ex);
          }
        }
      } finally {
        pool.shutdownNow();
      }
      index.commit(); // the one moment readers switch from the old index to the rebuilt one
    }
    progress.finish();
    List<IndexReport.Failure> failures = new ArrayList<>(failed);
    failures.sort((a, b) -> a.path().compareTo(b.path()));
    IndexReport report =
        new IndexReport(
            fromCatalog ? options.catalogFile().toString() : options.indexDir().toString(), startedAt,
            System.currentTimeMillis() - t0, entries.size(), done.get(), done.get(), 0, 0, pages.get(), 0, failures, List.of(),
            findings.invalidMetadata());
    Reports.write(options.reportsDir(), "reindex", report);
    LOG.info("reindexed {} document(s) from the cache", done.get());
    return report;
  }

  private ArchivalMetadata metadata(String metaJson) throws IOException {
    if (metaJson == null || metaJson.isBlank()) return ArchivalMetadata.EMPTY;
    Map<String, String> m = json.readValue(metaJson, new TypeReference<Map<String, String>>() {});
    return new ArchivalMetadata(m);
  }
}
