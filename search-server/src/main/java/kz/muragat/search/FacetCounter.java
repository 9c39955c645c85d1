package kz.muragat.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kz.muragat.indexer.index.IndexSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Counts facet values ({@code facet.<name>} sorted-set doc values) over the documents matching a
 * query. Years are listed in order; every other facet by count, most frequent first.
 */
public final class FacetCounter {
  /** Values listed per facet. */
  static final int TOP = 30;

  private FacetCounter() {}

  /** A facet value and how many matching documents have it. */
  public record Value(String value, long count) {}

  /** Every facet dimension the index holds. */
  static List<String> dimensions(IndexReader reader) {
    TreeSet<String> dims = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (FieldInfo fi : leaf.reader().getFieldInfos()) {
        if (fi.name.startsWith(IndexSchema.FACET_PREFIX)) dims.add(fi.name.substring(IndexSchema.FACET_PREFIX.length()));
      }
    }
    return new ArrayList<>(dims);
  }

  static List<Value> count(IndexSearcher searcher, Query query, String dim) throws IOException {
    String field = IndexSchema.FACET_PREFIX + dim;
    Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Map<String, Long> counts = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = w.scorer(leaf);
      if (scorer == null) continue;
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), field);
      long[] perOrd = new long[(int) Math.min(Integer.MAX_VALUE, dv.getValueCount())];
      if (perOrd.length == 0) continue;
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (dv.advanceExact(doc)) {
          for (int i = 0; i < dv.docValueCount(); i++) perOrd[(int) dv.nextOrd()]++;
        }
      }
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] > 0) {
          BytesRef v = dv.lookupOrd(ord);
          counts.merge(v.utf8ToString(), perOrd[ord], Long::sum);
        }
      }
    }
    List<Value> values = new ArrayList<>();
    counts.forEach((k, v) -> values.add(new Value(k, v)));
    if (dim.equals(IndexSchema.FACET_YEAR)) {
      values.sort(Comparator.comparing(Value::value));
    } else {
      values.sort(Comparator.comparingLong(Value::count).reversed().thenComparing(Value::value));
      if (values.size() > TOP) return values.subList(0, TOP);
    }
    return values;
  }

  /** Counts of the values of a plain indexed keyword field over the documents matching a query. */
  static List<Value> countTerms(IndexSearcher searcher, String field, Query query) throws IOException {
    List<Value> out = new ArrayList<>();
    org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(), field);
    if (terms == null) return out;
    org.apache.lucene.index.TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String v = t.utf8ToString();
      int n = searcher.count(new org.apache.lucene.search.BooleanQuery.Builder()
          .add(query, org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(field, v)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build());
      if (n > 0) out.add(new Value(v, n));
    }
    return out;
  }

  /** Counts of every dimension, in a stable order: the archival ones first. */
  static Map<String, List<Value>> countAll(IndexSearcher searcher, Map<String, Query> queryPerDim, List<String> dims) throws IOException {
    Map<String, List<Value>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      List<Value> v = count(searcher, queryPerDim.get(dim), dim);
      if (!v.isEmpty()) out.put(dim, v);
    }
    return out;
  }
}
