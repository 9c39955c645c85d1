package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.core.metadata.DateRange;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.SearchRequest;

/**
 * Reads a search from query parameters: {@code q}, {@code syntax}, {@code from}, {@code size},
 * {@code cursor}, {@code sort} (relevance, date, -date, id), {@code facets} (true/false), {@code
 * date_from} / {@code date_to} ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) and filters
 * {@code f.<facet>=<value>} (repeat a parameter for alternatives).
 */
final class SearchParams {
  static final int MAX_FILTER_VALUES = 50;

  private SearchParams() {}

  static SearchRequest read(Context ctx, int defaultSize, boolean defaultFacets) {
    try {
      Map<String, List<String>> filters = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
        if (!e.getKey().startsWith("f.")) continue;
        String dim = e.getKey().substring(2);
        if (!dim.matches("[\\p{L}\\p{N}_.-]{1,64}")) throw ApiException.badRequest("bad filter name '" + Params.abbreviate(dim) + "'");
        List<String> values = e.getValue().stream().filter(v -> !v.isBlank()).toList();
        if (values.size() > MAX_FILTER_VALUES) throw ApiException.badRequest("too many values for filter " + dim);
        if (!values.isEmpty()) filters.put(dim, values);
      }
      String facets = ctx.queryParam("facets");
      return new SearchRequest(
          ctx.queryParam("q"),
          ctx.queryParam("syntax"),
          filters,
          date(ctx, "date_from", true),
          date(ctx, "date_to", false),
          SearchRequest.SortOrder.parse(ctx.queryParam("sort")),
          Params.intParam(ctx, "from", 0),
          Params.intParam(ctx, "size", defaultSize),
          blankToNull(ctx.queryParam("cursor")),
          facets == null || facets.isBlank() ? defaultFacets : Boolean.parseBoolean(facets));
    } catch (QueryParseException e) {
      throw ApiException.badQuery(e);
    }
  }

  private static LocalDate date(Context ctx, String name, boolean start) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    return DateRange.parse(v)
        .map(r -> start ? r.from() : r.to())
        .orElseThrow(() -> ApiException.badRequest("parameter '" + name + "' must be a date like 1937, 1937-11 or 1937-11-12"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
