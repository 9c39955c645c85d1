package kz.muragat.search.lucene;

import kz.muragat.search.SearchResults.FacetValue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Facet counts over an index of many segments, where the same value has a different number in
 * each segment and some entries have no value (as page entries): checked against counting by
 * hand.
 */
class FacetCounterTest {
  @Test
  void countsAcrossSegmentsEqualCountingByHandWithTiesAtTheCutByValue() throws Exception {
    Random random = new Random(7);
    List<Map<String, String>> docs = new ArrayList<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < 3000; i++) {
        Document d = new Document();
        Map<String, String> values = new HashMap<>();
        boolean matches = random.nextInt(3) > 0;
        d.add(new StringField("kind", matches ? "hit" : "miss", Field.Store.NO));
        if (random.nextInt(5) > 0) { // a fifth have no facet values at all
          // delo: many values (more than are listed), each segment sees some of them
          values.put("delo", Integer.toString(random.nextInt(120)));
          values.put(IndexSchema.FACET_YEAR, Integer.toString(1920 + random.nextInt(40)));
          if (random.nextBoolean()) values.put("fond", random.nextBoolean() ? "1" : "2");
        }
        values.forEach((k, v) -> d.add(new SortedSetDocValuesField(IndexSchema.FACET_PREFIX + k, new BytesRef(v))));
        w.addDocument(d);
        if (matches) docs.add(values);
        if (i % 400 == 399) w.commit(); // a new segment
      }
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(reader);
        assertEquals(8, reader.leaves().size());
        Query hits = new TermQuery(new Term("kind", "hit"));
        List<String> dims = List.of("delo", IndexSchema.FACET_YEAR, "fond", "archive");
        Object[] both = s.search(hits, new MultiCollectorManager(new TotalHitCountCollectorManager(), FacetCounter.counting(reader, dims)));
        assertEquals(docs.size(), both[0]);
        @SuppressWarnings("unchecked")
        Map<String, List<FacetValue>> counted = (Map<String, List<FacetValue>>) both[1];
        for (String dim : dims) assertEquals(byHand(docs, dim), counted.get(dim), dim);
        assertEquals(FacetCounter.TOP, counted.get("delo").size());
        assertEquals(40, counted.get(IndexSchema.FACET_YEAR).size(), "every year is listed");
        assertEquals(List.of(), counted.get("archive"), "a dimension no entry has");
        // a second search of the same reader reuses its global ordinals and counts the same
        Map<String, List<FacetValue>> again = s.search(hits, FacetCounter.counting(reader, dims));
        assertEquals(counted, again);
      }
    }
  }

  private static List<FacetValue> byHand(List<Map<String, String>> docs, String dim) {
    Map<String, Long> counts = new HashMap<>();
    for (Map<String, String> d : docs) if (d.containsKey(dim)) counts.merge(d.get(dim), 1L, Long::sum);
    List<FacetValue> values = new ArrayList<>();
    counts.forEach((k, v) -> values.add(new FacetValue(k, v)));
    if (dim.equals(IndexSchema.FACET_YEAR)) {
      values.sort(Comparator.comparing(FacetValue::value));
      return values;
    }
    values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values.subList(0, Math.min(FacetCounter.TOP, values.size()));
  }
}
