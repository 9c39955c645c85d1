package kz.muragat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;

/**
 * Finds where a page's text matches a query: analyses the text with the index's analyzers and
 * returns the character ranges of the tokens whose terms the query looks for, merged and in order.
 */
public final class TextMatcher {
  private final Analyzer analyzer;

  public TextMatcher(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A character range [start, end) of the text. */
  public record Span(int start, int end) {}

  public List<Span> spans(String text, QueryTerms terms) {
    return merge(spans(text, terms, terms.fields()));
  }

  /** The unmerged spans of the tokens matching in the given fields. */
  List<Span> spans(String text, QueryTerms terms, java.util.Collection<String> fields) {
    List<Span> spans = new ArrayList<>();
    if (terms.isEmpty() || text.isEmpty()) return spans;
    for (String field : fields) {
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
        OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (terms.matches(field, term.getBytesRef())) {
            int s = Math.max(0, Math.min(off.startOffset(), text.length()));
            int e = Math.max(s, Math.min(off.endOffset(), text.length()));
            if (e > s) spans.add(new Span(s, e));
          }
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return spans;
  }

  static List<Span> merge(List<Span> spans) {
    spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
