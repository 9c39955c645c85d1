package kz.muragat.server.iiif;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.muragat.search.NotFoundException;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.SearchResults;
import kz.muragat.search.SearchBackend;
import kz.muragat.server.http.ApiException;

/**
 * IIIF for Muragat's public documents, so digital-library viewers (Mirador, Universal Viewer) can
 * show and search them:
 *
 * <ul>
 *   <li>Image API 3.0, level 1 and more: {@code /iiif/image/{key}~{page}/info.json} and {@code
 *       /iiif/image/{key}~{page}/{region}/{size}/{rotation}/{quality}.{format}}
 *   <li>Presentation API 3.0: {@code /iiif/{key}/manifest}, one canvas per page image
 *   <li>Content Search API 2.0: {@code /iiif/{key}/search?q=} — an AnnotationPage whose annotations
 *       target {@code canvas#xywh=} of the matching words
 *   <li>Content Search API 1.0: {@code /iiif/{key}/search1?q=} — the same hits as an
 *       AnnotationList, because Mirador 4.0 searches only through a 1.0 service
 * </ul>
 *
 * {@code key} is the base64url of the document id ({@link IiifIds}). Everything is public
 * material (the search service shows nothing else), so responses allow every origin.
 */
public final class IiifService {
  public static final String IMAGE_CONTEXT = "http://iiif.io/api/image/3/context.json";
  public static final String PRESENTATION_CONTEXT = "http://iiif.io/api/presentation/3/context.json";
  public static final String SEARCH2_CONTEXT = "http://iiif.io/api/search/2/context.json";
  public static final String SEARCH1_CONTEXT = "http://iiif.io/api/search/1/context.json";
  public static final String SEARCH1_PROFILE = "http://iiif.io/api/search/1/search";

  /** Tile edge announced in info.json. */
  static final int TILE = 512;

  /** Most annotations one content-search answer lists. */
  static final int MAX_ANNOTATIONS = 2000;

  private final SearchBackend search;
  private final String publicUrl;
  private final ImageRenderer renderer = new ImageRenderer();

  public IiifService(SearchBackend search, String publicUrl) {
    this.search = search;
    this.publicUrl = publicUrl;
  }

  // ------------------------------------------------------------------ Image API

  /** {@code GET /iiif/image/{id}}: the image's base URI redirects to its info.json. */
  public void imageBase(Context ctx) {
    String id = ctx.pathParam("id");
    IiifIds.pageImage(id);
    ctx.header("Location", "/iiif/image/" + id + "/info.json").status(303);
  }

  /** {@code GET /iiif/image/{id}/info.json}. */
  public void info(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int[] size = renderer.size(imageFile(IiifIds.pageImage(id)));
    int w = size[0], h = size[1];
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("@context", IMAGE_CONTEXT);
    info.put("id", base(ctx) + "/iiif/image/" + id);
    info.put("type", "ImageService3");
    info.put("protocol", "http://iiif.io/api/image");
    info.put("profile", "level1");
    info.put("width", w);
    info.put("height", h);
    info.put("maxWidth", ImageRequest.MAX_WIDTH);
    info.put("maxHeight", ImageRequest.MAX_HEIGHT);
    info.put("maxArea", ImageRequest.MAX_AREA);
    List<Integer> factors = new ArrayList<>();
    for (int f = 1; f <= 64; f *= 2) {
      factors.add(f);
      if (Math.max(w, h) / f <= TILE) break;
    }
    info.put("tiles", List.of(Map.of("width", TILE, "height", TILE, "scaleFactors", factors)));
    List<Map<String, Integer>> sizes = new ArrayList<>();
    for (int i = factors.size() - 1; i >= 1; i--) {
      int f = factors.get(i);
      sizes.add(Map.of("width", Math.max(1, w / f), "height", Math.max(1, h / f)));
    }
    info.put("sizes", sizes);
    info.put("extraQualities", List.of("color", "gray", "bitonal"));
    info.put("extraFormats", List.of("png"));
    info.put(
        "extraFeatures",
        List.of("mirroring", "regionByPct", "regionByPx", "regionSquare", "rotationBy90s", "sizeByConfinedWh", "sizeByH", "sizeByPct",
            "sizeByW", "sizeByWh", "sizeUpscaling"));
    ctx.header("Link", "<http://iiif.io/api/image/3/level1.json>;rel=\"profile\"");
    ldJson(ctx, IMAGE_CONTEXT, info);
  }

