package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import kz.muragat.search.SearchBackend;
import kz.muragat.server.auth.AccessTokens;
import org.jetbrains.annotations.NotNull;

/** {@code GET /api/suggest?q=&limit=}: completions of the last word typed, from the index. */
public final class SuggestHandler implements Handler {
  private final SearchBackend search;
  private final AccessTokens tokens;

  public SuggestHandler(SearchBackend search, AccessTokens tokens) {
    this.search = search;
    this.tokens = tokens;
  }

  @Override
  public void handle(@NotNull Context ctx) throws Exception {
    String q = ctx.queryParam("q");
    if (q != null && q.length() > 200) throw ApiException.badRequest("q is too long for suggestions (at most 200 characters)");
    int limit = Params.intParam(ctx, "limit", 10);
    if (limit < 1 || limit > 50) throw ApiException.badRequest("limit must be between 1 and 50");
    ctx.json(Map.of("q", q == null ? "" : q, "suggestions", search.complete(q, limit, tokens.viewer(ctx))));
  }
}
