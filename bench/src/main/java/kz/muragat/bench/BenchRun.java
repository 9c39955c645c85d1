package kz.muragat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The benchmark: for each corpus size, loads the same generated corpus into every target (timed),
 * then asks all of them the same queries — a warm-up, one sequential pass with the targets
 * interleaved query by query (so load from elsewhere on the machine hits them alike), then
 * {@code --clients} concurrent clients per query class — and measures index size and server
 * memory. Writes {@code results/latest.json}, {@code results/latest.md} and
 * {@code results/latency.svg} after every size.
 */
final class BenchRun {
  private BenchRun() {}

  record Options(
      List<Integer> sizes, long seed, Path work, Path out, Path home, List<String> targets, List<String> extra, int perKind,
      int clients, int seqSeconds, int concSeconds, int concQueries, String heap, int threads, boolean keep) {}

  static Options options(Args a) {
    List<Integer> sizes = new ArrayList<>();
    for (String s : a.opt("sizes", "10000,100000,1000000").split(",")) sizes.add(Integer.parseInt(s.strip().replace("_", "")));
    List<String> extra = new ArrayList<>();
    if (a.options().containsKey("target")) for (String t : a.opt("target", "").split(";")) if (!t.isBlank()) extra.add(t.strip());
    return new Options(
        sizes, a.seed(), Path.of(a.opt("work", "/tmp/muragat-bench")), Path.of(a.opt("out", "bench/results")), Path.of(a.opt("home", ".")).toAbsolutePath(),
        List.of(a.opt("targets", "muragat,solr,postgres").split(",")), extra, a.intOpt("queries-per-kind", 200), a.intOpt("clients", 4),
        a.intOpt("seq-seconds", 60), a.intOpt("conc-seconds", 15), a.intOpt("conc-queries", 2000), a.opt("heap", "1g"), a.intOpt("threads", 2),
        a.flag("keep"));
  }

  static long parseBytes(String s) {
    s = s.strip().toLowerCase(Locale.ROOT);
    long m = 1;
    if (s.endsWith("g")) m = 1L << 30;
    else if (s.endsWith("m")) m = 1L << 20;
    else if (s.endsWith("k")) m = 1L << 10;
    return Long.parseLong(s.replaceAll("[^0-9]", "")) * m;
  }

  static void run(Args a) throws Exception {
    Options o = options(a);
    Files.createDirectories(o.out());
    Files.createDirectories(o.work());
    List<Queries.Query> queries = Queries.generate(o.seed(), o.perKind());
    Report report = new Report(o, queries);
    log("bench: %d queries (%d per kind), sizes %s, targets %s %s, load average %s", queries.size(), o.perKind(), o.sizes(), o.targets(), o.extra(), loadAvg());
    for (int size : o.sizes()) {
      Corpus corpus = new Corpus(o.seed(), size);
      Path dir = o.work().resolve("p" + size);
      deleteTree(dir);
      Files.createDirectories(dir);
      List<Target> targets = targets(o);
      Map<String, Report.TargetResult> results = new LinkedHashMap<>();
      try {
        for (Target t : targets) {
          Path tdir = Files.createDirectories(dir.resolve(t.name()));
          String la = loadAvg();
          log("[%d] %s: loading …", size, t.name());
          Target.LoadStats load = t.load(corpus, tdir);
          t.start(tdir);
          Report.TargetResult r = new Report.TargetResult(t.name(), t.description());
          r.load = load;
          r.loadAvgLoad = la + " → " + loadAvg();
          r.memoryAfterLoad = t.memory();
          results.put(t.name(), r);
          log("[%d] %s: %d pages in %.1f s (%.0f pages/s, %.2f MB/s)", size, t.name(), load.pages(), load.ms() / 1000.0, load.pagesPerSecond(), load.mbPerSecond());
        }
        // warm-up: the first queries of each class, untimed
        for (Target t : targets) for (int i = 0; i < Math.min(queries.size(), 80); i++) safeSearch(t, queries.get(i));
        sequential(o, targets, queries, results, size);
        for (Target t : targets) concurrent(o, t, queries, results.get(t.name()), size);
        for (Target t : targets) {
          Report.TargetResult r = results.get(t.name());
          r.indexBytes = t.indexBytes();
          r.memoryEnd = t.memory();
        }
      } finally {
        for (Target t : targets) {
          try {
            t.close();
          } catch (Exception e) {
            log("closing %s: %s", t.name(), e);
          }
        }
      }
      report.add(size, corpus.documents(), results);
      report.write();
      log("[%d] done; results in %s", size, o.out().resolve("latest.md"));
      if (!o.keep()) deleteTree(dir);
    }
  }

  private static List<Target> targets(Options o) {
    List<Target> ts = new ArrayList<>();
    MuragatTarget muragat = null;
    MuragatSolrCloudTarget solrcloud = null;
    for (String name : o.targets()) {
      switch (name.strip()) {
        case "muragat" -> ts.add(muragat = new MuragatTarget(o.home(), o.heap(), o.threads()));
        case "muragat-exact" -> {
          if (muragat == null) throw new IllegalArgumentException("muragat-exact comes after muragat in --targets");
          ts.add(muragat.variant("muragat-exact", "&syntax=lucene", "queries in syntax=lucene: the same words and phrases without OCR-tolerant fuzzy terms"));
        }
        case "muragat-facets" -> {
          if (muragat == null) throw new IllegalArgumentException("muragat-facets comes after muragat in --targets");
          ts.add(muragat.variant("muragat-facets", "&facets=true", "with facet counts (every dimension), as the web UI asks"));
        }
        case "solr" -> ts.add(new SolrTarget(o.home(), o.heap(), o.threads()));
        case "muragat-solrcloud" -> ts.add(solrcloud = new MuragatSolrCloudTarget(o.home(), o.heap(), o.threads()));
        case "muragat-solrcloud-exact" -> {
          if (solrcloud == null) throw new IllegalArgumentException("muragat-solrcloud-exact comes after muragat-solrcloud in --targets");
          ts.add(solrcloud.variant("muragat-solrcloud-exact", "&syntax=lucene", "queries in syntax=lucene: the same words and phrases without OCR-tolerant fuzzy terms"));
        }
        case "postgres" -> {
          if (PostgresTarget.findBin() == null) log("postgres: not installed, left out (Debian: apt-get install postgresql)");
          else ts.add(new PostgresTarget("256MB"));
        }
        case "" -> {}
        default -> throw new IllegalArgumentException("unknown target " + name + " (muragat, muragat-exact, muragat-facets, muragat-solrcloud, muragat-solrcloud-exact, solr, postgres; others with --target NAME=URL)");
      }
    }
    for (String spec : o.extra()) ts.add(MuragatApiTarget.parse(spec));
    return ts;
  }

