package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.search.NotFoundException;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.SearchBackend;
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

  public DocumentHandler(SearchBackend search, AccessTokens tokens) {
    this.search = search;
    this.tokens = tokens;
  }

  @Override
  public void handle(@NotNull Context ctx) throws Exception {
    String rest = ctx.pathParam(PATH_PARAM);
    if (rest.isEmpty() || rest.length() > 2048) throw ApiException.badRequest("bad document id");
    Viewer viewer = tokens.viewer(ctx);
    try {
      Matcher m = PAGE.matcher(rest);
      if (!m.matches()) {
        ctx.json(search.document(rest, viewer));
        return;
      }
      String id = m.group(1);
      int n = Integer.parseInt(m.group(2));
      if (m.group(3).equals("image")) {
        Path file = search.pageImage(id, n, viewer);
        // images of non-public material must not sit in shared caches
        ctx.header("Cache-Control", viewer == Viewer.PUBLIC ? "public, max-age=86400" : "private, no-store");
        ctx.contentType("image/jpeg");
        ctx.result(Files.newInputStream(file));
      } else {
        ctx.json(Map.of("id", id, "page", n, "boxes", search.hitBoxes(id, n, ctx.queryParam("q"), ctx.queryParam("syntax"), viewer)));
      }
    } catch (NotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    } catch (QueryParseException e) {
      throw ApiException.badQuery(e);
    }
  }
}
