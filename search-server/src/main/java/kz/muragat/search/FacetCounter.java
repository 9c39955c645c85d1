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

  /**
   * Counts of several dimensions over the documents matching one query, in one walk over its
   * matches: a search with no filters asks every dimension with the same query.
   */
  private static Map<String, List<Value>> countEach(IndexSearcher searcher, Query query, List<String> dims) throws IOException {
    Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<Map<String, Long>> counts = new ArrayList<>();
    for (int i = 0; i < dims.size(); i++) counts.add(new HashMap<>());
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = w.scorer(leaf);
      if (scorer == null) continue;
      SortedSetDocValues[] dv = new SortedSetDocValues[dims.size()];
      long[][] perOrd = new long[dims.size()][];
      boolean any = false;
      for (int i = 0; i < dims.size(); i++) {
        dv[i] = DocValues.getSortedSet(leaf.reader(), IndexSchema.FACET_PREFIX + dims.get(i));
        perOrd[i] = new long[(int) Math.min(Integer.MAX_VALUE, dv[i].getValueCount())];
        any |= perOrd[i].length > 0;
      }
      if (!any) continue;
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        for (int i = 0; i < dv.length; i++) {
          if (perOrd[i].length > 0 && dv[i].advanceExact(doc)) {
            for (int k = 0; k < dv[i].docValueCount(); k++) perOrd[i][(int) dv[i].nextOrd()]++;
          }
        }
      }
      for (int i = 0; i < dims.size(); i++) {
        for (int ord = 0; ord < perOrd[i].length; ord++) {
          if (perOrd[i][ord] > 0) counts.get(i).merge(dv[i].lookupOrd(ord).utf8ToString(), perOrd[i][ord], Long::sum);
        }
      }
    }
    Map<String, List<Value>> out = new HashMap<>();
    for (int i = 0; i < dims.size(); i++) out.put(dims.get(i), ordered(dims.get(i), counts.get(i)));
    return out;
  }

  private static List<Value> ordered(String dim, Map<String, Long> counts) {
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

  /**
   * Counts of every dimension, in a stable order: the archival ones first. Dimensions asked with
   * equal queries (all but the filtered ones) share one walk over the matches.
   */
  static Map<String, List<Value>> countAll(IndexSearcher searcher, Map<String, Query> queryPerDim, List<String> dims) throws IOException {
    Map<Query, List<String>> byQuery = new LinkedHashMap<>();
    for (String dim : dims) byQuery.computeIfAbsent(queryPerDim.get(dim), q -> new ArrayList<>()).add(dim);
    Map<String, List<Value>> counted = new HashMap<>();
    for (Map.Entry<Query, List<String>> e : byQuery.entrySet()) counted.putAll(countEach(searcher, e.getKey(), e.getValue()));
    Map<String, List<Value>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      List<Value> v = counted.get(dim);
      if (!v.isEmpty()) out.put(dim, v);
    }
    return out;
  }
}
