package kz.muragat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * Suggestions from the index's own vocabulary (the exact field): "did you mean" for a query that
 * found nothing, and completions of what is being typed. A term is only suggested when a
 * document the caller may see contains it, so suggestions never reveal closed material.
 */
public final class Suggestions {
  /** Terms scanned for completions of one prefix. */
  static final int SCAN_LIMIT = 5000;

  private final Analyzer exact = MuragatAnalysis.exactAnalyzer();
  private final DirectSpellChecker checker = new DirectSpellChecker();

  public Suggestions() {
    checker.setMinPrefix(1);
    checker.setMinQueryLength(4);
    checker.setMaxEdits(2);
  }

  /**
   * What "did you mean" needs of an index's exact-field vocabulary, as the viewer sees it: how many
   * visible documents hold a term, and known terms close to one, closest first.
   */
  public interface Vocabulary {
    int visibleDocs(String term) throws IOException;

    List<String> similar(String term, int max) throws IOException;
  }

  /** The query with each unknown word replaced by the closest known one, or null if nothing changes. */
  String didYouMean(IndexSearcher s, String q, Query access) throws IOException {
    return didYouMean(
        new Vocabulary() {
          @Override
          public int visibleDocs(String term) throws IOException {
            return Suggestions.visibleDocs(s, term, access);
          }

          @Override
          public List<String> similar(String term, int max) throws IOException {
            List<String> out = new ArrayList<>();
            for (SuggestWord w : checker.suggestSimilar(new Term(IndexSchema.TEXT_EXACT, term), max, s.getIndexReader())) out.add(w.string);
            return out;
          }
        },
        q);
  }

  /** Words shorter than this are not corrected (as the embedded spell checker's minimum). */
  public static final int MIN_CORRECTED_LENGTH = 4;

  /** The query with each unknown word replaced by the closest known one, or null if nothing changes. */
  public String didYouMean(Vocabulary vocabulary, String q) throws IOException {
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (String word : q.split("\\s+")) {
      String replacement = word;
      String core = word.replaceAll("^[\"+\\-(]+|[\")*~]+$", "");
      if (!core.isEmpty() && core.codePoints().allMatch(Character::isLetter)) {
        String term = analyzeOne(core);
        if (term != null && vocabulary.visibleDocs(term) == 0) {
          for (String candidate : vocabulary.similar(term, 5)) {
            if (vocabulary.visibleDocs(candidate) > 0) {
              replacement = word.replace(core, matchCase(core, candidate));
              changed = true;
              break;
            }
          }
        }
      }
      if (out.length() > 0) out.append(' ');
      out.append(replacement);
    }
    return changed ? out.toString() : null;
  }

  /** A completion and how many visible documents contain it. */
  public record Completion(String term, int docs) {}

  /**
   * What is being typed: the words before the last one (kept as typed), the last word, and its
   * exact-field term (what completions start with); null when there is nothing to complete.
   */
  public record Typed(String head, String last, String norm) {
    /** A completion of the last word, written as the user began it. */
    public Completion complete(String term, int docs) {
      return new Completion(head + matchCase(last, term), docs);
    }
  }

  public Typed typed(String prefix) {
    String p = prefix.strip();
    int space = p.lastIndexOf(' ');
    String head = space < 0 ? "" : p.substring(0, space + 1);
    String last = space < 0 ? p : p.substring(space + 1);
    if (last.isEmpty()) return null;
    String norm = analyzeOne(last);
    return norm == null || norm.isEmpty() ? null : new Typed(head, last, norm);
  }

  /** Up to {@code limit} completions of the last word of {@code prefix}, most frequent first. */
  List<Completion> complete(IndexSearcher s, String prefix, int limit, Query access) throws IOException {
    List<Completion> out = new ArrayList<>();
    Typed typed = typed(prefix);
    if (typed == null) return out;
    String norm = typed.norm();
    Terms terms = MultiTerms.getTerms(s.getIndexReader(), IndexSchema.TEXT_EXACT);
    if (terms == null) return out;
    TermsEnum te = terms.iterator();
    BytesRef start = new BytesRef(norm);
    if (te.seekCeil(start) == TermsEnum.SeekStatus.END) return out;
    List<Completion> candidates = new ArrayList<>();
    int scanned = 0;
    for (BytesRef t = te.term(); t != null && scanned < SCAN_LIMIT; t = te.next(), scanned++) {
      String term = t.utf8ToString();
      if (!term.startsWith(norm)) break;
      candidates.add(new Completion(term, te.docFreq()));
    }
    candidates.sort(Comparator.comparingInt(Completion::docs).reversed().thenComparing(Completion::term));
    for (Completion c : candidates) {
      if (out.size() >= limit) break;
      int visible = visibleDocs(s, c.term(), access);
      if (visible > 0) out.add(typed.complete(c.term(), visible));
    }
    return out;
  }

  /** Documents containing the term that the viewer may see ({@code access} null: all). */
  private static int visibleDocs(IndexSearcher s, String term, Query access) throws IOException {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.TEXT_EXACT, term)), Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), Occur.FILTER);
    if (access != null) b.add(access, Occur.FILTER);
    return s.count(b.build());
  }

  private String analyzeOne(String word) {
    try (TokenStream ts = exact.tokenStream(IndexSchema.TEXT_EXACT, word)) {
      CharTermAttribute a = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? a.toString() : null;
      ts.end();
      return first;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The suggestion written as the user began: capitalised if they capitalised. */
  private static String matchCase(String typed, String term) {
    if (!typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0))) {
      return term.substring(0, 1).toUpperCase(Locale.ROOT) + term.substring(1);
    }
    return term;
  }
}
