package kz.muragat.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kz.muragat.core.access.Viewer;
import kz.muragat.search.NotFoundException;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.SearchBackend;
import kz.muragat.search.SearchResults;
import kz.muragat.server.audit.AuditLog;
import kz.muragat.server.auth.AccessTokens;
import kz.muragat.server.http.ApiException;

/**
 * The persons read from the case files and linked across documents, as far as the caller may see
 * them ({@code kz.muragat.core.facts.PersonsStore}):
 *
 * <ul>
 *   <li>{@code GET /api/persons?q=&from=&size=} → those whose names match {@code q} in any spelling
 *       (every person for a blank one), ordered by id
 *   <li>{@code GET /api/persons/{person}} → one person: names, birth year, documents with pages
 * </ul>
 */
public final class PersonsHandler {
  public static final String PATH_PARAM = "person";

  private final SearchBackend search;
  private final AccessTokens tokens;
  private final AuditLog audit;

  public PersonsHandler(SearchBackend search, AccessTokens tokens, AuditLog audit) {
    this.search = search;
    this.tokens = tokens;
    this.audit = audit;
  }

  public void list(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    if (q != null && q.length() > 500) throw ApiException.badRequest("q is too long (at most 500 characters)");
    Viewer viewer = tokens.viewer(ctx);
    try {
      SearchResults.PersonsPage page = search.persons(q, Params.intParam(ctx, "from", 0), Params.intParam(ctx, "size", 20), viewer);
      shown(ctx, viewer, "persons", page.persons());
      ctx.json(page);
    } catch (QueryParseException e) {
      throw ApiException.badQuery(e);
    }
  }

  public void one(Context ctx) throws IOException {
    String id = ctx.pathParam(PATH_PARAM);
    if (id.length() > 100) throw ApiException.badRequest("bad person id");
    Viewer viewer = tokens.viewer(ctx);
    try {
      Map<String, Object> person = search.person(id, viewer);
      shown(ctx, viewer, "person", List.of(person));
      ctx.json(person);
    } catch (NotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  /** Persons show what documents say: recorded like the documents' pages they come from. */
  @SuppressWarnings("unchecked")
  private void shown(Context ctx, Viewer viewer, String action, List<Map<String, Object>> persons) {
    List<AuditLog.Shown> shown = new ArrayList<>();
    for (Map<String, Object> p : persons) {
      for (Map<String, Object> d : (List<Map<String, Object>>) p.get("documents")) {
        shown.add(new AuditLog.Shown((String) d.get("id"), (Collection<Integer>) d.get("pages")));
      }
    }
    if (audit.record(ctx, viewer, action, shown)) CacheControl.restricted(ctx);
  }
}
