package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API over a real index of real OCR'd scans, called over real HTTP. */
class ApiTest {
  @TempDir static Path tmp;
  static WebUiFixture fixture;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    fixture = WebUiFixture.start(tmp, 0);
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  static HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fixture.port() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode getJson(String pathAndQuery, int expectedStatus) throws Exception {
    HttpResponse<byte[]> r = get(pathAndQuery);
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertEquals(expectedStatus, r.statusCode(), pathAndQuery + " -> " + body);
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), pathAndQuery);
    return json.readTree(body);
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A document id in a URL: each segment encoded, slashes kept. */
  static String idPath(String id) {
    return Arrays.stream(id.split("/")).map(s -> q(s).replace("+", "%20")).collect(Collectors.joining("/"));
  }

  @Test
  void searchFindsTheDocumentsAndTheRightPageWithASnippet() throws Exception {
    JsonNode r = getJson("/api/search?q=" + q(WebUiFixture.SHARED_WORD), 200);
    assertEquals(2, r.get("total").asInt(), r.toString());
    JsonNode tiff = null;
    for (JsonNode h : r.get("hits")) if (h.get("id").asText().equals(WebUiFixture.TIFF_ID)) tiff = h;
    assertTrue(tiff != null, "the TIFF is a hit: " + r);
    assertEquals(1, tiff.get("pages").size(), "only page 2 of the TIFF matches: " + tiff);
    JsonNode page = tiff.get("pages").get(0);
    assertEquals(2, page.get("number").asInt());
    assertTrue(page.get("snippet").asText().contains("<mark>Каркаралинского</mark>"), page.toString());
  }

  @Test
  void documentHasItsPagesWithTextAndSize() throws Exception {
    JsonNode d = getJson("/api/documents/" + idPath(WebUiFixture.TIFF_ID), 200);
    assertEquals(WebUiFixture.TIFF_ID, d.get("id").asText());
    assertEquals(2, d.get("pageCount").asInt());
    for (JsonNode p : d.get("pages")) {
      assertTrue(p.get("width").asInt() > 1000 && p.get("height").asInt() > 1000, p.toString());
      assertTrue(p.get("confidence").asDouble() > 50, p.toString());
      assertFalse(p.get("text").asText().isBlank());
      // the OCR judged each page Russian, in Cyrillic
      assertEquals("ru", p.get("languages").get(0).asText(), p.toString());
      assertEquals("Cyrl", p.get("script").asText(), p.toString());
    }
    assertTrue(d.get("pages").get(1).get("text").asText().contains("Каркаралинского"));
  }

  @Test
  void pageImageIsAJpegOfThePageSize() throws Exception {
    JsonNode d = getJson("/api/documents/" + idPath(WebUiFixture.TIFF_ID), 200);
    HttpResponse<byte[]> r = get("/api/documents/" + idPath(WebUiFixture.TIFF_ID) + "/pages/2/image");
    assertEquals(200, r.statusCode());
    assertEquals("image/jpeg", r.headers().firstValue("content-type").orElse(""));
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
    assertEquals(d.get("pages").get(1).get("width").asInt(), img.getWidth());
    assertEquals(d.get("pages").get(1).get("height").asInt(), img.getHeight());
  }

  @Test
  void hitBoxesMarkTheMatchingWordOnlyOnItsPage() throws Exception {
    String base = "/api/documents/" + idPath(WebUiFixture.TIFF_ID) + "/pages/";
    JsonNode page2 = getJson(base + "2/hits?q=" + q(WebUiFixture.SHARED_WORD), 200);
    JsonNode boxes = page2.get("boxes");
    assertTrue(boxes.size() >= 1, page2.toString());
    JsonNode d = getJson("/api/documents/" + idPath(WebUiFixture.TIFF_ID), 200);
    int w = d.get("pages").get(1).get("width").asInt(), h = d.get("pages").get(1).get("height").asInt();
    for (JsonNode b : boxes) {
      assertTrue(b.get("word").asText().contains("Каркаралинск"), b.toString());
      assertTrue(b.get("x").asInt() >= 0 && b.get("x").asInt() + b.get("w").asInt() <= w, b.toString());
      assertTrue(b.get("y").asInt() >= 0 && b.get("y").asInt() + b.get("h").asInt() <= h, b.toString());
      assertTrue(b.get("w").asInt() > 20 && b.get("h").asInt() > 5, b.toString());
    }
    assertEquals(0, getJson(base + "1/hits?q=" + q(WebUiFixture.SHARED_WORD), 200).get("boxes").size());
  }

  @Test
  void excludedWordsAreNeitherMatchedNorBoxed() throws Exception {
    JsonNode r = getJson("/api/search?q=" + q(WebUiFixture.SHARED_WORD + " -ақталды"), 200);
    assertEquals(1, r.get("total").asInt(), r.toString());
    assertEquals(WebUiFixture.TIFF_ID, r.get("hits").get(0).get("id").asText());
  }

  @Test
  void badRequestsGetAClearJsonErrorAndNoStackTrace() throws Exception {
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"/api/search?q=" + q("Жумабаев AND (") + "&syntax=lucene", "400", "syntax error"});
    cases.add(new String[] {"/api/search?q=" + q("*ов") + "&syntax=lucene", "400", "cannot start with * or ?"});
    cases.add(new String[] {"/api/search?q=" + q("/.*/") + "&syntax=lucene", "400", "regular expression must start"});
    cases.add(new String[] {"/api/search?q=" + q("/a(b|bb)*c{1,1000}{1,1000}/") + "&syntax=lucene", "400", "cannot run this query"});
    cases.add(new String[] {"/api/search?q=x&sort=random", "400", "unknown sort"});
    cases.add(new String[] {"/api/search?q=x&date_from=yesterday", "400", "date_from"});
    cases.add(new String[] {"/api/search?q=x&cursor=bm9wZQ", "400", "cursor"});
    cases.add(new String[] {"/api/export?q=x&format=xls", "400", "format"});
    cases.add(new String[] {"/api/suggest?q=x&limit=1000", "400", "limit"});
    cases.add(new String[] {"/api/search?q=x&size=abc", "400", "size"});
    cases.add(new String[] {"/api/search?q=x&size=100000", "400", "size"});
    cases.add(new String[] {"/api/search?q=x&from=20000", "400", "from"});
    cases.add(new String[] {"/api/search?q=x&syntax=regex", "400", "syntax"});
    cases.add(new String[] {"/api/search?q=" + q("a".repeat(1500)), "400", "too long"});
    cases.add(new String[] {"/api/documents/" + q("нет такого") + ".tif", "404", "no document"});
    cases.add(new String[] {"/api/documents/" + idPath(WebUiFixture.TIFF_ID) + "/pages/9/image", "404", "no page 9"});
    cases.add(new String[] {"/api/documents/" + idPath(WebUiFixture.TIFF_ID) + "/pages/1/hits", "400", "q is required"});
    cases.add(new String[] {"/api/no-such-thing", "404", "no such endpoint"});
    for (String[] c : cases) {
      JsonNode e = getJson(c[0], Integer.parseInt(c[1]));
      String msg = e.get("error").asText();
      assertTrue(msg.contains(c[2]), c[0] + " -> " + msg);
      assertFalse(e.toString().contains("Exception") || e.toString().contains("\tat "), e.toString());
    }
  }

  @Test
  void analyzeShowsTheTermsOfEachField() throws Exception {
    JsonNode r = getJson("/api/analyze?text=" + q("реабилитации Байтұрсынұлы"), 200);
    JsonNode morph = r.get("fields").get("text");
    assertEquals("реабилитация", morph.get(0).get("term").asText(), r.toString());
    assertEquals(0, morph.get(0).get("start").asInt());
    assertEquals("реабилитации".length(), morph.get(0).get("end").asInt());
    assertEquals("реабилитации", r.get("fields").get("text_exact").get(0).get("term").asText());
    // the Kazakh and the Soviet Russian spelling of a name share a variant term
    JsonNode ru = getJson("/api/analyze?field=text_variant&text=" + q("Байтурсынов"), 200).get("fields").get("text_variant");
    JsonNode kk = r.get("fields").get("text_variant");
    boolean shared = false;
    for (JsonNode a : ru) for (JsonNode b : kk) if (a.get("term").asText().equals(b.get("term").asText())) shared = true;
    assertTrue(shared, ru + " vs " + kk);
    assertEquals(400, get("/api/analyze?text=x&field=nope").statusCode());
  }

  @Test
  void theWebPageIsServed() throws Exception {
    HttpResponse<byte[]> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("Muragat"));
  }
}
