package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.server.auth.AccessTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restricted and closed material never leaks: every endpoint is probed as an anonymous caller, a
 * researcher with a "restricted" token, an administrator, and with a bad token. Each document
 * holds a word found nowhere else, so any leak — a hit, a count, a snippet, a facet, a suggestion,
 * a correction, a page, an export row — shows.
 */
class AccessControlTest {
  @TempDir static Path tmp;
  static MuragatServer server;
  static MuragatServer limited;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();
  static final String RESTRICTED_TOKEN = "researcher-token-1";
  static final String ADMIN_TOKEN = "admin-token-1";

  /** level → (document id, the word only it contains, its doc_type). */
  static final Map<String, String[]> DOCS =
      Map.of(
          "public", new String[] {"open.txt", "Карагандинского", "letter"},
          "restricted", new String[] {"part.txt", "Семипалатинского", "interrogation"},
          "closed", new String[] {"secret.txt", "Криптограмма", "agent_report"});

  static int probes;

  @BeforeAll
  static void start() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    StringBuilder manifest = new StringBuilder("file,title,date,doc_type,access\n");
    for (var e : DOCS.entrySet()) {
      String[] d = e.getValue();
      Files.writeString(docs.resolve(d[0]), "Архивный документ. Уроженец " + d[1] + " уезда, учитель.", StandardCharsets.UTF_8);
      manifest.append(d[0]).append(",Документ ").append(d[2]).append(",1937,").append(d[2]).append(',').append(e.getKey()).append('\n');
    }
    Files.writeString(docs.resolve("manifest.csv"), manifest.toString(), StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data))) {
      indexer.index(docs, Progress.NONE);
    }
    Path tokens = tmp.resolve("tokens.properties");
    Files.writeString(tokens, "# hashes only\nsha256:" + AccessTokens.sha256(RESTRICTED_TOKEN) + " = restricted\nsha256:" + AccessTokens.sha256(ADMIN_TOKEN) + " = admin\n");
    server = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0, tokens, 0, 0)).start();
    limited = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0, tokens, 1, 5)).start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    limited.close();
    System.out.println("AccessControlTest: " + probes + " leak probes");
  }

  static HttpResponse<String> call(MuragatServer s, String method, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Every public read endpoint, for a document and its secret word; the bodies joined. */
  static String everything(String token, String id, String word) throws Exception {
    StringBuilder all = new StringBuilder();
    for (String path :
        List.of(
            "/api/search?q=" + q(word),
            "/api/search?q=" + q(word.substring(0, word.length() - 1) + "х"), // did-you-mean
            "/api/search?q=&size=50",
            "/api/search?q=" + q("учитель") + "&size=50",
            "/api/suggest?q=" + q(word.substring(0, 5)),
            "/api/export?format=csv&q=" + q("учитель"),
            "/api/export?format=json&q=",
            "/api/documents/" + id,
            "/api/documents/" + id + "/pages/1/hits?q=" + q(word),
            "/api/documents/" + id + "/pages/1/image")) {
      HttpResponse<String> r = call(server, "GET", path, token);
      probes++;
      assertTrue(r.statusCode() == 200 || r.statusCode() == 404, path + " -> " + r.statusCode() + " " + r.body());
      all.append(path).append(" -> ").append(r.statusCode()).append(' ').append(r.body()).append('\n');
    }
    return all.toString();
  }

  static boolean leaks(String bodies, String[] doc) {
    String lower = bodies.toLowerCase();
    return lower.contains(doc[1].toLowerCase().substring(0, 8)) || bodies.contains(doc[0] + "\"") || bodies.contains(doc[0] + ",") || bodies.contains(doc[2]);
  }

  @Test
  void anonymousCallersSeeOnlyPublicMaterial() throws Exception {
    for (var e : DOCS.entrySet()) {
      String bodies = everything(null, e.getValue()[0], e.getValue()[1]);
      assertEquals(e.getKey().equals("public"), leaks(bodies, e.getValue()), e.getKey() + " material, anonymous:\n" + bodies);
    }
  }

  @Test
  void aRestrictedTokenSeesRestrictedButNotClosedMaterial() throws Exception {
    for (var e : DOCS.entrySet()) {
      String bodies = everything(RESTRICTED_TOKEN, e.getValue()[0], e.getValue()[1]);
      assertEquals(!e.getKey().equals("closed"), leaks(bodies, e.getValue()), e.getKey() + " material, restricted token:\n" + bodies);
    }
    HttpResponse<String> doc = call(server, "GET", "/api/documents/part.txt", RESTRICTED_TOKEN);
    assertEquals(200, doc.statusCode());
  }

  @Test
  void anAdministratorSeesEverythingAndAloneUsesAdminEndpoints() throws Exception {
    for (var e : DOCS.entrySet()) {
      assertTrue(leaks(everything(ADMIN_TOKEN, e.getValue()[0], e.getValue()[1]), e.getValue()), e.getKey());
    }
    assertEquals(401, call(server, "GET", "/api/admin/status", null).statusCode());
    assertEquals(403, call(server, "GET", "/api/admin/status", RESTRICTED_TOKEN).statusCode());
    HttpResponse<String> status = call(server, "GET", "/api/admin/status", ADMIN_TOKEN);
    assertEquals(200, status.statusCode());
    assertEquals(3, json.readTree(status.body()).get("documents").asInt());
    assertEquals(200, call(server, "POST", "/api/admin/reload", ADMIN_TOKEN).statusCode());
    assertEquals(401, call(server, "DELETE", "/api/admin/documents/open.txt", null).statusCode());
    probes += 5;
  }

  @Test
  void aBadTokenIsRefusedNotTreatedAsAnonymous() throws Exception {
    HttpResponse<String> r = call(server, "GET", "/api/search?q=x", "not-a-token");
    assertEquals(401, r.statusCode());
    JsonNode e = json.readTree(r.body());
    assertFalse(e.get("error").asText().contains("not-a-token"), "the token is not echoed");
    probes++;
  }

  @Test
  void securityHeadersAreSet() throws Exception {
    HttpResponse<String> page = call(server, "GET", "/", null);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
    assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElse(""));
  }

  @Test
  void aClientOverTheRateLimitIsToldToSlowDown() throws Exception {
    int ok = 0, limitedCount = 0;
    for (int i = 0; i < 12; i++) {
      HttpResponse<String> r = call(limited, "GET", "/api/health", null);
      if (r.statusCode() == 200) ok++;
      if (r.statusCode() == 429) {
        limitedCount++;
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        assertTrue(json.readTree(r.body()).get("error").asText().contains("too many requests"));
      }
    }
    assertTrue(ok >= 5 && limitedCount >= 1, ok + " ok, " + limitedCount + " limited");
  }
}