  /** {@code GET /iiif/image/{id}/{region}/{size}/{rotation}/{file}}. */
  public void image(Context ctx) throws IOException {
    IiifIds.PageImage p = IiifIds.pageImage(ctx.pathParam("id"));
    Path file = imageFile(p);
    int[] size = renderer.size(file);
    ImageRequest req = ImageRequest.parse(ctx.pathParam("region"), ctx.pathParam("size"), ctx.pathParam("rotation"), ctx.pathParam("file"), size[0], size[1]);
    byte[] bytes = renderer.render(file, req);
    ctx.header("Link", "<http://iiif.io/api/image/3/level1.json>;rel=\"profile\"");
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(req.format().equals("png") ? "image/png" : "image/jpeg");
    ctx.result(bytes);
  }

  private Path imageFile(IiifIds.PageImage p) throws IOException {
    try {
      return search.pageImage(p.documentId(), p.page());
    } catch (NotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  // ------------------------------------------------------------------ Presentation API

  /** {@code GET /iiif/{key}/manifest}: the document, one canvas per page that has an image. */
  public void manifest(Context ctx) throws IOException {
    String key = ctx.pathParam("key");
    String docId = IiifIds.documentId(key);
    SearchResults.DocumentView doc = document(docId);
    String base = base(ctx);
    String iiif = base + "/iiif/" + key;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", PRESENTATION_CONTEXT);
    m.put("id", iiif + "/manifest");
    m.put("type", "Manifest");
    m.put("label", none(doc.title() == null || doc.title().isBlank() ? doc.id() : doc.title()));
    m.put("metadata", metadata(doc));
    if (doc.citation() != null) m.put("requiredStatement", labelled(Map.of("en", "Citation", "ru", "Шифр", "kk", "Шифр"), doc.citation()));
    m.put("homepage", List.of(Map.of(
        "id", base + "/?doc=" + enc(doc.id()), "type", "Text", "format", "text/html",
        "label", Map.of("en", List.of("Muragat viewer"), "ru", List.of("Просмотр в Muragat"), "kk", List.of("Muragat-та қарау")))));
    m.put("seeAlso", List.of(Map.of(
        "id", base + "/api/documents/" + pathEnc(doc.id()), "type", "Dataset", "format", "application/json",
        "label", Map.of("en", List.of("Metadata and OCR text (Muragat API)")))));
    Map<String, Object> search2 = new LinkedHashMap<>();
    search2.put("id", iiif + "/search");
    search2.put("type", "SearchService2");
    Map<String, Object> search1 = new LinkedHashMap<>();
    search1.put("@context", SEARCH1_CONTEXT);
    search1.put("@id", iiif + "/search1");
    search1.put("@type", "SearchService1");
    search1.put("profile", SEARCH1_PROFILE);
    m.put("service", List.of(search2, search1));
    List<Map<String, Object>> canvases = new ArrayList<>();
    for (SearchResults.PageView p : doc.pages()) {
      if (!p.image() || p.width() <= 0 || p.height() <= 0) continue;
      canvases.add(canvas(base, iiif, doc.id(), p));
    }
    if (canvases.isEmpty()) throw ApiException.notFound("document '" + doc.id() + "' has no page images to show");
    m.put("items", canvases);
    ldJson(ctx, PRESENTATION_CONTEXT, m);
  }

  private static Map<String, Object> canvas(String base, String iiif, String docId, SearchResults.PageView p) {
    String canvasId = canvasId(iiif, p.number());
    String service = base + "/iiif/image/" + IiifIds.imageId(docId, p.number());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", service + "/full/max/0/default.jpg");
    body.put("type", "Image");
    body.put("format", "image/jpeg");
    body.put("width", p.width());
    body.put("height", p.height());
    body.put("service", List.of(Map.of("id", service, "type", "ImageService3", "profile", "level1")));
    Map<String, Object> anno = new LinkedHashMap<>();
    anno.put("id", iiif + "/annotation/p" + p.number() + "-image");
    anno.put("type", "Annotation");
    anno.put("motivation", "painting");
    anno.put("body", body);
    anno.put("target", canvasId);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("id", iiif + "/page/p" + p.number());
    page.put("type", "AnnotationPage");
    page.put("items", List.of(anno));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", canvasId);
    c.put("type", "Canvas");
    c.put("label", none(String.valueOf(p.number())));
    c.put("width", p.width());
    c.put("height", p.height());
    c.put("thumbnail", List.of(Map.of(
        "id", service + "/full/!200,200/0/default.jpg", "type", "Image", "format", "image/jpeg",
        "service", List.of(Map.of("id", service, "type", "ImageService3", "profile", "level1")))));
    c.put("items", List.of(page));
    return c;
  }

  static String canvasId(String iiif, int page) {
    return iiif + "/canvas/p" + page;
  }

  private static final Map<String, Map<String, String>> LABELS =
      Map.ofEntries(
          Map.entry("date", Map.of("en", "Date", "ru", "Дата", "kk", "Күні")),
          Map.entry("archive", Map.of("en", "Archive", "ru", "Архив", "kk", "Мұрағат")),
          Map.entry("fond", Map.of("en", "Fonds", "ru", "Фонд", "kk", "Қор")),
          Map.entry("opis", Map.of("en", "Inventory", "ru", "Опись", "kk", "Тізбе")),
          Map.entry("delo", Map.of("en", "File", "ru", "Дело", "kk", "Іс")),
          Map.entry("list", Map.of("en", "Folios", "ru", "Листы", "kk", "Парақтар")),
          Map.entry("language", Map.of("en", "Language", "ru", "Язык", "kk", "Тілі")),
          Map.entry("doc_type", Map.of("en", "Document type", "ru", "Вид документа", "kk", "Құжат түрі")),
          Map.entry("collection", Map.of("en", "Collection", "ru", "Коллекция", "kk", "Топтама")));

  private static List<Map<String, Object>> metadata(SearchResults.DocumentView doc) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(labelled(Map.of("en", "Identifier", "ru", "Идентификатор", "kk", "Идентификатор"), doc.id()));
    if (doc.citation() != null) out.add(labelled(Map.of("en", "Citation", "ru", "Шифр", "kk", "Шифр"), doc.citation()));
    for (Map.Entry<String, String> e : doc.metadata().entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank() || e.getKey().equals("title")) continue;
      Map<String, String> label = LABELS.get(e.getKey());
      out.add(label != null ? labelled(label, e.getValue()) : Map.of("label", none(e.getKey()), "value", none(e.getValue())));
    }
    out.add(labelled(Map.of("en", "Pages", "ru", "Страниц", "kk", "Беттер"), String.valueOf(doc.pageCount())));
    return out;
  }

