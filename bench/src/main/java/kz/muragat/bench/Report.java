package kz.muragat.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** The results: {@code latest.json}, {@code latest.md} (tables with ratios), {@code latency.svg}. */
final class Report {
  /** Latency in milliseconds; {@code qps} is queries per second of wall time for the pass. */
  record Latency(long count, double p50, double p90, double p99, double max, double mean, double qps, double meanHits, long errors) {
    static Latency of(Histogram h, long count, long wallNs, long hits, long errors) {
      if (count == 0) return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, errors);
      return new Latency(
          count, h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
          h.getMean() / 1000.0, count * 1e9 / wallNs, hits / (double) count, errors);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class TargetResult {
    public String name;
    public String description;
    public Target.LoadStats load;
    public long indexBytes = -1;
    public Memory.Sample memoryAfterLoad;
    public Memory.Sample memoryPeak;
    public Memory.Sample memoryEnd;
    public String loadAvgLoad, loadAvgSequential, loadAvgConcurrent;
    public Map<Queries.Kind, Latency> sequential = new EnumMap<>(Queries.Kind.class);
    public Map<Queries.Kind, Latency> concurrent = new EnumMap<>(Queries.Kind.class);

    TargetResult() {}

    TargetResult(String name, String description) {
      this.name = name;
      this.description = description;
    }

    String sequentialSummary() {
      StringBuilder b = new StringBuilder();
      sequential.forEach((k, l) -> b.append(String.format(Locale.ROOT, "%s p50 %.1f p99 %.1f ms (n=%d, hits %.0f); ", k.label, l.p50(), l.p99(), l.count(), l.meanHits())));
      return b.toString();
    }

    String concurrentSummary() {
      StringBuilder b = new StringBuilder();
      concurrent.forEach((k, l) -> b.append(String.format(Locale.ROOT, "%s %.1f q/s p50 %.1f p99 %.1f ms; ", k.label, l.qps(), l.p50(), l.p99())));
      return b.toString();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class SizeResult {
    public int pages;
    public int documents;
    public String finished;
    public String machine;
    public Map<String, TargetResult> targets = new LinkedHashMap<>();
  }

  private final BenchRun.Options o;
  private final List<Queries.Query> queries;
  private final TreeMap<Integer, SizeResult> sizes = new TreeMap<>();

  Report(BenchRun.Options o, List<Queries.Query> queries) throws Exception {
    this.o = o;
    this.queries = queries;
    Path json = o.out().resolve("latest.json");
    if (Files.exists(json)) {
      // sizes measured by an earlier run (same seed and queries) stay in the table until re-measured
      Map<String, Object> old = Http.JSON.readValue(json.toFile(), new TypeReference<Map<String, Object>>() {});
      if (String.valueOf(o.seed()).equals(String.valueOf(old.get("seed"))) && String.valueOf(o.perKind()).equals(String.valueOf(old.get("queriesPerKind")))) {
        List<SizeResult> prev = Http.JSON.convertValue(old.get("sizes"), new TypeReference<List<SizeResult>>() {});
        for (SizeResult s : prev) sizes.put(s.pages, s);
      }
    }
  }

  void add(int pages, int documents, Map<String, TargetResult> results) {
    SizeResult s = new SizeResult();
    s.pages = pages;
    s.documents = documents;
    s.finished = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    s.machine = Runtime.getRuntime().availableProcessors() + " cores, load average after " + BenchRun.loadAvg();
    s.targets = results;
    sizes.put(pages, s);
  }

  void write() throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("seed", o.seed());
    root.put("queriesPerKind", o.perKind());
    root.put("clients", o.clients());
    root.put("heap", o.heap());
    root.put("sizes", new ArrayList<>(sizes.values()));
    Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o.out().resolve("latest.json").toFile(), root);
    Files.writeString(o.out().resolve("latest.md"), markdown());
    Files.writeString(o.out().resolve("latency.svg"), Plot.svg(sizes));
  }

  // ---------------------------------------------------------------------------------------------

