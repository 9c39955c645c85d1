package kz.muragat.analysis;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * {@code bin/muragat analyze}: reads UTF-8 lines on stdin and prints, for each, the terms of the
 * morphological field ({@code --field exact}: the exact field) separated by spaces — exactly one
 * output line per input line, empty if the line has no terms.
 */
public final class AnalyzeLines {
  private AnalyzeLines() {}

  public static void main(String[] args) throws IOException {
    boolean exact = false;
    for (int i = 0; i < args.length; i++) {
      if ("--field".equals(args[i]) && i + 1 < args.length) {
        String f = args[++i];
        if ("exact".equals(f) || MuragatAnalysis.FIELD_EXACT.equals(f)) {
          exact = true;
        } else if (!"morph".equals(f) && !MuragatAnalysis.FIELD_MORPH.equals(f)) {
          System.err.println("unknown field " + f + " (use exact or morph)");
          System.exit(2);
        }
      } else {
        System.err.println("usage: AnalyzeLines [--field exact|morph] < lines");
        System.exit(2);
      }
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        Writer out =
            new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)) {
      run(in, out, exact);
    }
  }

  /** Writes one line of space-separated terms for every line read; the streams stay open. */
  public static void run(BufferedReader in, Writer out, boolean exact) throws IOException {
    String field = exact ? MuragatAnalysis.FIELD_EXACT : MuragatAnalysis.FIELD_MORPH;
    try (Analyzer analyzer = exact ? MuragatAnalysis.exactAnalyzer() : MuragatAnalysis.morphAnalyzer()) {
      StringBuilder sb = new StringBuilder();
      String line;
      while ((line = in.readLine()) != null) {
        sb.setLength(0);
        try (TokenStream ts = analyzer.tokenStream(field, line)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            if (sb.length() > 0) {
              sb.append(' ');
            }
            sb.append(term);
          }
          ts.end();
        }
        sb.append('\n');
        out.write(sb.toString());
      }
      out.flush();
    }
  }
}