  private static Map<String, Object> labelled(Map<String, String> label, String value) {
    Map<String, Object> l = new LinkedHashMap<>();
    for (String lang : List.of("en", "ru", "kk")) l.put(lang, List.of(label.get(lang)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("label", l);
    out.put("value", none(value));
    return out;
  }

  private static Map<String, List<String>> none(String s) {
    return Map.of("none", List.of(s));
  }

  // ------------------------------------------------------------------ Content Search

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
    ldJson(ctx, SEARCH2_CONTEXT, page);
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
    ldJson(ctx, SEARCH1_CONTEXT, list);
  }

  private record Hit(String annotationId, String target, SearchResults.Box box, String before, String after) {}

  private record Hits(String requestUrl, List<Hit> list, List<String> ignored) {}

  private Hits hits(Context ctx) throws IOException {
    String key = ctx.pathParam("key");
    String docId = IiifIds.documentId(key);
    String q = ctx.queryParam("q");
    String base = base(ctx);
    String iiif = base + "/iiif/" + key;
    String requestUrl = iiif + ctx.path().substring(ctx.path().lastIndexOf('/')) + (q == null ? "" : "?q=" + enc(q));
    List<String> ignored = new ArrayList<>();
    for (String p : ctx.queryParamMap().keySet()) if (!p.equals("q") && !p.equals("syntax")) ignored.add(p);
    if (q == null || q.isBlank()) return new Hits(requestUrl, List.of(), ignored);
    if (q.length() > 1000) throw ApiException.badRequest("q is longer than 1000 characters");
    SearchResults.DocumentView doc = document(docId);
    Map<Integer, List<SearchResults.Box>> byPage;
    try {
      byPage = search.hitBoxesByPage(docId, q, ctx.queryParam("syntax"));
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
        String target = canvasId(iiif, n) + String.format(Locale.ROOT, "#xywh=%d,%d,%d,%d", b.x(), b.y(), b.w(), b.h());
        list.add(new Hit(iiif + "/annotation/p" + n + "-hit" + (i++) + "?q=" + enc(q), target, b, before, after));
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

  // ------------------------------------------------------------------ helpers

  private SearchResults.DocumentView document(String id) throws IOException {
    try {
      return search.document(id);
    } catch (NotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  private String base(Context ctx) {
    return IiifIds.baseUrl(ctx, publicUrl);
  }

  /** JSON-LD when the client asks for it, otherwise plain JSON (what most viewers expect). */
  private static void ldJson(Context ctx, String context, Object body) {
    String accept = ctx.header("Accept");
    ctx.json(body);
    if (accept != null && accept.contains("application/ld+json")) {
      ctx.contentType("application/ld+json;profile=\"" + context + "\"");
    } else {
      ctx.contentType("application/json");
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String pathEnc(String id) {
    StringBuilder b = new StringBuilder();
    for (String seg : id.split("/", -1)) {
      if (b.length() > 0) b.append('/');
      b.append(enc(seg));
    }
    return b.toString();
  }
}
