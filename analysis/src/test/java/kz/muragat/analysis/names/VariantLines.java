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
 * used by the pair-recall measurement:
 *
 * <pre>
 * mvn -q -pl analysis test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp analysis/target/classes:analysis/target/test-classes:$(cat /tmp/cp.txt) \
 *   kz.muragat.analysis.names.VariantLines &lt; words.txt  (pair figures: src/test/scripts/name_pairs.py)
 * </pre>
 */
public final class VariantLines {
  private VariantLines() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (Analyzer a = MuragatAnalysis.variantAnalyzer();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      StringBuilder sb = new StringBuilder();
      while ((line = in.readLine()) != null) {
        sb.setLength(0);
        try (TokenStream ts = a.tokenStream(MuragatAnalysis.FIELD_VARIANT, line)) {
          CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
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
