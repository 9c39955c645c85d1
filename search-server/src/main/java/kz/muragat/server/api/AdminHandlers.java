package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;
import java.util.Map;
import kz.muragat.search.SearchBackend;
import kz.muragat.server.auth.AccessTokens;

/**
 * Administrators' endpoints, each behind an admin token: {@code GET /api/admin/status} (what the
 * index holds), {@code POST /api/admin/reload} (see an indexer's commits now, and put the tokens
 * file in force again: revoked tokens stop working, new ones start), {@code DELETE
 * /api/admin/documents/{id}} (remove a document from the index).
 */
public final class AdminHandlers {
  private final SearchBackend search;
  private final AccessTokens tokens;

  public AdminHandlers(SearchBackend search, AccessTokens tokens) {
    this.search = search;
    this.tokens = tokens;
  }

  public void status(Context ctx) throws Exception {
    tokens.admin(ctx);
    ctx.json(search.stats());
  }

  public void reload(Context ctx) throws Exception {
    tokens.admin(ctx);
    search.reload();
    int inForce;
    try {
      inForce = tokens.reload();
    } catch (java.io.IOException e) {
      throw new ApiException(409, "the index was reloaded, but not the tokens: " + e.getMessage() + "; the tokens in force are unchanged");
    }
    ctx.json(Map.of("reloaded", true, "tokens", inForce));
  }

  public void delete(Context ctx) throws Exception {
    tokens.admin(ctx);
    String id = ctx.pathParam(DocumentHandler.PATH_PARAM);
    try {
      if (!search.delete(id)) throw ApiException.notFound("no document with id '" + id + "'");
    } catch (IllegalStateException e) {
      throw new ApiException(409, e.getMessage());
    }
    ctx.json(Map.of("deleted", id));
  }
}