  private static long safeSearch(Target t, Queries.Query q) {
    try {
      return t.search(q);
    } catch (Exception e) {
      return -1;
    }
  }

  private static void sequential(Options o, List<Target> targets, List<Queries.Query> queries, Map<String, Report.TargetResult> results, int size) {
    String la = loadAvg();
    Map<String, Map<Queries.Kind, Histogram>> hist = new LinkedHashMap<>();
    Map<String, Map<Queries.Kind, long[]>> spent = new LinkedHashMap<>(); // ns, count, hits, errors
    for (Target t : targets) {
      Map<Queries.Kind, Histogram> h = new EnumMap<>(Queries.Kind.class);
      Map<Queries.Kind, long[]> s = new EnumMap<>(Queries.Kind.class);
      for (Queries.Kind k : Queries.Kind.values()) {
        h.put(k, new Histogram(3_600_000_000L, 3));
        s.put(k, new long[4]);
      }
      hist.put(t.name(), h);
      spent.put(t.name(), s);
    }
    long budget = TimeUnit.SECONDS.toNanos(o.seqSeconds());
    int i = 0;
    for (Queries.Query q : queries) {
      for (int j = 0; j < targets.size(); j++) {
        Target t = targets.get((i + j) % targets.size());
        long[] s = spent.get(t.name()).get(q.kind());
        if (s[0] > budget) continue;
        long t0 = System.nanoTime();
        long hits = safeSearch(t, q);
        long ns = System.nanoTime() - t0;
        s[0] += ns;
        if (hits < 0) {
          s[3]++;
          continue;
        }
        s[1]++;
        s[2] += hits;
        hist.get(t.name()).get(q.kind()).recordValue(Math.max(1, ns / 1000));
      }
      i++;
    }
    for (Target t : targets) {
      Report.TargetResult r = results.get(t.name());
      r.loadAvgSequential = la + " → " + loadAvg();
      for (Queries.Kind k : Queries.Kind.values()) {
        long[] s = spent.get(t.name()).get(k);
        r.sequential.put(k, Report.Latency.of(hist.get(t.name()).get(k), s[1], s[0], s[2], s[3]));
      }
      log("[%d] %s sequential: %s", size, t.name(), r.sequentialSummary());
    }
  }

  private static void concurrent(Options o, Target t, List<Queries.Query> queries, Report.TargetResult r, int size) throws Exception {
    String la = loadAvg();
    ExecutorService pool = Executors.newFixedThreadPool(o.clients());
    AtomicBoolean sampling = new AtomicBoolean(true);
    Memory.Sample[] peak = {t.memory()};
    Thread sampler =
        new Thread(
            () -> {
              while (sampling.get()) {
                Memory.Sample m = t.memory();
                synchronized (peak) {
                  peak[0] = peak[0].max(m);
                }
                try {
                  Thread.sleep(1000); // memory sampling interval
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    try {
      for (Queries.Kind k : Queries.Kind.values()) {
        List<Queries.Query> qs = queries.stream().filter(q -> q.kind() == k).toList();
        Recorder rec = new Recorder(3);
        AtomicLong next = new AtomicLong(), errors = new AtomicLong(), hits = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.concSeconds());
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < o.clients(); c++) {
          fs.add(
              pool.submit(
                  () -> {
                    while (System.nanoTime() < deadline) {
                      long n = next.getAndIncrement();
                      if (n >= o.concQueries()) break;
                      Queries.Query q = qs.get((int) (n % qs.size()));
                      long s = System.nanoTime();
                      long h = safeSearch(t, q);
                      long ns = System.nanoTime() - s;
                      if (h < 0) errors.incrementAndGet();
                      else {
                        hits.addAndGet(h);
                        rec.recordValue(Math.max(1, Math.min(3_600_000_000L, ns / 1000)));
                      }
                    }
                  }));
        }
        for (Future<?> f : fs) f.get();
        long wall = System.nanoTime() - t0;
        Histogram h = rec.getIntervalHistogram();
        r.concurrent.put(k, Report.Latency.of(h, h.getTotalCount(), wall, hits.get(), errors.get()));
      }
    } finally {
      pool.shutdownNow();
      sampling.set(false);
      sampler.interrupt();
    }
    r.memoryPeak = peak[0];
    r.loadAvgConcurrent = la + " → " + loadAvg();
    log("[%d] %s concurrent (%d clients): %s", size, t.name(), o.clients(), r.concurrentSummary());
  }

  static String loadAvg() {
    try {
      String[] p = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return p[0];
    } catch (Exception e) {
      return "?";
    }
  }

  static void log(String fmt, Object... args) {
    System.err.println(Instant.now().toString().substring(11, 19) + " " + String.format(Locale.ROOT, fmt, args));
  }

  static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) return;
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
