package kz.muragat.facts;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.analysis.IndexFork;

/**
 * Not a test: what fact extraction costs next to what the index already spends on the same pages.
 * The baseline is the index's text analysis of each page ({@link MuragatAnalysis#indexFork()}:
 * the normalized chain once, replayed into the morphological and name-variant filters), which is
 * only part of indexing a page (Lucene's writing comes on top), so the share printed is an upper
 * bound of extraction's share of indexing. Both run in one thread of one JVM, in alternating
 * rounds after a warm-up, timed in thread CPU time (so other processes' load does not count) and
 * wall time. A document is a text file (one page) or a folder of {@code N.txt} pages:
 *
 * <pre>
 * java -cp ... kz.muragat.facts.ExtractionBench FOLDER [ROUNDS=20]
 * </pre>
 */
public final class ExtractionBench {
  private ExtractionBench() {}

  private static final int WARM_UP_PAGES = 10_000;

  public static void main(String[] args) throws IOException {
    Map<String, List<PageText>> docs = FactsDump.read(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int pages = docs.values().stream().mapToInt(List::size).sum();
    long chars = docs.values().stream().flatMap(List::stream).mapToLong(p -> p.text().length()).sum();
    IndexFork fork = MuragatAnalysis.indexFork();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    // warm-up until the JIT has compiled both (some 10,000 pages each)
    for (int w = 0; w * pages < WARM_UP_PAGES; w++) {
      sink += analyse(docs, fork) + extract(docs);
    }
    long[] analysis = new long[2];
    long[] extraction = new long[2];
    for (int r = 0; r < rounds; r++) {
      boolean analysisFirst = r % 2 == 0;
      for (int k = 0; k < 2; k++) {
        boolean doAnalysis = (k == 0) == analysisFirst;
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        sink += doAnalysis ? analyse(docs, fork) : extract(docs);
        long[] into = doAnalysis ? analysis : extraction;
        into[0] += cpu.getCurrentThreadCpuTime() - c0;
        into[1] += System.nanoTime() - t0;
      }
    }
    double n = (double) pages * rounds;
    System.out.printf(java.util.Locale.ROOT, "%d pages (%.0f chars/page), %d rounds, one thread (%d)%n",
        pages, (double) chars / pages, rounds, sink % 10);
    System.out.printf(java.util.Locale.ROOT, "index analysis: %.0f pages per CPU-second, %.0f pages/s wall%n",
        n / (analysis[0] / 1e9), n / (analysis[1] / 1e9));
    System.out.printf(java.util.Locale.ROOT, "fact extraction: %.0f pages per CPU-second, %.0f pages/s wall%n",
        n / (extraction[0] / 1e9), n / (extraction[1] / 1e9));
    System.out.printf(java.util.Locale.ROOT, "extraction / analysis: %.1f%% of CPU time, %.1f%% of wall time%n",
        100.0 * extraction[0] / analysis[0], 100.0 * extraction[1] / analysis[1]);
  }

  private static long analyse(Map<String, List<PageText>> docs, IndexFork fork) {
    long tokens = 0;
    for (List<PageText> d : docs.values()) {
      for (PageText p : d) {
        tokens += fork.analyze(p.text()).morph().size();
      }
    }
    return tokens;
  }

  private static long extract(Map<String, List<PageText>> docs) {
    long facts = 0;
    for (List<PageText> d : docs.values()) {
      facts += FactExtractor.extract(d).persons().size();
    }
    return facts;
  }
}
