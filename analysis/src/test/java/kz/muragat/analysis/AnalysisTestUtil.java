package kz.muragat.analysis;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Helpers the analysis tests share. */
public final class AnalysisTestUtil {
  private AnalysisTestUtil() {}

  /** The distinct terms an analyzer makes of a text for a field, in the order they come. */
  public static Set<String> terms(Analyzer a, String field, String text) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
