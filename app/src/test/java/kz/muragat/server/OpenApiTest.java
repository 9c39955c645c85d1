package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import kz.muragat.server.iiif.IiifIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the OpenAPI description true: reads {@code /api/openapi.json} from the running server and
 * calls every documented path and method with the parameters' {@code example}s, asserting the
 * documented success status, media type and, for JSON, the schema's required top-level properties.
 *
 * <p>The examples name a document of the sample archive ({@code samples/}); this test's archive is
 * {@link WebUiFixture}'s, so the example document (its id, key and image identifier) is replaced by
 * the fixture's TIFF. Every other example is used as written.
 */
class OpenApiTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static EmbedFixture f;
  private static JsonNode spec;

  @BeforeAll
  static void load() throws Exception {
    f = EmbedFixture.get();
    HttpResponse<byte[]> r = get(f.muragat() + "api/openapi.json");
    assertEquals(200, r.statusCode());
    spec = JSON.readTree(r.body());
  }

  private static HttpResponse<byte[]> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void isAnOpenApi3DocumentWithExamplesForEveryParameter() {
    assertTrue(spec.get("openapi").asText().startsWith("3."));
    assertTrue(spec.get("paths").size() >= 15, "every public endpoint is described");
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (JsonNode p : path.getValue().get("get").path("parameters")) {
        JsonNode param = resolve(p);
        assertTrue(param.has("example"), path.getKey() + " " + param.get("name") + " has an example");
      }
      assertTrue(path.getValue().get("get").has("responses"), path.getKey());
    }
  }

  @Test
  void everyDocumentedEndpointAnswersAsDocumented() throws Exception {
    String exampleId = resolve(spec.at("/components/parameters/documentId")).get("example").asText();
    List<String> failures = new ArrayList<>();
    int called = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = e.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        assertEquals("get", op.getKey(), "the public API is read-only: " + e.getKey());
        String url = url(e.getKey(), op.getValue(), exampleId);
        HttpResponse<byte[]> r = get(url);
        called++;
        String problem = check(op.getValue(), r);
        if (problem != null) failures.add("GET " + url + ": " + problem);
      }
    }
    if (!failures.isEmpty()) fail(String.join("\n", failures));
    assertTrue(called >= 15);
  }

  private static String url(String template, JsonNode op, String exampleId) {
    String path = template;
    StringBuilder query = new StringBuilder();
    for (JsonNode p : op.path("parameters")) {
      JsonNode param = resolve(p);
      String name = param.get("name").asText(), value = param.get("example").asText();
      if (param.get("in").asText().equals("path")) {
        value = value.replace(IiifIds.key(exampleId), IiifIds.key(WebUiFixture.TIFF_ID));
        String encoded = value.equals(exampleId) ? IiifHttpTest.enc(WebUiFixture.TIFF_ID) : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ",").replace("%21", "!").replace("%7E", "~");
        path = path.replace("{" + name + "}", encoded);
      } else if (!value.isEmpty()) {
        query.append(query.length() == 0 ? "?" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    assertFalse(path.contains("{"), "every path parameter has an example: " + path);
    return f.muragat().replaceAll("/$", "") + path + query;
  }

  /** Null when the answer is as documented, else what differs. */
  private static String check(JsonNode op, HttpResponse<byte[]> r) throws Exception {
    String success = null;
    for (Iterator<String> it = op.get("responses").fieldNames(); it.hasNext(); ) {
      String code = it.next();
      if (code.startsWith("2") || code.startsWith("3")) {
        success = code;
        break;
      }
    }
    if (success == null) return "no success response documented";
    if (r.statusCode() != Integer.parseInt(success)) return "status " + r.statusCode() + " instead of " + success + ": " + new String(r.body(), StandardCharsets.UTF_8);
    JsonNode content = resolve(op.get("responses").get(success)).get("content");
    if (content == null) return null;
    String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    if (!content.has(type)) return "media type " + type + " is not among the documented " + content.fieldNames().next();
    if (!type.endsWith("json")) return null;
    JsonNode body = JSON.readTree(r.body());
    JsonNode schema = resolve(content.get(type).get("schema"));
    if (schema.path("type").asText().equals("array") != body.isArray()) return "body is not a" + (body.isArray() ? "n object" : "n array");
    for (JsonNode req : schema.path("required")) {
      if (!body.has(req.asText())) return "the body has no '" + req.asText() + "': " + new String(r.body(), StandardCharsets.UTF_8);
    }
    return null;
  }

  private static JsonNode resolve(JsonNode n) {
    while (n.has("$ref")) n = spec.at(n.get("$ref").asText().substring(1));
    return n;
  }

  @Test
  void theBrowsablePageIsServed() throws Exception {
    HttpResponse<byte[]> r = get(f.muragat() + "api.html");
    assertEquals(200, r.statusCode());
    String html = new String(r.body(), StandardCharsets.UTF_8);
    assertTrue(html.contains("api.js"), "the page renders the spec with api.js");
    assertEquals(200, get(f.muragat() + "api.js").statusCode());
  }
}
