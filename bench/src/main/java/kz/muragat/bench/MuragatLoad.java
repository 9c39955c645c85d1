package kz.muragat.bench;

import kz.muragat.core.schema.FileEntries;
import kz.muragat.core.schema.IndexedFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import kz.muragat.indexer.index.DocumentIndex;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.indexer.index.IndexTarget;
import kz.muragat.indexer.solr.SolrIndex;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;

/**
 * Loads the corpus into a Muragat data directory through the indexer's own code path — {@link
 * FileEntries} (document and page entries, every field with Muragat's full Russian/Kazakh
 * analysis) and {@link DocumentIndex} (the same writer settings as {@code muragat index}) — as
 * plain-text documents: no OCR, no page images, no extraction cache (those are the OCR
 * benchmark's business). Runs in a JVM of its own, started by the bench:
 *
 * <pre>bench/run.sh load-muragat --data DIR --pages N [--seed 1] [--threads 2] [--facts on|off] [--warm-up PAGES] [--solr URLS --collection NAME]</pre>
 *
 * With {@code --solr}, the same blocks go to a SolrCloud collection made from Muragat's configset
 * through the indexer's {@link SolrIndex} (page text as strings, analysed by the cluster with the
 * same chains), as {@code muragat index --solr} does. With {@code --facts off}, documents are
 * written without their case facts, as {@code muragat index --facts off} does ({@link FactsCost}
 * compares the two). With {@code --warm-up N}, N pages of another seed are first written to a
 * throwaway index in the same JVM, so the load is timed with the indexing path compiled.
 *
 * Prints one JSON line: documents, pages, text bytes, milliseconds (first document to the final
 * commit) and the CPU time the process used over the same stretch; of these, the final commit's
 * milliseconds (one thread flushing what the writer holds), the loading threads' CPU time
 * (building the entries — analysis, facts — and Lucene's indexing of them in memory) and the
 * garbage collectors' time.
 */
final class MuragatLoad {
  private MuragatLoad() {}

  static void run(Args a) throws Exception {
    Path data = Path.of(a.opt("data", "data"));
    int threads = a.intOpt("threads", Runtime.getRuntime().availableProcessors());
    String solr = a.opt("solr", "");
    boolean facts = switch (a.opt("facts", "on")) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new IllegalArgumentException("--facts: on or off, not " + a.opt("facts", ""));
    };
    int warmUp = a.intOpt("warm-up", 0);
    if (warmUp > 0) {
      // other documents (another seed) into a throwaway index, through the same code: the JIT has
      // compiled the indexing path before the clock starts, as in a long run
      Path scratch = data.resolve("warm-up");
      try (IndexTarget index = new DocumentIndex(scratch, true)) {
        load(new Corpus(a.seed() + 1, warmUp), index, threads, facts, new Counts());
      }
      BenchRun.deleteTree(scratch);
    }
    Corpus corpus = new Corpus(a.seed(), a.intOpt("pages", 10_000));
    Counts counts = new Counts();
    long t0 = System.nanoTime();
    long cpu0 = cpuMillis();
    IndexTarget.Opener opener =
        solr.isBlank() ? rebuild -> new DocumentIndex(data.resolve("index"), rebuild) : SolrIndex.opener(solr, a.opt("collection", "muragat"));
    long gc0 = gcMillis();
    long commitMs;
    try (IndexTarget index = opener.open(true)) {
      load(corpus, index, threads, facts, counts);
      long c0 = System.nanoTime();
      index.commit();
      commitMs = (System.nanoTime() - c0) / 1_000_000;
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("documents", counts.docs.get());
    out.put("pages", counts.pages.get());
    out.put("bytes", counts.bytes.get());
    out.put("ms", ms);
    long cpu = cpuMillis();
    out.put("cpu_ms", cpu < 0 || cpu0 < 0 ? -1L : cpu - cpu0);
    out.put("commit_ms", commitMs);
    out.put("gc_ms", gcMillis() - gc0);
    out.put("loader_cpu_ms", counts.loaderCpu.get() / 1_000_000);
    System.out.println(JSON.writeValueAsString(out));
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Documents, pages and text bytes loaded. */
  private static final class Counts {
    final AtomicLong docs = new AtomicLong();
    final AtomicLong pages = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    /** CPU time of the loading threads (building entries, analysis, facts, Lucene's in-memory indexing), ns. */
    final AtomicLong loaderCpu = new AtomicLong();
  }

  /** Writes the corpus to the index with {@code threads} threads (the caller commits). */
  private static void load(Corpus corpus, IndexTarget index, int threads, boolean facts, Counts counts) throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    BlockingQueue<Corpus.Doc> queue = new ArrayBlockingQueue<>(256);
    Corpus.Doc end = new Corpus.Doc(-1, "", "", "", "", Map.of(), List.of());
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                long c0 = CPU.getCurrentThreadCpuTime();
                try {
                  for (Corpus.Doc d = queue.take(); d != end; d = queue.take()) {
                    List<PageRecord> prs = new ArrayList<>(d.pages().size());
                    for (int p = 0; p < d.pages().size(); p++) {
                      prs.add(new PageRecord(p + 1, PageSource.TEXT, d.pages().get(p), 0, 0, -1f, null, List.of()));
                    }
                    String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(d.id().getBytes(StandardCharsets.UTF_8)));
                    DocumentRecord rec = new DocumentRecord(sha, "text/plain", "bench", d.title(), prs);
                    Map<String, String> meta = new LinkedHashMap<>(d.meta());
                    index.put(d.id(), FileEntries.of(new IndexedFile(d.id(), d.textBytes(), 0L, rec, new ArchivalMetadata(meta), JSON.writeValueAsString(meta), d.title()), index.pageText(), facts));
                    counts.docs.incrementAndGet();
                    counts.pages.addAndGet(d.pages().size());
                    counts.bytes.addAndGet(d.textBytes());
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                  queue.clear();
                } finally {
                  counts.loaderCpu.addAndGet(CPU.getCurrentThreadCpuTime() - c0);
                }
              },
              "load-" + t);
      w.start();
      workers.add(w);
    }
    for (Corpus.Doc d : corpus) {
      if (failure.get() != null) break;
      queue.put(d);
    }
    for (int t = 0; t < threads; t++) queue.put(end);
    for (Thread w : workers) w.join();
    if (failure.get() != null) throw new RuntimeException("loading failed", failure.get());
  }

  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  /** Time the garbage collectors took (their pauses and, for concurrent ones, their cycles), in ms. */
  private static long gcMillis() {
    long ms = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
    return ms;
  }

  /** CPU time this process has used (every thread: the loaders', Lucene's merges, the JIT's, GC's), or -1. */
  private static long cpuMillis() {
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
  }
}
