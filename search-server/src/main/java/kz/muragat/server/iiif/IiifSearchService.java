package kz.muragat.server.iiif;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.muragat.search.NotFoundException;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.SearchResults;
import kz.muragat.server.http.ApiException;

/**
 * IIIF Content Search within one document: API 2.0 at {@code /iiif/{key}/search?q=} (an
 * AnnotationPage whose annotations target {@code canvas#xywh=} of the matching words) and the same
 * hits as API 1.0 at {@code /iiif/{key}/search1?q=} (an AnnotationList: Mirador 4.0 searches only
 * through a 1.0 service).
 */
public final class IiifSearchService {
  public static final String SEARCH2_CONTEXT = "http://iiif.io/api/search/2/context.json";
  public static final String SEARCH1_CONTEXT = "http://iiif.io/api/search/1/context.json";
  public static final String SEARCH1_PROFILE = "http://iiif.io/api/search/1/search";

  /** Most annotations one content-search answer lists. */
  static final int MAX_ANNOTATIONS = 2000;

  private final IiifResources resources;

  IiifSearchService(IiifResources resources) {
    this.resources = resources;
  }

  /** The search services a manifest announces for the document whose resources live under {@code documentBase}. */
  static List<Map<String, Object>> services(String documentBase) {
    Map<String, Object> search2 = new LinkedHashMap<>();
    search2.put("id", documentBase + "/search");
    search2.put("type", "SearchService2");
    Map<String, Object> search1 = new LinkedHashMap<>();
    search1.put("@context", SEARCH1_CONTEXT);
    search1.put("@id", documentBase + "/search1");
    search1.put("@type", "SearchService1");
    search1.put("profile", SEARCH1_PROFILE);
    return List.of(search2, search1);
  }

  /** {@code GET /iiif/{key}/search?q=}: Content Search API 2.0. */
  public void search2(Context ctx) throws IOException {
    Hits h = hits(ctx);
    List<Map<String, Object>> items = new ArrayList<>();
    for (Hit hit : h.list) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", hit.annotationId);
      a.put("type", "Annotation");
      a.put("motivation", "supplementing");
      a.put("body", Map.of("type", "TextualBody", "value", hit.box.word(), "format", "text/plain"));
      a.put("target", hit.target);
      // how the word matched: exact, form, variant (a name's spelling) or ocr (an uncertain reading)
      a.put("match", hit.box.match());
      items.add(a);
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("@context", SEARCH2_CONTEXT);
    page.put("id", h.requestUrl);
    page.put("type", "AnnotationPage");
    page.put("partOf", Map.of("id", h.requestUrl, "type", "AnnotationCollection", "total", h.list.size()));
    page.put("items", items);
    if (!h.ignored.isEmpty()) page.put("ignored", h.ignored);
    IiifResources.ldJson(ctx, SEARCH2_CONTEXT, page);
  }

  /** {@code GET /iiif/{key}/search1?q=}: Content Search API 1.0 (what Mirador 4 reads). */
  public void search1(Context ctx) throws IOException {
    Hits h = hits(ctx);
    List<Map<String, Object>> resources = new ArrayList<>();
    List<Map<String, Object>> hitList = new ArrayList<>();
    for (Hit hit : h.list) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("@id", hit.annotationId);
      a.put("@type", "oa:Annotation");
      a.put("motivation", "sc:painting");
      a.put("resource", Map.of("@type", "cnt:ContentAsText", "chars", hit.box.word()));
      a.put("on", hit.target);
      a.put("match", hit.box.match());
      resources.add(a);
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("@type", "search:Hit");
      one.put("annotations", List.of(hit.annotationId));
      one.put("match", hit.box.word());
      one.put("before", hit.before);
      one.put("after", hit.after);
      hitList.add(one);
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("@context", List.of("http://iiif.io/api/presentation/2/context.json", SEARCH1_CONTEXT));
    list.put("@id", h.requestUrl);
    list.put("@type", "sc:AnnotationList");
    list.put("within", Map.of("@type", "sc:Layer", "total", resources.size()));
    list.put("resources", resources);
    list.put("hits", hitList);
    if (!h.ignored.isEmpty()) list.put("ignored", h.ignored);
    IiifResources.ldJson(ctx, SEARCH1_CONTEXT, list);
  }

  private record Hit(String annotationId, String target, SearchResults.Box box, String before, String after) {}

  private record Hits(String requestUrl, List<Hit> list, List<String> ignored) {}

  /** The matching words of the document the request names, as annotations on its canvases. */
  private Hits hits(Context ctx) throws IOException {
    String docId = IiifIds.documentId(ctx.pathParam("key"));
    String q = ctx.queryParam("q");
    String iiif = IiifIds.documentBase(resources.base(ctx), docId);
    String requestUrl = iiif + ctx.path().substring(ctx.path().lastIndexOf('/')) + (q == null ? "" : "?q=" + IiifResources.enc(q));
    List<String> ignored = new ArrayList<>();
    for (String p : ctx.queryParamMap().keySet()) if (!p.equals("q") && !p.equals("syntax")) ignored.add(p);
    if (q == null || q.isBlank()) return new Hits(requestUrl, List.of(), ignored);
    if (q.length() > 1000) throw ApiException.badRequest("q is longer than 1000 characters");
    SearchResults.DocumentView doc = resources.document(docId);
    Map<Integer, List<SearchResults.Box>> byPage;
    try {
      byPage = resources.search().hitBoxesByPage(docId, q, ctx.queryParam("syntax"));
    } catch (NotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    } catch (QueryParseException e) {
      throw ApiException.badQuery(e);
    }
    List<Hit> list = new ArrayList<>();
    for (Map.Entry<Integer, List<SearchResults.Box>> e : byPage.entrySet()) {
      int n = e.getKey();
      // the pages listed are those the caller may see, so find the page by its number
      SearchResults.PageView page = doc.pages().stream().filter(pv -> pv.number() == n).findFirst().orElse(null);
      if (page == null || !page.image()) continue;
      String text = page.text();
      int from = 0, i = 0;
      for (SearchResults.Box b : e.getValue()) {
        if (list.size() >= MAX_ANNOTATIONS) break;
        int at = text.indexOf(b.word(), from);
        String before = "", after = "";
        if (at >= 0) {
          before = context(text.substring(Math.max(0, at - 40), at), true);
          after = context(text.substring(at + b.word().length(), Math.min(text.length(), at + b.word().length() + 40)), false);
          from = at + b.word().length();
        }
        String target = IiifIds.canvasId(iiif, n) + String.format(Locale.ROOT, "#xywh=%d,%d,%d,%d", b.x(), b.y(), b.w(), b.h());
        list.add(new Hit(iiif + "/annotation/p" + n + "-hit" + (i++) + "?q=" + IiifResources.enc(q), target, b, before, after));
      }
    }
    return new Hits(requestUrl, list, ignored);
  }

  /** Context around a match on one line, cut at a word boundary. */
  private static String context(String s, boolean before) {
    s = s.replaceAll("\\s+", " ");
    if (before) {
      int sp = s.indexOf(' ');
      return sp > 0 && s.length() >= 40 ? s.substring(sp + 1) : s;
    }
    int sp = s.lastIndexOf(' ');
    return sp > 0 && s.length() >= 40 ? s.substring(0, sp) : s;
  }
}
