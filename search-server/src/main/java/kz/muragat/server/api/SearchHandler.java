package kz.muragat.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.SearchService;
import org.jetbrains.annotations.NotNull;

/** {@code GET /api/search?q=&from=&size=&syntax=}: documents best first, with matching pages. */
public final class SearchHandler implements Handler {
  private final SearchService search;

  public SearchHandler(SearchService search) {
    this.search = search;
  }

  @Override
  public void handle(@NotNull Context ctx) throws Exception {
    String q = ctx.queryParam("q");
    int from = Params.intParam(ctx, "from", 0);
    int size = Params.intParam(ctx, "size", 10);
    try {
      ctx.json(search.search(q == null ? "" : q, ctx.queryParam("syntax"), from, size));
    } catch (QueryParseException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
