package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.search.NotFoundException;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.SearchBackend;
import kz.muragat.search.SearchResults;
import kz.muragat.server.audit.AuditLog;
import kz.muragat.core.access.Viewer;
import kz.muragat.server.auth.AccessTokens;
import org.jetbrains.annotations.NotNull;

/**
 * Everything under {@code /api/documents/}. Document ids are paths and hold slashes, so the rest
 * of the URL is matched here:
 *
 * <ul>
 *   <li>{@code {id}} → the document's metadata and pages
 *   <li>{@code {id}/pages/{n}/image} → the page image (JPEG)
 *   <li>{@code {id}/pages/{n}/hits?q=} → boxes of the words on that page matching {@code q}
 * </ul>
 */
public final class DocumentHandler implements Handler {
  public static final String PATH_PARAM = "rest";
  private static final Pattern PAGE = Pattern.compile("^(.+)/pages/(\\d{1,6})/(image|hits)$");

  private final SearchBackend search;
  private final AccessTokens tokens;
  private final AuditLog audit;

  public DocumentHandler(SearchBackend search, AccessTokens tokens, AuditLog audit) {
    this.search = search;
    this.tokens = tokens;
    this.audit = audit;
  }

  @Override
  public void handle(@NotNull Context ctx) throws Exception {
    String rest = ctx.pathParam(PATH_PARAM);
    if (rest.isEmpty() || rest.length() > 2048) throw ApiException.badRequest("bad document id");
    Viewer viewer = tokens.viewer(ctx);
    try {
      Matcher m = PAGE.matcher(rest);
      if (!m.matches()) {
        SearchResults.DocumentView doc = search.document(rest, viewer);
        if (audit.record(ctx, viewer, "document", List.of(new AuditLog.Shown(rest, doc.pages().stream().map(SearchResults.PageView::number).toList())))) {
          CacheControl.restricted(ctx);
        }
        ctx.json(doc);
        return;
      }
      String id = m.group(1);
      int n = Integer.parseInt(m.group(2));
      if (m.group(3).equals("image")) {
        Path file = search.pageImage(id, n, viewer);
        audit.record(ctx, viewer, "page_image", List.of(new AuditLog.Shown(id, List.of(n))));
        // images of non-public material must not sit in shared caches
        if (viewer == Viewer.PUBLIC) ctx.header("Cache-Control", "public, max-age=86400");
        else CacheControl.restricted(ctx);
        ctx.contentType("image/jpeg");
        ctx.result(Files.newInputStream(file));
      } else {
        List<SearchResults.Box> boxes = search.hitBoxes(id, n, ctx.queryParam("q"), ctx.queryParam("syntax"), viewer);
        if (audit.record(ctx, viewer, "hit_boxes", List.of(new AuditLog.Shown(id, List.of(n))))) CacheControl.restricted(ctx);
        ctx.json(Map.of("id", id, "page", n, "boxes", boxes));
      }
    } catch (NotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    } catch (QueryParseException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
