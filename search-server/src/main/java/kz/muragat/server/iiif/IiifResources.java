package kz.muragat.server.iiif;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.search.NotFoundException;
import kz.muragat.search.SearchBackend;
import kz.muragat.search.SearchResults;
import kz.muragat.server.http.ApiException;

/**
 * What the three IIIF services share: looking documents and page images up (404 when there is no
 * such public one), the server's public address, and answering in JSON-LD.
 */
final class IiifResources {
  private final SearchBackend search;
  private final String publicUrl;

  IiifResources(SearchBackend search, String publicUrl) {
    this.search = search;
    this.publicUrl = publicUrl;
  }

  SearchBackend search() {
    return search;
  }

  SearchResults.DocumentView document(String id) throws IOException {
    try {
      return search.document(id);
    } catch (NotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  Path imageFile(IiifIds.PageImage p) throws IOException {
    try {
      return search.pageImage(p.documentId(), p.page());
    } catch (NotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  /** The server's address as the client sees it. */
  String base(Context ctx) {
    return IiifIds.baseUrl(ctx, publicUrl);
  }

  /** JSON-LD when the client asks for it, otherwise plain JSON (what most viewers expect). */
  static void ldJson(Context ctx, String context, Object body) {
    String accept = ctx.header("Accept");
    ctx.json(body);
    if (accept != null && accept.contains("application/ld+json")) {
      ctx.contentType("application/ld+json;profile=\"" + context + "\"");
    } else {
      ctx.contentType("application/json");
    }
  }

  /** A IIIF language map of a value in no particular language. */
  static Map<String, List<String>> none(String s) {
    return Map.of("none", List.of(s));
  }

  /** A metadata entry: a label in English, Russian and Kazakh, and its value. */
  static Map<String, Object> labelled(Map<String, String> label, String value) {
    Map<String, Object> l = new LinkedHashMap<>();
    for (String lang : List.of("en", "ru", "kk")) l.put(lang, List.of(label.get(lang)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("label", l);
    out.put("value", none(value));
    return out;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A document id in a URL path: each segment encoded, the slashes kept. */
  static String pathEnc(String id) {
    StringBuilder b = new StringBuilder();
    for (String seg : id.split("/", -1)) {
      if (b.length() > 0) b.append('/');
      b.append(enc(seg));
    }
    return b.toString();
  }
}
