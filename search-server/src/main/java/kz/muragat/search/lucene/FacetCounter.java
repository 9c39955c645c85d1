package kz.muragat.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import kz.muragat.search.SearchResults.FacetValue;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Counts facet values ({@code facet.<name>} sorted-set doc values) over the documents matching a
 * query. Years are listed in order; every other facet by count, most frequent first.
 */
public final class FacetCounter {
  /** Values listed per facet. */
  static final int TOP = 30;

  private FacetCounter() {}

  /** A facet value and how many matching documents have it. */
  // values are SearchResults.FacetValue

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
   * A collector manager counting the values of {@code dims} over what a search of {@code reader}
   * collects, so the counts can be taken in the same walk over the matches as the top hits
   * ({@link org.apache.lucene.search.MultiCollectorManager}).
   */
  static CollectorManager<Tally, Map<String, List<FacetValue>>> counting(IndexReader reader, List<String> dims) throws IOException {
    OrdinalMap[] global = new OrdinalMap[dims.size()];
    for (int i = 0; i < dims.size(); i++) global[i] = globalOrdinals(reader, IndexSchema.FACET_PREFIX + dims.get(i));
    return new CollectorManager<>() {
      @Override
      public Tally newCollector() {
        return new Tally(dims, global);
      }

      @Override
      public Map<String, List<FacetValue>> reduce(Collection<Tally> tallies) throws IOException {
        for (Tally t : tallies) t.flush();
        Map<String, List<FacetValue>> out = new HashMap<>();
        for (int i = 0; i < dims.size(); i++) {
          long[] sum = new long[(int) global[i].getValueCount()];
          for (Tally t : tallies) {
            for (int g = 0; g < sum.length; g++) sum[g] += t.counts[i][g];
          }
          out.put(dims.get(i), values(reader, IndexSchema.FACET_PREFIX + dims.get(i), dims.get(i), global[i], sum));
        }
        return out;
      }
    };
  }

  /**
   * Every value of a facet field numbered once across the index's segments (global ordinals),
   * built on the first faceted search of a reader and kept while the reader is open: counts are
   * then kept per number and only the values listed are ever read.
   */
  private static final Map<IndexReader.CacheKey, Map<String, OrdinalMap>> GLOBAL_ORDINALS = new ConcurrentHashMap<>();

