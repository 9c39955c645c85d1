package kz.muragat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What reading case facts costs indexing: the same generated text pages indexed by {@link
 * MuragatLoad} (the indexer's schema, analysis and writer) with facts on and off, each load a JVM of
 * its own into a fresh data folder, in alternating order over the rounds (off, on; on, off; …) so
 * a slower or busier stretch of the machine does not fall on one side only. Each side's figure is
 * its best round (the least disturbed one on a shared machine), as pages per second of wall time
 * and per CPU-second of the loading process; the ratio on ÷ off is the share of throughput facts
 * leave (1.0: free; the target is at least 0.85).
 *
 * <p>A load is timed from its JVM's start of indexing ("cold": the JIT compiles the indexing path
 * while the clock runs, which a short load pays in full), or with {@code --warm-up N} after N
 * pages of other documents indexed in the same JVM ("warm": as the pages after the first few
 * thousand of a long run are indexed).
 *
 * <pre>bench/run.sh facts-cost [--pages 10000] [--rounds 2] [--threads 2] [--warm-up 0] [--seed 1] [--work /tmp/muragat-facts-cost] [--out bench/results/facts-cost]</pre>
 *
 * Writes {@code cold.json} and {@code cold.md} (or {@code warm.*} with a warm-up) into {@code --out}.
 */
final class FactsCost {
  private FactsCost() {}

  /** One load's figures. */
  record Load(boolean facts, int round, long pages, long ms, long cpuMs, long commitMs, long loaderCpuMs, long gcMs) {
    double pagesPerSecond() {
      return pages * 1000.0 / ms;
    }

    double pagesPerCpuSecond() {
      return cpuMs > 0 ? pages * 1000.0 / cpuMs : Double.NaN;
    }
  }

