package kz.muragat.core.schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Text indexing throughput: the same generated documents ({@link SamplePages}: Russian, Kazakh
 * and mixed typescript, 1–8 pages, archival metadata, every 10th with {@code page_access} levels)
 * indexed the way pages were indexed before (every value a string analysed by {@link
 * IndexAnalyzer}: {@link PreAnalyzedPagesTest#STRINGS}) and the way {@link FileEntries}
 * does now (each page analysed once, forked, replayed), in the same JVM, alternating rounds, each
 * into a fresh in-memory index with the indexer's writer settings, from {@code THREADS} threads
 * that build blocks and write them like the indexer's file threads. Not a unit test. Run:
 *
 * <pre>
 * mvn -B -ntp -q -pl core -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp analysis/target/classes:core/target/classes:core/target/test-classes:$(cat /tmp/cp.txt) \
 *   kz.muragat.core.schema.IndexBench [PAGES=3000] [THREADS=2] [ROUNDS=3]
 * </pre>
 *
 * Prints pages/s per round and variant, and the ratio of the totals.
 */
public final class IndexBench {
  private IndexBench() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<PreAnalyzedPagesTest.Source> docs = new ArrayList<>();
    Random r = new Random(2024);
    int n = 0;
    long chars = 0;
    while (n < pages) {
      DocumentRecord rec = SamplePages.record(r, Math.min(1 + r.nextInt(8), pages - n));
      ArchivalMetadata meta = SamplePages.meta(r);
      if (docs.size() % 10 == 9 && rec.pages().size() >= 3) {
        Map<String, String> m = new LinkedHashMap<>(meta.fields());
        m.put("page_access", "2=closed; 3=restricted");
        meta = new ArchivalMetadata(m);
      }
      docs.add(new PreAnalyzedPagesTest.Source("bench/" + docs.size() + ".tif", rec, meta, "Документ " + docs.size()));
      n += rec.pages().size();
      chars += rec.pages().stream().mapToLong(p -> p.text().length()).sum();
    }
    System.out.printf(java.util.Locale.ROOT, "%d documents, %d pages, %.1f MB of page text, %d threads, %d cores%n",
        docs.size(), n, chars / 1e6, threads, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // warm-up: JIT, dictionaries, per-thread analysis caches, both ways
      run(pool, threads, docs, true);
      run(pool, threads, docs, false);
      double tOld = 0, tNew = 0, cOld = 0, cNew = 0;
      for (int i = 0; i < rounds; i++) {
        // alternate which goes first, so a load change hits both alike
        boolean oldFirst = i % 2 == 0;
        double[] a = run(pool, threads, docs, oldFirst);
        double[] b = run(pool, threads, docs, !oldFirst);
        double[] sOld = oldFirst ? a : b, sNew = oldFirst ? b : a;
        tOld += sOld[0];
        tNew += sNew[0];
        cOld += sOld[1];
        cNew += sNew[1];
        System.out.printf(java.util.Locale.ROOT, "round %d: strings %.0f pages/s (%.0f per CPU-s), pre-analyzed %.0f pages/s (%.0f per CPU-s), ratio %.2f (CPU %.2f)%n",
            i + 1, n / sOld[0], n / sOld[1], n / sNew[0], n / sNew[1], sOld[0] / sNew[0], sOld[1] / sNew[1]);
      }
      System.out.printf(java.util.Locale.ROOT, "total: strings %.0f pages/s, pre-analyzed %.0f pages/s, ratio %.2f× (wall); per CPU-second %.0f vs %.0f, ratio %.2f×%n",
          n * rounds / tOld, n * rounds / tNew, tOld / tNew, n * rounds / cOld, n * rounds / cNew, cOld / cNew);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Wall seconds to build and write every block and commit, and the CPU seconds the writing
   * threads and the commit used (less sensitive to other processes on a shared machine).
   */
  private static double[] run(ExecutorService pool, int threads, List<PreAnalyzedPagesTest.Source> docs, boolean strings)
      throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig cfg = new IndexWriterConfig(new IndexAnalyzer());
      cfg.setRAMBufferSizeMB(64);
      long t0 = System.nanoTime();
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          fs.add(pool.submit(() -> {
            long c0 = mx.getCurrentThreadCpuTime();
            try {
            for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
              PreAnalyzedPagesTest.Source s = docs.get(i);
              w.updateDocuments(new Term(IndexSchema.ID, s.id()), strings ? s.block(PreAnalyzedPagesTest.STRINGS) : s.block());
            }
            } finally {
              cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
            }
            return null;
          }));
        }
        for (Future<?> f : fs) f.get();
        long c0 = mx.getCurrentThreadCpuTime();
        w.commit();
        cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
      }
      return new double[] {(System.nanoTime() - t0) / 1e9, cpu.get() / 1e9};
    }
  }
}
