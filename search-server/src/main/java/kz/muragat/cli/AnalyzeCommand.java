package kz.muragat.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code muragat analyze}: prints the index terms of each line read on standard input. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {"Read lines on standard input; print for each the terms the index makes of it, space-separated,", "exactly one output line per input line."})
public final class AnalyzeCommand implements Callable<Integer> {
  @Option(names = "--field", defaultValue = "morph", description = "morph (lemmas, the default search field) or exact. Default: ${DEFAULT-VALUE}.")
  String field;

  @Override
  public Integer call() throws Exception {
    Analyzer analyzer = switch (field) {
      case "morph" -> MuragatAnalysis.morphAnalyzer();
      case "exact" -> MuragatAnalysis.exactAnalyzer();
      default -> throw new IllegalArgumentException("--field must be morph or exact");
    };
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line; (line = in.readLine()) != null; ) {
        StringBuilder sb = new StringBuilder();
        try (TokenStream ts = analyzer.tokenStream("f", line)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(term);
          }
          ts.end();
        }
        out.write(sb.toString());
        out.write('\n');
      }
    }
    return 0;
  }
}
