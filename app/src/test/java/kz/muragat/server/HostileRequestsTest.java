package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests built to hurt, sent as raw bytes over a socket (so no client library cleans them up):
 * URIs and headers far over the limits, 10,000-character queries, path traversal in document ids,
 * page numbers and IIIF identifiers, broken percent-encoding. Every one gets a 4xx with a JSON
 * {@code {"status", "error"}} body saying what is wrong — never Jetty's HTML page, never a 5xx,
 * never a stack trace, never a file from outside the data directory.
 */
class HostileRequestsTest {
  @TempDir static Path tmp;
  static MuragatServer server;
  static final ObjectMapper json = new ObjectMapper();
  static int requests;

  @BeforeAll
  static void start() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("note.txt"), "Записка архивиста о деле уроженца Каркаралинского уезда.\n");
    Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0 SECRET-OUTSIDE-DATA\n");
    Path data = tmp.resolve("data");
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data))) {
      indexer.index(docs, Progress.NONE);
    }
    server = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0)).start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    System.out.println("HostileRequestsTest: " + requests + " hostile requests");
  }

  record Answer(int status, String contentType, String body) {}

  /** Sends one raw HTTP/1.1 request and reads the whole answer. */
  static Answer raw(String target, String... headers) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      StringBuilder req = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
      for (String h : headers) req.append(h).append("\r\n");
      req.append("\r\n");
      OutputStream out = s.getOutputStream();
      try {
        out.write(req.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (java.io.IOException e) {
        // the server may answer and close before reading a huge request to its end
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int headEnd = text.indexOf("\r\n\r\n");
      String head = text.substring(0, headEnd);
      int status = Integer.parseInt(head.substring(9, 12));
      String type = "";
      for (String line : head.split("\r\n")) if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) type = line.substring(13).strip();
      String body = text.substring(headEnd + 4);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) body = unchunk(body);
      return new Answer(status, type, body);
    }
  }

  private static String unchunk(String body) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int nl = body.indexOf("\r\n", i);
      int n = Integer.parseInt(body.substring(i, nl).strip(), 16);
      if (n == 0) break;
      byte[] bytes = body.substring(nl + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(bytes, 0, n, StandardCharsets.UTF_8);
      out.append(chunk);
      i = nl + 2 + chunk.length() + 2;
    }
    return out.toString();
  }

  /** A hostile request answered with {@code status} and a JSON error whose message contains {@code says}. */
  static void expect(String what, int status, String says, String target, String... headers) throws Exception {
    Answer a = raw(target, headers);
    requests++;
    String shown = what + " -> " + a.status + " " + a.contentType + " " + (a.body.length() > 300 ? a.body.substring(0, 300) : a.body);
    assertEquals(status, a.status, shown);
    assertTrue(a.contentType.startsWith("application/json"), "JSON: " + shown);
    JsonNode e = json.readTree(a.body);
    assertEquals(status, e.get("status").asInt(), shown);
    assertTrue(e.get("error").asText().contains(says), shown);
    assertFalse(a.body.contains("<html") || a.body.contains("Exception") || a.body.contains("\tat ") || a.body.contains("SECRET"), shown);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String b64(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void oversizedRequestsGetAJsonErrorSayingWhatToChange() throws Exception {
    // 10,000 Latin characters: through Jetty, refused by the query parser
    expect("10,000-character query", 400, "query too long", "/api/search?q=" + "a".repeat(10_000));
    // 10,000 Cyrillic characters: 60 KB of URI, refused by Jetty itself
    expect("10,000 Cyrillic characters", 414, "URI is too long", "/api/search?q=" + enc("ж".repeat(10_000)));
    expect("a 100 KB URI on a document", 414, "URI is too long", "/api/documents/" + "x".repeat(100_000));
    expect("a 100 KB URI on IIIF", 414, "URI is too long", "/iiif/image/" + "A".repeat(100_000) + "~1/info.json");
    expect("a 40 KB header", 431, "headers are too large", "/api/search?q=x", "Cookie: a=" + "b".repeat(40_000));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) many.add("X-Filler-" + i + ": " + "v".repeat(20));
    expect("2,000 headers", 431, "headers are too large", "/api/health", many.toArray(String[]::new));
    expect("a suggestion prefix of 10,000 characters", 400, "too long", "/api/suggest?q=" + "a".repeat(10_000));
    expect("a page that does not exist", 404, "no such page", "/no/such/page.html");
    expect("a script that does not exist", 404, "no such page", "/missing-script.js");
    expect("IIIF content search with 10,000 characters", 400, "longer than 1000", "/iiif/" + b64("note.txt") + "/search?q=" + "a".repeat(10_000));
  }

  @Test
  void pathTraversalInIdsAndImagePathsReachesNothing() throws Exception {
    String outside = "../secret.txt";
    for (String target :
        List.of(
            "/api/documents/..%2F..%2Fsecret.txt",
            "/api/documents/%2e%2e/%2e%2e/secret.txt",
            "/api/documents/note.txt%2F..%2F..%2Fsecret.txt",
            "/api/documents/..%2Fsecret.txt/pages/1/image",
            "/api/documents/%2e%2e%2fsecret.txt/pages/1/hits?q=x",
            "/api/documents/note.txt%00.jpg",
            "/api/documents/%2Fetc%2Fpasswd",
            "/iiif/image/" + b64(outside) + "~1/info.json",
            "/iiif/image/" + b64(outside) + "~1/full/max/0/default.jpg",
            "/iiif/image/" + b64("/etc/passwd") + "~1/full/max/0/default.jpg",
            "/iiif/" + b64(outside) + "/manifest",
            "/iiif/" + b64("note.txt/../../secret.txt") + "/search?q=x")) {
      Answer a = raw(target);
      requests++;
      String shown = target + " -> " + a.status + " " + a.body;
      assertTrue(a.status == 400 || a.status == 404, shown);
      assertTrue(a.contentType.startsWith("application/json"), shown);
      assertFalse(a.body.contains("SECRET") || a.body.contains("root:x") || a.body.contains("<html") || a.body.contains("Exception"), shown);
      assertTrue(json.readTree(a.body).get("error").asText().length() > 5, shown);
    }
    // literal dot segments: Jetty refuses an ambiguous path before any handler sees it
    for (String target : List.of("/api/documents/../../secret.txt", "/iiif/image/../../../secret.txt/info.json", "/api/documents/note.txt/../../../../etc/passwd")) {
      Answer a = raw(target);
      requests++;
      String shown = target + " -> " + a.status + " " + a.body;
      assertTrue(a.status >= 400 && a.status < 500, shown);
      assertTrue(a.contentType.startsWith("application/json"), shown);
      assertFalse(a.body.contains("SECRET") || a.body.contains("root:x") || a.body.contains("<html"), shown);
    }
    // page numbers out of any range, broken encodings
    expect("page 99999999999", 404, "no document", "/api/documents/note.txt/pages/99999999999/image");
    expect("page 0", 404, "no page 0", "/api/documents/note.txt/pages/0/image");
    for (String target : List.of("/api/documents/%zz", "/api/documents/%C3%28", "/iiif/image/%zz~1/info.json", "/api/documents/%")) {
      Answer a = raw(target);
      requests++;
      String shown = target + " -> " + a.status + " " + a.body;
      assertTrue(a.status == 400 || a.status == 404, shown);
      assertTrue(a.contentType.startsWith("application/json"), shown);
      assertFalse(a.body.contains("<html") || a.body.contains("Exception"), shown);
    }
  }
}