  static void run(Args a) throws Exception {
    int pages = a.intOpt("pages", 10_000);
    int rounds = a.intOpt("rounds", 2);
    int threads = a.intOpt("threads", Runtime.getRuntime().availableProcessors());
    int warmUp = a.intOpt("warm-up", 0);
    long seed = a.seed();
    Path work = Path.of(a.opt("work", "/tmp/muragat-facts-cost"));
    Path out = Path.of(a.opt("out", "bench/results/facts-cost"));
    Files.createDirectories(work);
    List<Load> loads = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      boolean onFirst = r % 2 == 1;
      for (boolean facts : new boolean[] {onFirst, !onFirst}) {
        Load l = load(work, pages, seed, threads, warmUp, facts, r);
        System.err.printf(Locale.ROOT, "round %d, facts %s: %d pages in %.1f s, %.0f pages/s, %.0f pages per CPU-second%n",
            r + 1, facts ? "on" : "off", l.pages(), l.ms() / 1000.0, l.pagesPerSecond(), l.pagesPerCpuSecond());
        loads.add(l);
      }
    }
    Load on = best(loads, true);
    Load off = best(loads, false);
    double ratio = on.pagesPerSecond() / off.pagesPerSecond();
    double cpuRatio = on.pagesPerCpuSecond() / off.pagesPerCpuSecond();
    Files.createDirectories(out);
    ObjectNode j = Http.JSON.createObjectNode();
    j.put("when", Instant.now().toString());
    j.put("pages", pages);
    j.put("seed", seed);
    j.put("threads", threads);
    j.put("rounds", rounds);
    j.put("warm_up", warmUp);
    j.put("processors", Runtime.getRuntime().availableProcessors());
    j.put("pages_per_s_on", round(on.pagesPerSecond()));
    j.put("pages_per_s_off", round(off.pagesPerSecond()));
    j.put("ratio", round3(ratio));
    j.put("pages_per_cpu_s_on", round(on.pagesPerCpuSecond()));
    j.put("pages_per_cpu_s_off", round(off.pagesPerCpuSecond()));
    j.put("cpu_ratio", round3(cpuRatio));
    ArrayNode all = j.putArray("loads");
    for (Load l : loads) {
      all.addObject().put("round", l.round() + 1).put("facts", l.facts() ? "on" : "off").put("pages", l.pages())
          .put("ms", l.ms()).put("cpu_ms", l.cpuMs()).put("commit_ms", l.commitMs()).put("loader_cpu_ms", l.loaderCpuMs())
          .put("gc_ms", l.gcMs()).put("pages_per_s", round(l.pagesPerSecond()));
    }
    String name = warmUp > 0 ? "warm" : "cold";
    Files.writeString(out.resolve(name + ".json"), Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(j) + "\n", StandardCharsets.UTF_8);
    Files.writeString(out.resolve(name + ".md"), markdown(pages, seed, threads, rounds, warmUp, loads, on, off, ratio, cpuRatio), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "facts on %.0f pages/s, off %.0f pages/s: on/off %.3f (CPU %.3f); %s%n",
        on.pagesPerSecond(), off.pagesPerSecond(), ratio, cpuRatio, out.resolve(name + ".md"));
  }

  private static Load load(Path work, int pages, long seed, int threads, int warmUp, boolean facts, int round) throws Exception {
    Path dir = work.resolve("facts-" + (facts ? "on" : "off"));
    BenchRun.deleteTree(dir);
    Files.createDirectories(dir);
    List<String> cmd = new ArrayList<>(List.of(Memory.jdkTool("java"), "-Xmx2g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Bench.class.getName(), "load-muragat", "--data", dir.resolve("data").toString(), "--pages", Integer.toString(pages),
        "--seed", Long.toString(seed), "--threads", Integer.toString(threads), "--facts", facts ? "on" : "off", "--warm-up", Integer.toString(warmUp)));
    try (ServerProcess p = new ServerProcess("muragat-load", cmd, Map.of(), dir.resolve("load.log"))) {
      String line = p.await(l -> l.startsWith("{"), Duration.ofHours(2));
      JsonNode j = Http.JSON.readTree(line);
      if (p.waitFor() != 0) throw new IllegalStateException("muragat load failed; see " + dir.resolve("load.log"));
      return new Load(facts, round, j.get("pages").asLong(), j.get("ms").asLong(), j.path("cpu_ms").asLong(-1),
          j.path("commit_ms").asLong(-1), j.path("loader_cpu_ms").asLong(-1), j.path("gc_ms").asLong(-1));
    } finally {
      BenchRun.deleteTree(dir.resolve("data"));
    }
  }

  private static Load best(List<Load> loads, boolean facts) {
    return loads.stream().filter(l -> l.facts() == facts).max(Comparator.comparingDouble(Load::pagesPerSecond)).orElseThrow();
  }

  private static String markdown(int pages, long seed, int threads, int rounds, int warmUp, List<Load> loads, Load on, Load off, double ratio, double cpuRatio) {
    StringBuilder b = new StringBuilder();
    b.append("# What reading case facts costs indexing").append(warmUp > 0 ? " (warm)" : " (cold)").append("\n\n");
    b.append(String.format(Locale.ROOT, "Written by `bench/run.sh facts-cost --pages %d --rounds %d --threads %d --warm-up %d --seed %d` (`kz.muragat.bench.FactsCost`): "
        + "the bench corpus's text pages indexed by the indexer's schema, analysis and writer (`load-muragat`), with `--facts on` and `off`, "
        + "each load a JVM of its own, the order alternating over the rounds; each side's best round. %s %d processors.%n%n",
        pages, rounds, threads, warmUp, seed,
        warmUp > 0 ? "Each load timed after " + warmUp + " pages of other documents indexed in the same JVM (the indexing path compiled)."
            : "Each load timed from its JVM's start (the JIT's compiling of the indexing path counted).",
        Runtime.getRuntime().availableProcessors()));
    b.append("| facts | pages/s | pages per CPU-second |\n| --- | --- | --- |\n");
    b.append(String.format(Locale.ROOT, "| off | %.0f | %.0f |%n", off.pagesPerSecond(), off.pagesPerCpuSecond()));
    b.append(String.format(Locale.ROOT, "| on | %.0f | %.0f |%n", on.pagesPerSecond(), on.pagesPerCpuSecond()));
    b.append(String.format(Locale.ROOT, "| **on ÷ off** | **%.3f** | %.3f |%n%n", ratio, cpuRatio));
    b.append("Every load (s: first document to the final commit; commit s: that commit, one thread; CPU s: the process; "
        + "loaders' CPU s: the loading threads — entries, analysis, facts, Lucene's in-memory indexing; GC s: the collectors' time):\n\n"
        + "| round | facts | pages | s | commit s | CPU s | loaders' CPU s | GC s | pages/s |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Load l : loads) {
      b.append(String.format(Locale.ROOT, "| %d | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f |%n",
          l.round() + 1, l.facts() ? "on" : "off", l.pages(), l.ms() / 1000.0, l.commitMs() / 1000.0, l.cpuMs() / 1000.0,
          l.loaderCpuMs() / 1000.0, l.gcMs() / 1000.0, l.pagesPerSecond()));
    }
    return b.toString();
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
