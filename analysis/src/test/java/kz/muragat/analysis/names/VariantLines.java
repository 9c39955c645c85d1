package kz.muragat.analysis.names;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Prints the variant-field terms of each stdin line (one output line per input line). Not a test;
 * used by the pair-recall measurement. The mode says where the words stand: {@code text} (default:
 * inside a sentence, as the mined pairs were written), {@code start} (at a sentence start) or
 * {@code query} (typed in a query, as written):
 *
 * <pre>
 * mvn -q -pl analysis test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp analysis/target/classes:analysis/target/test-classes:$(cat /tmp/cp.txt) \
 *   kz.muragat.analysis.names.VariantLines [text|start|query] &lt; words.txt
 * </pre>
 *
 * (pair figures: src/test/scripts/name_pairs.py).
 */
public final class VariantLines {
  private VariantLines() {}

  /** A lower-case word put before each line so that the line stands inside a sentence. */
  private static final String BEFORE = "и ";

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "text";
    if (!mode.equals("text") && !mode.equals("start") && !mode.equals("query")) {
      System.err.println("usage: VariantLines [text|start|query] < lines");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (Analyzer a = mode.equals("query") ? MuragatAnalysis.variantQueryAnalyzer() : MuragatAnalysis.variantAnalyzer();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      StringBuilder sb = new StringBuilder();
      while ((line = in.readLine()) != null) {
        sb.setLength(0);
        boolean inText = mode.equals("text");
        try (TokenStream ts = a.tokenStream(MuragatAnalysis.FIELD_VARIANT, inText ? BEFORE + line : line)) {
          CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          boolean first = true;
          while (ts.incrementToken()) {
            if (inText && first) {
              first = false;
              continue; // the word put before the line
            }
            if (sb.length() > 0) sb.append(' ');
            sb.append(t);
          }
          ts.end();
        }
        out.println(sb);
      }
    }
    out.flush();
  }
}
