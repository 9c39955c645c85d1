package kz.muragat.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms a query looks for, per field — plain terms, and automata for wildcard, prefix and fuzzy
 * parts — leaving out what it excludes. Snippets and hit boxes both mark the words of a page whose
 * analysed terms are among these, so the two always agree.
 */
public final class QueryTerms {
  private final Map<String, Set<BytesRef>> terms = new HashMap<>();
  private final Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();

  public static QueryTerms of(Query query, Set<String> fields) {
    QueryTerms qt = new QueryTerms();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return fields.contains(field);
          }

          @Override
          public void consumeTerms(Query q, Term... ts) {
            for (Term t : ts) qt.terms.computeIfAbsent(t.field(), k -> new HashSet<>()).add(BytesRef.deepCopyOf(t.bytes()));
          }

          @Override
          public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            qt.automata.computeIfAbsent(field, k -> new ArrayList<>()).add(automaton.get());
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return qt;
  }

  public boolean isEmpty() {
    return terms.isEmpty() && automata.isEmpty();
  }

  public Set<String> fields() {
    Set<String> f = new HashSet<>(terms.keySet());
    f.addAll(automata.keySet());
    return f;
  }

  /** The literal terms of a field (none for a field it only has patterns for). */
  public Set<BytesRef> terms(String field) {
    return terms.getOrDefault(field, Set.of());
  }

  /** Whether a field has patterns (prefixes, wildcards, fuzzy terms not yet expanded). */
  public boolean hasPatterns(String field) {
    return automata.containsKey(field);
  }

  public boolean matches(String field, BytesRef term) {
    Set<BytesRef> set = terms.get(field);
    if (set != null && set.contains(term)) return true;
    List<ByteRunAutomaton> as = automata.get(field);
    if (as != null) {
      for (ByteRunAutomaton a : as) if (a.run(term.bytes, term.offset, term.length)) return true;
    }
    return false;
  }
}
