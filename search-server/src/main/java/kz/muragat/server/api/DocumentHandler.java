package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import kz.muragat.server.iiif.IiifIds;
import org.jetbrains.annotations.NotNull;

/**
 * Everything under {@code /api/documents/}. Document ids are paths and hold slashes, so the rest
 * of the URL is matched here:
 *
 * <ul>
 *   <li>{@code {id}} → the document's metadata and pages, and its IIIF manifest's address when
 *       IIIF serves it (public documents with page images)
 *   <li>{@code {id}/pages/{n}/image} → the page image (JPEG)
 *   <li>{@code {id}/pages/{n}/hits?q=} → boxes of the words on that page matching {@code q}
 * </ul>
 */
public final class DocumentHandler implements Handler {
  public static final String PATH_PARAM = "rest";
  private static final Pattern PAGE = Pattern.compile("^(.+)/pages/(\\d{1,6})/(image|hits)$");

  private final SearchBackend search;
  private final AccessTokens tokens;
  private final String publicUrl;
  private final AuditLog audit;

  /**
   * @param publicUrl the address clients reach the server at, for the manifest's URL; null: the
   *     address the connection arrived at
   * @param audit where showing restricted or closed material is recorded
   */
  public DocumentHandler(SearchBackend search, AccessTokens tokens, String publicUrl, AuditLog audit) {
    this.search = search;
    this.tokens = tokens;
    this.publicUrl = publicUrl;
    this.audit = audit;
  }

  /** A document as the API shows it: its view, and where IIIF viewers find it (absent when IIIF does not serve it). */
  record DocumentAnswer(
      @JsonUnwrapped SearchResults.DocumentView document,
      @JsonProperty("iiif_manifest") @JsonInclude(JsonInclude.Include.NON_NULL) String iiifManifest) {}

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
        ctx.json(new DocumentAnswer(doc, iiifManifest(ctx, doc, viewer)));
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
      throw ApiException.badQuery(e);
    }
  }

  /**
   * The manifest's address when IIIF serves the document: IIIF shows public material only (as an
   * anonymous caller sees it), one canvas per page image, so a document needs both.
   */
  private String iiifManifest(Context ctx, SearchResults.DocumentView doc, Viewer viewer) throws java.io.IOException {
    SearchResults.DocumentView publicView = doc;
    if (viewer != Viewer.PUBLIC) {
      try {
        publicView = search.document(doc.id(), Viewer.PUBLIC);
      } catch (NotFoundException e) {
        return null;
      }
    }
    if (publicView.pages().stream().noneMatch(p -> p.image() && p.width() > 0 && p.height() > 0)) return null;
    return IiifIds.manifestUrl(IiifIds.baseUrl(ctx, publicUrl), doc.id());
  }
}
