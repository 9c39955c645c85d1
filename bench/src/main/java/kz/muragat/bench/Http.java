package kz.muragat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The bench's HTTP client: HTTP/1.1 keep-alive over loopback, JSON answers. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode() + " from " + url + ": " + new String(r.body(), StandardCharsets.UTF_8));
    return JSON.readTree(r.body());
  }

  static JsonNode post(String url, byte[] body, String contentType) throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode() + " from " + url + ": " + new String(r.body(), StandardCharsets.UTF_8));
    return JSON.readTree(r.body());
  }

  /** Polls {@code url} until it answers 200 and {@code ok} holds, at most {@code timeout}. */
  static void awaitReady(String url, java.util.function.Predicate<JsonNode> ok, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Exception last = null;
    long backoff = 20;
    while (System.nanoTime() < deadline) {
      try {
        if (ok.test(get(url))) return;
      } catch (IOException e) {
        last = e;
      }
      Thread.sleep(backoff); // polling interval between readiness checks
      backoff = Math.min(500, backoff * 2);
    }
    throw new IllegalStateException("not ready within " + timeout + ": " + url, last);
  }
}