  static String f(double v) {
    if (Double.isNaN(v) || v < 0) return "–";
    if (v >= 100) return String.format(Locale.ROOT, "%.0f", v);
    if (v >= 10) return String.format(Locale.ROOT, "%.1f", v);
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String mb(long bytes) {
    return bytes < 0 ? "–" : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }

  static String ratio(double peer, double muragat) {
    if (Double.isNaN(peer) || Double.isNaN(muragat) || muragat <= 0 || peer <= 0) return "–";
    return String.format(Locale.ROOT, "%.2f×", peer / muragat);
  }

  static String size(int pages) {
    return pages % 1_000_000 == 0 ? pages / 1_000_000 + "M" : pages % 1000 == 0 ? pages / 1000 + "k" : Integer.toString(pages);
  }

  private String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Muragat against Solr and PostgreSQL\n\n");
    b.append("Written by `bench/run.sh` (`kz.muragat.bench.BenchRun`). Corpus: generated Russian/Kazakh archive case files, seed ")
        .append(o.seed()).append("; ").append(queries.size()).append(" queries (").append(o.perKind())
        .append(" per class) drawn from the corpus, the same for every engine and size; top 10 with highlighting, over HTTP (PostgreSQL: JDBC). ")
        .append("Sequential: one pass, engines interleaved query by query, at most ").append(o.seqSeconds()).append(" s per class and engine. ")
        .append("Concurrent: ").append(o.clients()).append(" clients per class, at most ").append(o.concQueries()).append(" queries or ")
        .append(o.concSeconds()).append(" s. Latency in ms. Ratios are peer ÷ Muragat (above 1×: Muragat is faster / smaller).\n\n");
    for (SizeResult s : sizes.values()) {
      TargetResult m = s.targets.get("muragat");
      b.append("## ").append(size(s.pages)).append(" pages (").append(s.documents).append(" documents)\n\n");
      b.append("Finished ").append(s.finished).append("; ").append(s.machine).append(".\n\n");
      b.append("| engine | load s | pages/s | MB/s | index | RSS (peak) | heap used peak / max | load average (load; queries) |\n");
      b.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
      for (TargetResult t : s.targets.values()) {
        Memory.Sample pk = t.memoryPeak == null ? Memory.UNKNOWN : t.memoryPeak;
        b.append("| ").append(t.name).append(" | ").append(t.load.ms() < 0 ? "–" : f(t.load.ms() / 1000.0)).append(" | ").append(f(t.load.pagesPerSecond()))
            .append(" | ").append(f(t.load.mbPerSecond())).append(" | ").append(mb(t.indexBytes)).append(" | ").append(mb(pk.rss()))
            .append(pk.peakRss() > 0 ? " (" + mb(pk.peakRss()) + ")" : "").append(" | ")
            .append(pk.heapUsed() < 0 ? "–" : mb(pk.heapUsed()) + " / " + mb(pk.heapMax())).append(" | ")
            .append(t.loadAvgLoad).append("; ").append(t.loadAvgSequential).append(" |\n");
      }
      b.append('\n');
      b.append("Sequential latency, p50 / p99 ms (mean hits):\n\n| engine |");
      for (Queries.Kind k : Queries.Kind.values()) b.append(' ').append(k.label).append(" |");
      b.append("\n| --- |");
      for (int i = 0; i < Queries.Kind.values().length; i++) b.append(" --- |");
      b.append('\n');
      for (TargetResult t : s.targets.values()) {
        b.append("| ").append(t.name).append(" |");
        for (Queries.Kind k : Queries.Kind.values()) {
          Latency l = t.sequential.get(k);
          b.append(l == null ? " – |" : " " + f(l.p50()) + " / " + f(l.p99()) + " (" + f(l.meanHits()) + ")" + (l.errors() > 0 ? " " + l.errors() + " errors" : "") + " |");
        }
        b.append('\n');
      }
      if (m != null) {
        for (TargetResult t : s.targets.values()) {
          if (t == m) continue;
          b.append("| ").append(t.name).append(" ÷ muragat, p50 / p99 |");
          for (Queries.Kind k : Queries.Kind.values()) {
            Latency l = t.sequential.get(k), ml = m.sequential.get(k);
            b.append(l == null || ml == null ? " – |" : " " + ratio(l.p50(), ml.p50()) + " / " + ratio(l.p99(), ml.p99()) + " |");
          }
          b.append('\n');
        }
      }
      b.append('\n');
      b.append("Concurrent (").append(o.clients()).append(" clients): queries/s, p50 / p99 ms:\n\n| engine |");
      for (Queries.Kind k : Queries.Kind.values()) b.append(' ').append(k.label).append(" |");
      b.append("\n| --- |");
      for (int i = 0; i < Queries.Kind.values().length; i++) b.append(" --- |");
      b.append('\n');
      for (TargetResult t : s.targets.values()) {
        b.append("| ").append(t.name).append(" |");
        for (Queries.Kind k : Queries.Kind.values()) {
          Latency l = t.concurrent.get(k);
          b.append(l == null ? " – |" : " " + f(l.qps()) + " q/s, " + f(l.p50()) + " / " + f(l.p99()) + (l.errors() > 0 ? " " + l.errors() + " errors" : "") + " |");
        }
        b.append('\n');
      }
      if (m != null) {
        for (TargetResult t : s.targets.values()) {
          if (t == m) continue;
          b.append("| muragat ÷ ").append(t.name).append(", queries/s |");
          for (Queries.Kind k : Queries.Kind.values()) {
            Latency l = t.concurrent.get(k), ml = m.concurrent.get(k);
            b.append(l == null || ml == null ? " – |" : " " + ratio(ml.qps(), l.qps()) + " |");
          }
          b.append('\n');
        }
        b.append('\n');
        b.append("Indexing: ");
        List<String> parts = new ArrayList<>();
        for (TargetResult t : s.targets.values()) {
          if (t == m || t.load.ms() < 0) continue;
          parts.add("Muragat at " + ratio(m.load.pagesPerSecond(), t.load.pagesPerSecond()) + " of " + t.name + "'s pages/s, index " + ratio(m.indexBytes, t.indexBytes) + " its size");
        }
        b.append(String.join("; ", parts)).append(".\n");
      }
      b.append('\n');
    }
    b.append("Engines:\n\n");
    Map<String, String> desc = new LinkedHashMap<>();
    for (SizeResult s : sizes.values()) for (TargetResult t : s.targets.values()) desc.put(t.name, t.description);
    desc.forEach((k, v) -> b.append("- **").append(k).append("**: ").append(v).append('\n'));
    b.append("\n![latency against corpus size](latency.svg)\n");
    return b.toString();
  }
}
