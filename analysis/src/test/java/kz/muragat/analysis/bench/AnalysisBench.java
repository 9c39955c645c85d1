package kz.muragat.analysis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analysis throughput of {@link MuragatAnalysis#morphAnalyzer()} against stock Lucene {@link
 * RussianAnalyzer} on the same documents, in the same JVM, alternating rounds. Not a unit test
 * (surefire does not pick it up). Run:
 *
 * <pre>
 * cd /work/wt-analysis &amp;&amp; mvn -B -ntp -q -pl analysis test-compile \
 *   dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp analysis/target/test-classes:analysis/target/classes:$(cat /tmp/cp.txt) \
 *   kz.muragat.analysis.bench.AnalysisBench [DIR_OR_FILES...]
 * </pre>
 *
 * Default input: the .txt files under /work/shared/eval/retrieval/texts. Prints tokens/s and MB/s
 * (UTF-16 chars counted as input size) per analyzer and the ratio.
 */
public final class AnalysisBench {
  private AnalysisBench() {}

  public static void main(String[] args) throws IOException {
    List<String> docs = new ArrayList<>();
    String[] inputs = args.length > 0 ? args : new String[] {"/work/shared/eval/retrieval/texts"};
    for (String in : inputs) {
      Path p = Paths.get(in);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          for (Path f : (Iterable<Path>) s.sorted()::iterator) {
            if (f.toString().endsWith(".txt")) {
              docs.add(Files.readString(f, StandardCharsets.UTF_8));
            }
          }
        }
      } else {
        docs.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    long chars = docs.stream().mapToLong(String::length).sum();
    System.out.printf("%d documents, %.2f MB of text%n", docs.size(), chars / 1e6);
    try (Analyzer muragat = MuragatAnalysis.morphAnalyzer();
        Analyzer stock = new RussianAnalyzer()) {
      // warm-up (JIT, dictionaries)
      for (int i = 0; i < 5; i++) {
        run(muragat, docs);
        run(stock, docs);
      }
      int rounds = 10;
      long tM = 0, tS = 0, nM = 0, nS = 0;
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        nM += run(muragat, docs);
        long t1 = System.nanoTime();
        nS += run(stock, docs);
        long t2 = System.nanoTime();
        tM += t1 - t0;
        tS += t2 - t1;
      }
      double sM = tM / 1e9, sS = tS / 1e9;
      System.out.printf(
          "muragat morph : %,.0f tokens/s  %.2f MB/s%n", nM / sM, chars * rounds / 1e6 / sM);
      System.out.printf(
          "RussianAnalyzer: %,.0f tokens/s  %.2f MB/s%n", nS / sS, chars * rounds / 1e6 / sS);
      System.out.printf("ratio (muragat / stock, MB/s): %.2f%n", sS / sM);
    }
  }

  private static long run(Analyzer a, List<String> docs) throws IOException {
    long n = 0;
    for (String d : docs) {
      try (TokenStream ts = a.tokenStream("text", d)) {
        CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          n += t.length() > 0 ? 1 : 0;
        }
        ts.end();
      }
    }
    return n;
  }
}
