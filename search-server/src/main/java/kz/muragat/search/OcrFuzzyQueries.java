package kz.muragat.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The loose (edit-distance) queries behind OCR tolerance, built once per term and reused.
 *
 * <p>A {@code FuzzyQuery} builds its Levenshtein automaton again every time it is rewritten —
 * for the search, for each hit's pages and for the highlighter — and building (UTF-8 conversion,
 * determinization) cost more than the search itself: two thirds of the server's CPU on the
 * retrieval benchmark. Here the automaton is compiled once into an {@link AutomatonQuery}
 * (immutable, thread-safe) kept in a bounded LRU cache; it matches the same terms as {@code
 * FuzzyQuery(term, edits, prefixLength=1, transpositions=true)} and scores the best {@value
 * #MAX_EXPANSIONS} of them like it.
 */
public final class OcrFuzzyQueries {
  /**
   * One loose match: what {@code FuzzyQuery(term, maxEdits, prefixLength 1, transpositions)} would
   * match, with its automaton compiled once. Carries its parameters so that a backend which does
   * not run Lucene queries itself (SolrCloud) can ask for the same fuzzy match.
   */
  public static final class Loose extends AutomatonQuery {
    private final int maxEdits;
    private final String text;

    Loose(Term term, Automaton automaton, int maxEdits) {
      super(term, automaton);
      this.maxEdits = maxEdits;
      this.text = term.text();
    }

    /** The term the loose matches are near. */
    public String text() {
      return text;
    }

    public int maxEdits() {
      return maxEdits;
    }

    public int prefixLength() {
      return 1;
    }

    public boolean transpositions() {
      return true;
    }

    public int maxExpansions() {
      return MAX_EXPANSIONS;
    }
  }

  static final int MAX_EXPANSIONS = 50;
  private static final int CACHE_SIZE = 2_000;

  private final Map<String, Query> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  /** Terms within {@code edits} edits of {@code text} that share its first letter. */
  Query query(String field, String text, int edits) {
    String key = field + '\u0000' + edits + '\u0000' + text;
    synchronized (cache) {
      Query q = cache.get(key);
      if (q != null) {
        return q;
      }
    }
    Query q = build(field, text, edits);
    synchronized (cache) {
      cache.put(key, q);
    }
    return q;
  }

  private static Query build(String field, String text, int edits) {
    int first = Character.charCount(text.codePointAt(0));
    String prefix = text.substring(0, first);
    Automaton a = new LevenshteinAutomata(text.substring(first), true).toAutomaton(edits, prefix);
    AutomatonQuery q = new Loose(new Term(field, text), a, edits);
    q.setRewriteMethod(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
    return q;
  }
}
