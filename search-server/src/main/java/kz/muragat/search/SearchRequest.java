package kz.muragat.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a researcher asks: the query, filters (facet values, a date range), the order and which
 * slice of the results.
 *
 * @param filters facet name → accepted values (values of one facet are alternatives; facets are
 *     all required)
 * @param dateFrom documents dated on or after this day (their date range overlaps), or null
 * @param dateTo documents dated on or before this day, or null
 * @param cursor an opaque position returned as {@code next_cursor} by a previous page, or null
 * @param withFacets whether to count facet values
 */
public record SearchRequest(
    String q,
    String syntax,
    Map<String, List<String>> filters,
    LocalDate dateFrom,
    LocalDate dateTo,
    SortOrder sort,
    int from,
    int size,
    String cursor,
    boolean withFacets) {

  public SearchRequest {
    q = q == null ? "" : q.strip();
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  public static SearchRequest of(String q) {
    return new SearchRequest(q, null, Map.of(), null, null, SortOrder.RELEVANCE, 0, 10, null, false);
  }

  public boolean blank() {
    return q.isEmpty();
  }

  /** Result orders. */
  public enum SortOrder {
    RELEVANCE,
    DATE_ASC,
    DATE_DESC,
    ID;

    /** Parses {@code relevance}, {@code date}, {@code -date}, {@code id}. */
    public static SortOrder parse(String s) throws QueryParseException {
      if (s == null || s.isBlank()) return RELEVANCE;
      return switch (s.strip()) {
        case "relevance" -> RELEVANCE;
        case "date", "+date" -> DATE_ASC;
        case "-date" -> DATE_DESC;
        case "id" -> ID;
        default -> throw new QueryParseException("unknown sort '" + s + "': use relevance, date, -date or id");
      };
    }
  }
}
