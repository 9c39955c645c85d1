package kz.muragat.server.embed;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.muragat.search.SearchBackend;
import kz.muragat.server.iiif.IiifIds;

/**
 * OpenSearch 1.1, so a browser can add Muragat as a search engine: {@code /opensearch.xml} (the
 * description, with absolute templates as the format requires) and {@code
 * /opensearch/suggest?q=} (suggestions as {@code application/x-suggestions+json}).
 */
public final class OpenSearch {
  public static final String MEDIA_TYPE = "application/opensearchdescription+xml";

  private final SearchBackend search;
  private final String publicUrl;

  public OpenSearch(SearchBackend search, String publicUrl) {
    this.search = search;
    this.publicUrl = publicUrl;
  }

  public void description(Context ctx) {
    String base = xml(IiifIds.baseUrl(ctx, publicUrl));
    String body =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
          <ShortName>Muragat</ShortName>
          <Description>Мұрағат · Архив: поиск по сканам архивных документов на русском и казахском языках</Description>
          <Tags>archive repression rehabilitation Kazakhstan мұрағат архив</Tags>
          <InputEncoding>UTF-8</InputEncoding>
          <OutputEncoding>UTF-8</OutputEncoding>
          <Language>ru</Language>
          <Language>kk</Language>
          <Language>en</Language>
          <Url type="text/html" method="get" template="BASE/?q={searchTerms}"/>
          <Url type="application/x-suggestions+json" method="get" template="BASE/opensearch/suggest?q={searchTerms}"/>
          <Url type="application/json" method="get" indexOffset="0" template="BASE/api/search?q={searchTerms}&amp;from={startIndex?}&amp;size={count?}"/>
          <Url type="application/opensearchdescription+xml" rel="self" template="BASE/opensearch.xml"/>
          <moz:SearchForm>BASE/</moz:SearchForm>
        </OpenSearchDescription>
        """
            .replace("BASE", base);
    ctx.contentType(MEDIA_TYPE + "; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.result(body);
  }

  /** {@code ["what was typed", ["completion", …]]}: the typed text with its last word completed. */
  public void suggest(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    q = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
    List<String> out = new ArrayList<>();
    for (Map<String, Object> s : search.complete(q, 8)) out.add(String.valueOf(s.get("text")));
    ctx.json(List.of(q, out));
    ctx.contentType("application/x-suggestions+json; charset=utf-8");
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
