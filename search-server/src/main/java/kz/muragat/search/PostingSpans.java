package kz.muragat.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.muragat.indexer.index.IndexSchema;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Where a page entry matches a query, read from the index instead of analysing the page again:
 * the morphological field ({@link IndexSchema#TEXT}) is indexed with offsets, so the spans of its
 * matching terms come straight from the postings. The exact and name-variant fields share its
 * tokenizer (same token positions) but have no offsets: their matches at positions the
 * morphological field already matched are the same tokens; only when one of them matches
 * elsewhere on the page (an OCR slip matched loosely, a name in its other language's form) is the
 * page analysed again, for that field alone, by {@link TextMatcher}. The result is the same as
 * {@link TextMatcher#spans} on the page text, at the cost of a few postings lookups instead of
 * three analyses of every page shown.
 */
final class PostingSpans {
  private PostingSpans() {}

  static List<TextMatcher.Span> spans(IndexSearcher s, int doc, String text, QueryTerms terms, TextMatcher matcher) throws IOException {
    List<TextMatcher.Span> spans = new ArrayList<>();
    if (terms.isEmpty() || text.isEmpty()) return spans;
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
    LeafReader leaf = ctx.reader();
    int local = doc - ctx.docBase;
    Set<String> reanalyse = new LinkedHashSet<>();
    Set<Integer> covered = new HashSet<>();
    if (terms.hasPatterns(IndexSchema.TEXT)) {
      reanalyse.add(IndexSchema.TEXT);
    } else {
      for (BytesRef t : terms.terms(IndexSchema.TEXT)) {
        PostingsEnum pe = leaf.postings(new Term(IndexSchema.TEXT, t), PostingsEnum.OFFSETS);
        if (pe == null || pe.advance(local) != local) continue;
        for (int i = pe.freq(); i > 0; i--) {
          int pos = pe.nextPosition();
          int st = Math.max(0, Math.min(pe.startOffset(), text.length()));
          int en = Math.max(st, Math.min(pe.endOffset(), text.length()));
          if (en > st) {
            spans.add(new TextMatcher.Span(st, en));
            covered.add(pos);
          }
        }
      }
    }
    for (String field : terms.fields()) {
      if (field.equals(IndexSchema.TEXT) || reanalyse.contains(field)) continue;
      if (!field.equals(IndexSchema.TEXT_EXACT) && !field.equals(IndexSchema.TEXT_VARIANT) || terms.hasPatterns(field)) {
        reanalyse.add(field);
        continue;
      }
      search:
      for (BytesRef t : terms.terms(field)) {
        PostingsEnum pe = leaf.postings(new Term(field, t), PostingsEnum.POSITIONS);
        if (pe == null || pe.advance(local) != local) continue;
        for (int i = pe.freq(); i > 0; i--) {
          if (!covered.contains(pe.nextPosition())) {
            reanalyse.add(field);
            break search;
          }
        }
      }
    }
    if (!reanalyse.isEmpty()) spans.addAll(matcher.spans(text, terms, reanalyse));
    return TextMatcher.merge(spans);
  }
}
