package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import kz.muragat.server.iiif.IiifIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IIIF, CORS, /embed framing and OpenSearch over HTTP against the real server: image requests
 * computed from the stored scans, manifests, content search boxes, and every bad request a 400/404
 * in JSON.
 */
class IiifHttpTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static EmbedFixture f;
  private static String key;
  private static String image2;

  @BeforeAll
  static void start() throws Exception {
    f = EmbedFixture.get();
    key = IiifIds.key(WebUiFixture.TIFF_ID);
    image2 = f.muragat() + "iiif/image/" + IiifIds.imageId(WebUiFixture.TIFF_ID, 2);
  }

  private static HttpResponse<byte[]> get(String url, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(HttpResponse<byte[]> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void infoJsonDescribesALevel1ImageServiceWithLimits() throws Exception {
    HttpResponse<byte[]> r = get(image2 + "/info.json");
    assertEquals(200, r.statusCode());
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    JsonNode info = json(r);
    assertEquals("http://iiif.io/api/image/3/context.json", info.get("@context").asText());
    assertEquals(image2, info.get("id").asText());
    assertEquals("ImageService3", info.get("type").asText());
    assertEquals("level1", info.get("profile").asText());
    assertTrue(info.get("width").asInt() > 500 && info.get("height").asInt() > 500);
    assertTrue(info.has("maxWidth") && info.has("maxArea"));
    assertEquals(512, info.get("tiles").get(0).get("width").asInt());
    // the base URI redirects to info.json
    HttpResponse<byte[]> base = get(image2);
    assertEquals(303, base.statusCode());
    assertTrue(base.headers().firstValue("Location").orElse("").endsWith("/info.json"));
  }

  @Test
  void theDocumentApiGivesTheManifestsAddressWhenIiifServesTheDocument() throws Exception {
    JsonNode doc = json(get(encodedDocumentUrl(WebUiFixture.TIFF_ID)));
    String manifest = f.muragat() + "iiif/" + key + "/manifest";
    assertEquals(manifest, doc.get("iiif_manifest").asText(), "no need to base64url-encode the id by hand");
    assertEquals(WebUiFixture.TIFF_ID, doc.get("id").asText(), "the document's own fields are kept as they were");
    assertTrue(doc.get("pages").isArray() && doc.get("pages").size() == 2, doc.toString());
    HttpResponse<byte[]> m = get(doc.get("iiif_manifest").asText());
    assertEquals(200, m.statusCode());
    assertEquals("Manifest", json(m).get("type").asText());
    // a document without page images has no manifest: no address is given
    JsonNode txt = json(get(encodedDocumentUrl(WebUiFixture.TXT_ID)));
    assertEquals(WebUiFixture.TXT_ID, txt.get("id").asText());
    assertFalse(txt.has("iiif_manifest"), txt.toString());
  }

  private static String encodedDocumentUrl(String id) {
    StringBuilder b = new StringBuilder(f.muragat()).append("api/documents");
    for (String seg : id.split("/")) b.append('/').append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    return b.toString();
  }

  @Test
  void regionsSizesRotationsQualitiesAndFormatsAreComputed() throws Exception {
    JsonNode info = json(get(image2 + "/info.json"));
    int w = info.get("width").asInt(), h = info.get("height").asInt();
    assertImage(image2 + "/full/max/0/default.jpg", "image/jpeg", w, h);
    assertImage(image2 + "/0,0,512,512/256,/0/default.jpg", "image/jpeg", 256, 256);
    assertImage(image2 + "/512,1024,512,512/512,512/0/default.jpg", "image/jpeg", 512, 512);
    // an edge tile as OpenSeadragon asks for it: the region is clipped to the image
    int ew = Math.min(512, w - 1536), eh = Math.min(512, h - 2048);
    assertImage(image2 + "/1536,2048,512,512/" + ew + "," + eh + "/0/default.jpg", "image/jpeg", ew, eh);
    assertImage(image2 + "/square/100,/0/default.png", "image/png", 100, 100);
    assertImage(image2 + "/pct:0,0,50,25/,200/0/gray.png", "image/png", Math.round(200f * (w / 2f) / (h / 4f)), 200);
    assertImage(image2 + "/full/!300,300/90/default.jpg", "image/jpeg", 300, Math.round(300f * w / h));
    assertImage(image2 + "/full/pct:10/!180/bitonal.png", "image/png", Math.round(w / 10f), Math.round(h / 10f));
    // enlarging: a region up to the page's own area (maxArea), not beyond
    assertImage(image2 + "/0,0,512,512/%5E1024,/0/default.jpg", "image/jpeg", 1024, 1024);
    assertImage(image2 + "/full/%5Emax/0/default.jpg", "image/jpeg", w, h);
    assertEquals(400, get(image2 + "/full/%5E" + (w + 100) + ",/0/default.jpg").statusCode(), "beyond maxArea");
  }

  private static void assertImage(String url, String type, int width, int height) throws Exception {
    HttpResponse<byte[]> r = get(url);
    assertEquals(200, r.statusCode(), url + " → " + new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(type, r.headers().firstValue("Content-Type").orElse(""), url);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
    assertEquals(width, img.getWidth(), url + " width");
    assertEquals(height, img.getHeight(), url + " height");
  }

  @Test
  void badImageRequestsAreJson400sOr404s() throws Exception {
    String[][] cases = {
      {"/full/max/45/default.jpg", "400"}, {"/full/max/0/default.gif", "400"}, {"/full/max/0/sepia.jpg", "400"},
      {"/99999,99999,10,10/max/0/default.jpg", "400"}, {"/0,0,0,10/max/0/default.jpg", "400"}, {"/1,2,3/max/0/default.jpg", "400"},
      {"/full/0,/0/default.jpg", "400"}, {"/full/99999,/0/default.jpg", "400"}, {"/full/pct:101/0/default.jpg", "400"},
      {"/full/abc/0/default.jpg", "400"}, {"/pct:x,0,1,1/max/0/default.jpg", "400"},
    };
    for (String[] c : cases) {
      HttpResponse<byte[]> r = get(image2 + c[0]);
      assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0] + " → " + new String(r.body(), StandardCharsets.UTF_8));
      assertEquals(Integer.parseInt(c[1]), json(r).get("status").asInt(), c[0]);
      assertTrue(json(r).get("error").asText().length() > 5);
    }
    String base = f.muragat() + "iiif/image/";
    assertEquals(404, get(base + IiifIds.imageId(WebUiFixture.TIFF_ID, 9) + "/info.json").statusCode(), "no page 9");
    assertEquals(404, get(base + IiifIds.imageId(WebUiFixture.TXT_ID, 1) + "/info.json").statusCode(), "a text has no image");
    assertEquals(404, get(base + IiifIds.imageId("../../../etc/passwd", 1) + "/info.json").statusCode(), "not a document");
    assertEquals(400, get(base + "..%2F..%2Fetc~1/info.json").statusCode());
    assertEquals(400, get(base + "%2E%2E~1/full/max/0/default.jpg").statusCode());
    assertEquals(400, get(f.muragat() + "iiif/@@/manifest").statusCode());
    assertEquals(404, get(f.muragat() + "iiif/a/b/c/d").statusCode());
  }

  @Test
  void manifestHasOneCanvasPerPageWithMetadataAndSearchServices() throws Exception {
    HttpResponse<byte[]> r = get(f.muragat() + "iiif/" + key + "/manifest");
    assertEquals(200, r.statusCode());
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    JsonNode m = json(r);
    assertEquals("http://iiif.io/api/presentation/3/context.json", m.get("@context").asText());
    assertEquals("Manifest", m.get("type").asText());
    assertEquals("Протокол допроса Жумабаева К.", m.get("label").get("none").get(0).asText());
    assertTrue(m.get("metadata").toString().contains("ЦГА РК, ф. 1, оп. 2, д. 345"), "the citation is in the metadata");
    assertEquals(2, m.get("items").size(), "one canvas per page");
    JsonNode canvas = m.get("items").get(1);
    assertEquals("Canvas", canvas.get("type").asText());
    JsonNode anno = canvas.get("items").get(0).get("items").get(0);
    assertEquals("painting", anno.get("motivation").asText());
    assertEquals(canvas.get("id").asText(), anno.get("target").asText());
    assertEquals(image2, anno.get("body").get("service").get(0).get("id").asText());
    assertEquals("SearchService2", m.get("service").get(0).get("type").asText());
    assertEquals("http://iiif.io/api/search/1/search", m.get("service").get(1).get("profile").asText());
    assertEquals(404, get(f.muragat() + "iiif/" + IiifIds.key(WebUiFixture.TXT_ID) + "/manifest").statusCode(), "no page images");
  }

  @Test
  void contentSearchAnnotationsTargetTheHitBoxes() throws Exception {
    String q = java.net.URLEncoder.encode(WebUiFixture.SHARED_WORD, java.nio.charset.StandardCharsets.UTF_8);
    JsonNode boxes = json(get(f.muragat() + "api/documents/" + enc(WebUiFixture.TIFF_ID) + "/pages/2/hits?q=" + q)).get("boxes");
    assertEquals(1, boxes.size());
    JsonNode b = boxes.get(0);
    String canvas = f.muragat().replaceAll("/$", "") + "/iiif/" + key + "/canvas/p2";
    String target = canvas + "#xywh=" + b.get("x") + "," + b.get("y") + "," + b.get("w") + "," + b.get("h");

    JsonNode page = json(get(f.muragat() + "iiif/" + key + "/search?q=" + q));
    assertEquals("http://iiif.io/api/search/2/context.json", page.get("@context").asText());
    assertEquals("AnnotationPage", page.get("type").asText());
    assertEquals(1, page.get("items").size(), page.toString());
    assertEquals(target, page.get("items").get(0).get("target").asText());
    assertEquals("Annotation", page.get("items").get(0).get("type").asText());

    JsonNode list = json(get(f.muragat() + "iiif/" + key + "/search1?q=" + q));
    assertEquals("sc:AnnotationList", list.get("@type").asText());
    assertEquals(target, list.get("resources").get(0).get("on").asText());
    assertEquals(list.get("resources").get(0).get("@id").asText(), list.get("hits").get(0).get("annotations").get(0).asText());

    assertEquals(0, json(get(f.muragat() + "iiif/" + key + "/search?q=nothingLikeThis")).get("items").size());
    assertEquals(400, get(f.muragat() + "iiif/" + key + "/search?q=%22unbalanced&syntax=lucene").statusCode());
  }

  @Test
  void apiCorsAnswersOnlyConfiguredOriginsAndNeverAllowsCredentials() throws Exception {
    HttpResponse<byte[]> ok = get(f.muragat() + "api/health", "Origin", f.hostOrigin());
    assertEquals(f.hostOrigin(), ok.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(ok.headers().allValues("Vary").toString().contains("Origin"));
    HttpResponse<byte[]> evil = get(f.muragat() + "api/search?q=x", "Origin", "http://evil.example");
    assertNull(evil.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<byte[]> pre = HTTP.send(
        HttpRequest.newBuilder(URI.create(f.muragat() + "api/search?q=x")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", f.hostOrigin()).header("Access-Control-Request-Method", "GET").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(204, pre.statusCode());
    assertEquals(f.hostOrigin(), pre.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    for (HttpResponse<byte[]> r : new HttpResponse[] {ok, evil, pre, get(f.muragat() + "iiif/" + key + "/manifest", "Origin", "http://evil.example")}) {
      assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }
  }

  @Test
  void embedIsFrameableByConfiguredOriginsOnly() throws Exception {
    HttpResponse<byte[]> r = get(f.muragat() + "embed?lang=kk");
    assertEquals(200, r.statusCode());
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    Matcher m = Pattern.compile("frame-ancestors ([^;]*)").matcher(csp);
    assertTrue(m.find(), csp);
    assertEquals("'self' " + f.hostOrigin(), m.group(1).strip());
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("widget.js"));
  }

  @Test
  void openSearchDescriptionAndSuggestions() throws Exception {
    HttpResponse<byte[]> r = get(f.muragat() + "opensearch.xml");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/opensearchdescription+xml"));
    var doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
    assertEquals("OpenSearchDescription", doc.getDocumentElement().getLocalName());
    assertEquals("http://a9.com/-/spec/opensearch/1.1/", doc.getDocumentElement().getNamespaceURI());
    var urls = doc.getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "Url");
    String html = null;
    for (int i = 0; i < urls.getLength(); i++) {
      var u = (org.w3c.dom.Element) urls.item(i);
      if (u.getAttribute("type").equals("text/html")) html = u.getAttribute("template");
    }
    assertEquals(f.muragat() + "?q={searchTerms}", html);
    JsonNode s = json(get(f.muragat() + "opensearch/suggest?q=" + java.net.URLEncoder.encode("Каркаралин", java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("Каркаралин", s.get(0).asText());
    assertTrue(s.get(1).toString().toLowerCase(Locale.ROOT).contains("каркаралинского"), s.toString());
  }

  static String enc(String id) {
    StringBuilder b = new StringBuilder();
    for (String seg : id.split("/")) {
      if (b.length() > 0) b.append('/');
      b.append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return b.toString();
  }
}