  private static OrdinalMap globalOrdinals(IndexReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) return buildOrdinals(reader, field, null);
    Map<String, OrdinalMap> perField =
        GLOBAL_ORDINALS.computeIfAbsent(
            helper.getKey(),
            key -> {
              helper.addClosedListener(GLOBAL_ORDINALS::remove);
              return new ConcurrentHashMap<>();
            });
    OrdinalMap map = perField.get(field);
    if (map == null) {
      map = buildOrdinals(reader, field, helper.getKey());
      perField.put(field, map);
    }
    return map;
  }

  private static OrdinalMap buildOrdinals(IndexReader reader, String field, IndexReader.CacheKey key) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) perLeaf[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
    return OrdinalMap.build(key, perLeaf, PackedInts.DEFAULT);
  }

  /**
   * The values to list: years all, in order; any other facet its {@value #TOP} most frequent,
   * ties by value. Only the values that can be listed are read from the index.
   */
  private static List<FacetValue> values(IndexReader reader, String field, String dim, OrdinalMap global, long[] counts) throws IOException {
    List<Integer> nonZero = new ArrayList<>();
    for (int g = 0; g < counts.length; g++) if (counts[g] > 0) nonZero.add(g);
    List<Integer> read = nonZero;
    if (!dim.equals(IndexSchema.FACET_YEAR) && nonZero.size() > TOP) {
      nonZero.sort((a, b) -> Long.compare(counts[b], counts[a]));
      long last = counts[nonZero.get(TOP - 1)];
      int end = TOP;
      while (end < nonZero.size() && counts[nonZero.get(end)] == last) end++; // ties at the cut go by value
      read = nonZero.subList(0, end);
    }
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] lookup = new SortedSetDocValues[leaves.size()];
    Map<String, Long> byValue = new HashMap<>();
    for (int g : read) {
      int segment = global.getFirstSegmentNumber(g);
      if (lookup[segment] == null) lookup[segment] = DocValues.getSortedSet(leaves.get(segment).reader(), field);
      byValue.put(lookup[segment].lookupOrd(global.getFirstSegmentOrd(g)).utf8ToString(), counts[g]);
    }
    return ordered(dim, byValue);
  }

  private static List<FacetValue> ordered(String dim, Map<String, Long> counts) {
    List<FacetValue> values = new ArrayList<>();
    counts.forEach((k, v) -> values.add(new FacetValue(k, v)));
    if (dim.equals(IndexSchema.FACET_YEAR)) {
      values.sort(Comparator.comparing(FacetValue::value));
    } else {
      values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
      if (values.size() > TOP) return values.subList(0, TOP);
    }
    return values;
  }

  /** Counts per value of several dimensions over the documents it collects. */
  static final class Tally implements Collector {
    private final List<String> dims;
    private final OrdinalMap[] global;
    private final long[][] counts;
    // the current leaf's counts per segment ordinal and segment-to-global numbering, folded into
    // counts when the leaf ends
    private long[][] perOrd;
    private LongValues[] toGlobal;

    Tally(List<String> dims, OrdinalMap[] global) {
      this.dims = dims;
      this.global = global;
      this.counts = new long[dims.size()][];
      for (int i = 0; i < dims.size(); i++) counts[i] = new long[(int) global[i].getValueCount()];
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      flush();
      SortedSetDocValues[] values = new SortedSetDocValues[dims.size()];
      long[][] tally = new long[dims.size()][];
      LongValues[] mapping = new LongValues[dims.size()];
      for (int i = 0; i < dims.size(); i++) {
        values[i] = DocValues.getSortedSet(leaf.reader(), IndexSchema.FACET_PREFIX + dims.get(i));
        tally[i] = new long[(int) Math.min(Integer.MAX_VALUE, values[i].getValueCount())];
        mapping[i] = global[i].getGlobalOrds(leaf.ord);
      }
      perOrd = tally;
      toGlobal = mapping;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (int i = 0; i < values.length; i++) {
            if (tally[i].length > 0 && values[i].advanceExact(doc)) {
              for (int k = 0; k < values[i].docValueCount(); k++) tally[i][(int) values[i].nextOrd()]++;
            }
          }
        }
      };
    }

    private void flush() {
      if (perOrd == null) return;
      for (int i = 0; i < perOrd.length; i++) {
        for (int ord = 0; ord < perOrd[i].length; ord++) {
          if (perOrd[i][ord] > 0) counts[i][(int) toGlobal[i].get(ord)] += perOrd[i][ord];
        }
      }
      perOrd = null;
      toGlobal = null;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Counts of the values of a plain indexed keyword field over the documents matching a query. */
  static List<FacetValue> countTerms(IndexSearcher searcher, String field, Query query) throws IOException {
    List<FacetValue> out = new ArrayList<>();
    org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(), field);
    if (terms == null) return out;
    org.apache.lucene.index.TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String v = t.utf8ToString();
      int n = searcher.count(new org.apache.lucene.search.BooleanQuery.Builder()
          .add(query, org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(field, v)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build());
      if (n > 0) out.add(new FacetValue(v, n));
    }
    return out;
  }

  /**
   * Counts of every dimension, in a stable order: the archival ones first. {@code counted} holds
   * those already taken with the search itself; each other dimension (one the request filters on)
   * is counted with its own query from {@code queryPerDim}.
   */
  static Map<String, List<FacetValue>> countAll(
      IndexSearcher searcher, Map<String, Query> queryPerDim, List<String> dims, Map<String, List<FacetValue>> counted) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      List<FacetValue> v = counted.containsKey(dim) ? counted.get(dim) : searcher.search(queryPerDim.get(dim), counting(searcher.getIndexReader(), List.of(dim))).get(dim);
      if (!v.isEmpty()) out.put(dim, v);
    }
    return out;
  }
}
