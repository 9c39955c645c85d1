package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;
import java.util.Map;
import kz.muragat.search.SearchBackend;
import kz.muragat.server.audit.AuditLog;
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
  private final AuditLog audit;

  public AdminHandlers(SearchBackend search, AccessTokens tokens, AuditLog audit) {
    this.search = search;
    this.tokens = tokens;
    this.audit = audit;
  }

  /** An administrator's action; every call — allowed, refused or failed — is in the audit log. */
  @FunctionalInterface
  private interface Action {
    Map<String, Object> run() throws Exception;
  }

  private void audited(Context ctx, String action, Map<String, Object> details, Action work) throws Exception {
    try {
      tokens.admin(ctx);
    } catch (ApiException e) {
      audit.admin(ctx, action, "refused", details);
      throw e;
    }
    Map<String, Object> answer;
    try {
      answer = work.run();
    } catch (Exception e) {
      audit.admin(ctx, action, "failed", details);
      throw e;
    }
    audit.admin(ctx, action, "done", details);
    ctx.json(answer);
  }

  public void status(Context ctx) throws Exception {
    audited(ctx, "admin.status", Map.of(), search::stats);
  }

  public void reload(Context ctx) throws Exception {
    audited(ctx, "admin.reload", Map.of(), () -> {
      search.reload();
      int inForce;
      try {
        inForce = tokens.reload();
      } catch (java.io.IOException e) {
        throw new ApiException(409, "the index was reloaded, but not the tokens: " + e.getMessage() + "; the tokens in force are unchanged");
      }
      return Map.of("reloaded", true, "tokens", inForce);
    });
  }

  public void delete(Context ctx) throws Exception {
    String id = ctx.pathParam(DocumentHandler.PATH_PARAM);
    audited(ctx, "admin.delete", Map.of("id", id), () -> {
      try {
        if (!search.delete(id)) throw ApiException.notFound("no document with id '" + id + "'");
      } catch (IllegalStateException e) {
        throw new ApiException(409, e.getMessage());
      }
      return Map.of("deleted", id);
    });
  }
}
