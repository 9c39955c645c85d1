package kz.muragat.search;

import kz.muragat.core.model.PageRecord;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.schema.UncertainWords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;

/**
 * Finds where a page's text matches a query: the character ranges of the tokens whose terms the
 * query looks for, merged and in order. Where the page is in the index and a field keeps offsets in
 * its postings, the ranges are read from there (a few term lookups); a field that keeps positions
 * only (the exact field) takes its ranges from the same positions in the fields that
 * keep offsets; otherwise the text is analysed again with the index's analyzers, which for the
 * morphological fields costs far more.
 */
public final class TextMatcher {
  private final Analyzer analyzer;

  public TextMatcher(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A character range [start, end) of the text, and how it matched. */
  public record Span(int start, int end, MatchKind kind) {}

  /** Spans of a page's text, analysed again; {@code uncertain} is the page's {@link IndexSchema#TEXT_OCR} text. */
  public List<Span> spans(String text, String uncertain, QueryTerms terms) {
    return spans(text, uncertain, terms, null, -1);
  }

  /** Spans of a page as stored, analysed again. */
  public List<Span> spans(PageRecord page, QueryTerms terms) {
    return spans(page.text(), UncertainWords.of(page), terms);
  }

  /** Spans of a page indexed as document {@code doc} of {@code leaf}, from the postings' offsets where the fields keep them. */
  public List<Span> spans(String text, QueryTerms terms, LeafReader leaf, int doc) {
    return spans(text, "", terms, leaf, doc);
  }

  /**
   * Spans of a page's text that is indexed as document {@code doc} of {@code leaf} (or not in the
   * index, if leaf is null). {@code terms} should come from the rewritten query, so that fuzzy
   * and wildcard parts are plain terms and can be looked up.
   */
  private List<Span> spans(String text, String uncertain, QueryTerms terms, LeafReader leaf, int doc) {
    List<Span> spans = new ArrayList<>();
    if (terms == null || terms.isEmpty() || text.isEmpty()) return spans;
    List<String> byPosition = new ArrayList<>();
    // characters of the positions matched in fields that keep offsets, for fields that keep positions only
    Map<Integer, int[]> offsetsAt = new HashMap<>();
    try {
      for (String field : terms.fields()) {
        if (leaf != null && !terms.hasPatterns(field)) {
          IndexOptions options = indexOptions(leaf, field);
          if (options == null || options.compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) >= 0) {
            Map<Integer, int[]> positions = IndexSchema.ALIGNED_TEXT_FIELDS.contains(field) ? offsetsAt : null;
            fromPostings(leaf, doc, field, terms, text.length(), positions, spans);
            continue;
          }
          if (options.compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0 && IndexSchema.ALIGNED_TEXT_FIELDS.contains(field)) {
            byPosition.add(field);
            continue;
          }
        }
        analyse(field, text, uncertain, terms, spans);
      }
      for (String field : byPosition) {
        if (!fromPositions(leaf, doc, field, terms, offsetsAt, spans)) analyse(field, text, uncertain, terms, spans);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return merge(spans);
  }

  /** Spans of the tokens of {@code field}'s analysis of the page whose terms the query looks for. */
  private void analyse(String field, String text, String uncertain, QueryTerms terms, List<Span> spans) throws IOException {
    // the OCR field holds only the words read with doubt, at their places in the page text
    String analysed = field.equals(IndexSchema.TEXT_OCR) ? uncertain : text;
    if (analysed.isEmpty()) return;
    try (TokenStream ts = analyzer.tokenStream(field, analysed)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.matches(field, term.getBytesRef())) {
          int s = Math.max(0, Math.min(off.startOffset(), text.length()));
          int e = Math.max(s, Math.min(off.endOffset(), text.length()));
          if (e > s) spans.add(new Span(s, e, MatchKind.of(field)));
        }
      }
      ts.end();
    }
  }

  /** The field's index options in this segment, or null when no entry of the segment has it. */
  private static IndexOptions indexOptions(LeafReader leaf, String field) {
    FieldInfo fi = leaf.getFieldInfos().fieldInfo(field);
    return fi == null ? null : fi.getIndexOptions();
  }

  private static void fromPostings(
      LeafReader leaf, int doc, String field, QueryTerms terms, int length, Map<Integer, int[]> positions, List<Span> out)
      throws IOException {
    for (BytesRef t : terms.terms(field)) {
      PostingsEnum pe = leaf.postings(new Term(field, t), PostingsEnum.OFFSETS);
      if (pe == null || pe.advance(doc) != doc) continue;
      for (int i = 0, n = pe.freq(); i < n; i++) {
        int position = pe.nextPosition();
        int s = Math.max(0, Math.min(pe.startOffset(), length));
        int e = Math.max(s, Math.min(pe.endOffset(), length));
        if (positions != null) positions.putIfAbsent(position, new int[] {s, e});
        if (e > s) out.add(new Span(s, e, MatchKind.of(field)));
      }
    }
  }

  /**
   * Spans of a field that keeps positions only: each matched position's characters as another
   * aligned field's postings gave them. False (nothing added) when a position has none, e.g. a
   * query that asks this field alone: the caller then analyses the page.
   */
  private static boolean fromPositions(
      LeafReader leaf, int doc, String field, QueryTerms terms, Map<Integer, int[]> offsetsAt, List<Span> out) throws IOException {
    List<Span> found = new ArrayList<>();
    for (BytesRef t : terms.terms(field)) {
      PostingsEnum pe = leaf.postings(new Term(field, t), PostingsEnum.POSITIONS);
      if (pe == null || pe.advance(doc) != doc) continue;
      for (int i = 0, n = pe.freq(); i < n; i++) {
        int[] at = offsetsAt.get(pe.nextPosition());
        if (at == null) return false;
        if (at[1] > at[0]) found.add(new Span(at[0], at[1], MatchKind.of(field)));
      }
    }
    out.addAll(found);
    return true;
  }

  /**
   * Overlapping or touching spans merged, in order; a merged span has the best kind of its parts
   * (a word matched as written also matches as a form of itself).
   */
  static List<Span> merge(List<Span> spans) {
    spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), Math.max(last.end(), s.end()), last.kind().best(s.kind())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
