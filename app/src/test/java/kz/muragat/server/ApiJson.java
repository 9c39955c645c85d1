package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The JSON a test's running server answers, over real HTTP. */
final class ApiJson {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiJson() {}

  /** GET {@code path} (with its query) from {@code server}: asserts 200 and returns the JSON. */
  static JsonNode ok(MuragatServer server, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return JSON.readTree(r.body());
  }

  /** A query parameter's value, encoded. */
  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
