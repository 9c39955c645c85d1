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
 * found nothing, and completions of what is being typed.
 *
 * <p>Everything a caller is told comes from text the caller may see: a word counts as known only
 * when a page the caller may see holds it, candidates are ranked by how many of those pages hold
 * them, and whether a word exists in material closed to the caller changes nothing — a word that
 * only closed pages hold is corrected exactly like a word that exists nowhere (the engine's
 * vocabulary lists close words whether or not the word itself is in the index).
 */
public final class Suggestions {
  /** Words shorter than this are not corrected. */
  public static final int MIN_CORRECTED_LENGTH = 4;

  /** Close words considered for one correction, and prefix matches for one completion. */
  static final int CANDIDATES = 50;

  private final Analyzer exact = MuragatAnalysis.exactAnalyzer();

  /**
   * What suggestions need of an index's exact-field vocabulary, as one caller sees it.
   */
  public interface Vocabulary {
    /** How many entries the caller may see hold the term. */
    int visibleDocs(String term) throws IOException;

    /**
     * Terms of the index within two edits of {@code term} (first letter kept), closest first, up to
     * {@code max} — whatever their visibility, and whether or not {@code term} is itself a term.
     */
    List<String> similar(String term, int max) throws IOException;

    /** Terms of the index that start with {@code prefix}, in term order, up to {@code max}. */
    List<String> startingWith(String prefix, int max) throws IOException;
  }

  /** The query with each word the caller's material does not hold replaced by the closest one it does, or null if nothing changes. */
  public String didYouMean(Vocabulary vocabulary, String q) throws IOException {
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (String word : q.split("\\s+")) {
      String replacement = word;
      String core = word.replaceAll("^[\"+\\-(]+|[\")*~]+$", "");
      if (!core.isEmpty() && core.codePoints().allMatch(Character::isLetter) && core.codePointCount(0, core.length()) >= MIN_CORRECTED_LENGTH) {
        String term = analyzeOne(core);
        if (term != null && vocabulary.visibleDocs(term) == 0) {
          String best = null;
          int bestDistance = Integer.MAX_VALUE, bestDocs = 0;
          for (String candidate : vocabulary.similar(term, CANDIDATES)) {
            if (candidate.equals(term)) continue;
            int docs = vocabulary.visibleDocs(candidate);
            if (docs == 0) continue;
            int d = editDistance(term, candidate);
            if (d < bestDistance || (d == bestDistance && (docs > bestDocs || (docs == bestDocs && candidate.compareTo(best) < 0)))) {
              best = candidate;
              bestDistance = d;
              bestDocs = docs;
            }
          }
          if (best != null) {
            replacement = word.replace(core, matchCase(core, best));
            changed = true;
          }
        }
      }
      if (out.length() > 0) out.append(' ');
      out.append(replacement);
    }
    return changed ? out.toString() : null;
  }

  /** A completion and how many visible entries contain it. */
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

  /**
   * Up to {@code limit} completions of the last word of {@code prefix}, those the caller's material
   * holds most often first. Candidates are taken in term order, never by counts over everything.
   */
  public List<Completion> complete(Vocabulary vocabulary, String prefix, int limit) throws IOException {
    List<Completion> out = new ArrayList<>();
    Typed typed = prefix == null ? null : typed(prefix);
    if (typed == null) return out;
    List<Completion> candidates = new ArrayList<>();
    for (String term : vocabulary.startingWith(typed.norm(), CANDIDATES)) {
      int visible = vocabulary.visibleDocs(term);
      if (visible > 0) candidates.add(new Completion(term, visible));
    }
    candidates.sort(Comparator.comparingInt(Completion::docs).reversed().thenComparing(Completion::term));
    for (Completion c : candidates.subList(0, Math.min(limit, candidates.size()))) out.add(typed.complete(c.term(), c.docs()));
    return out;
  }

  /** Levenshtein distance with adjacent transpositions (as Lucene's fuzzy matching). */
  public static int editDistance(String a, String b) {
    int[] x = a.codePoints().toArray(), y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) d[i][0] = i;
    for (int j = 0; j <= y.length; j++) d[0][j] = j;
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[x.length][y.length];
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
