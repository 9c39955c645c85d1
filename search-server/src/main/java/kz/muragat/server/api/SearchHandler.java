package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import kz.muragat.search.QueryParseException;
import kz.muragat.core.access.Viewer;
import kz.muragat.search.SearchBackend;
import kz.muragat.search.SearchResults;
import kz.muragat.server.audit.AuditLog;
import kz.muragat.server.auth.AccessTokens;
import org.jetbrains.annotations.NotNull;

/**
 * {@code GET /api/search}: documents best first with their matching pages and snippets, facet
 * counts, the next page's cursor and, when nothing is found, a "did you mean". Parameters: see
 * {@link SearchParams}.
 */
public final class SearchHandler implements Handler {
  private final SearchBackend search;
  private final AccessTokens tokens;
  private final AuditLog audit;

  public SearchHandler(SearchBackend search, AccessTokens tokens, AuditLog audit) {
    this.search = search;
    this.tokens = tokens;
    this.audit = audit;
  }

  @Override
  public void handle(@NotNull Context ctx) throws Exception {
    try {
      Viewer viewer = tokens.viewer(ctx);
      SearchResults.Result result = search.search(SearchParams.read(ctx, 10, true), viewer);
      if (audit.record(ctx, viewer, "search", AuditLog.shown(result.hits()))) CacheControl.restricted(ctx);
      ctx.json(result);
    } catch (QueryParseException e) {
      throw ApiException.badQuery(e);
    }
  }
}
