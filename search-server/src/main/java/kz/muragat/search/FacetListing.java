package kz.muragat.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.search.SearchResults.FacetValue;

/**
 * Which values of a facet an answer lists, and in what order, whichever engine counted them:
 * years all, in order; any other facet its {@value #TOP} most frequent values, ties by value.
 */
public final class FacetListing {
  /** Values listed per facet (years: all). */
  public static final int TOP = 30;

  private FacetListing() {}

  /** Whether a dimension lists every value it has (years) rather than the most frequent. */
  public static boolean listsAll(String dim) {
    return dim.equals(IndexSchema.FACET_YEAR);
  }

  /** The listed values of {@code dim}, from the counts of its values (zero counts left out). */
  public static List<FacetValue> of(String dim, Map<String, Long> counts) {
    List<FacetValue> values = new ArrayList<>();
    counts.forEach((k, v) -> {
      if (v > 0) values.add(new FacetValue(k, v));
    });
    if (listsAll(dim)) {
      values.sort(Comparator.comparing(FacetValue::value));
      return values;
    }
    values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values.size() > TOP ? values.subList(0, TOP) : values;
  }
}
