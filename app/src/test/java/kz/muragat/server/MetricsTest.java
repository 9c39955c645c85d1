package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.server.auth.AccessTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /metrics} scraped over HTTP from a real server on a real index, parsed strictly as the
 * Prometheus text exposition format (0.0.4), with real counters moving after real requests.
 */
class MetricsTest {
  private static final String METRICS_TOKEN = "metrics-token-for-the-test";
  private static final String READER_TOKEN = "restricted-reader-token";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path tmp;
  private static MuragatServer server;

  @BeforeAll
  static void start() throws Exception {
    Path scans = Files.createDirectories(tmp.resolve("scans"));
    Files.writeString(scans.resolve("протокол.txt"), "Протокол допроса Жумабаева Касыма.\n", StandardCharsets.UTF_8);
    Files.writeString(scans.resolve("справка.txt"), "Справка о реабилитации Жумабаева.\n", StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data).withWorkers(1))) {
      indexer.index(scans, Progress.NONE);
    }
    Path tokens = Files.writeString(tmp.resolve("tokens.properties"),
        "sha256:" + AccessTokens.sha256(METRICS_TOKEN) + " = metrics\nsha256:" + AccessTokens.sha256(READER_TOKEN) + " = restricted\n");
    server = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0, tokens, 0, 0)).start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void metricsNeedATokenWithTheMetricsRole() throws Exception {
    HttpResponse<String> anonymous = get("/metrics", null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.body().contains("muragat token metrics"), anonymous.body());
    assertEquals(403, get("/metrics", READER_TOKEN).statusCode());
    assertEquals(401, get("/metrics", "not-a-token").statusCode());
  }

  @Test
  void aScrapeIsValidExpositionFormatAndItsCountersFollowTheRequests() throws Exception {
    Map<String, Double> before = scrape();
    String search = "/api/search?q=" + URLEncoder.encode("Жумабаева", StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) assertEquals(200, get(search, null).statusCode());
    assertEquals(400, get("/api/search?syntax=lucene&q=" + URLEncoder.encode("title:(протокол AND", StandardCharsets.UTF_8), null).statusCode());
    assertEquals(200, get("/api/documents/" + URLEncoder.encode("протокол.txt", StandardCharsets.UTF_8), null).statusCode());
    assertEquals(404, get("/api/documents/nope.tif", null).statusCode());
    Map<String, Double> after = scrape();

    String ok = "muragat_http_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"}";
    assertEquals(value(before, ok) + 3, value(after, ok), "requests by route and status");
    String bad = "muragat_http_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"400\"}";
    assertEquals(value(before, bad) + 1, value(after, bad));
    String docs = "muragat_http_requests_seconds_count{method=\"GET\",route=\"/api/documents/<rest>\",status=\"200\"}";
    assertEquals(value(before, docs) + 1, value(after, docs), "documents are counted by route, not by id");
    assertFalse(after.keySet().stream().anyMatch(k -> k.contains("nope.tif") || k.contains("протокол")), "no id in a label");
    assertTrue(after.containsKey("muragat_http_requests_seconds_bucket{method=\"GET\",route=\"/api/search\",status=\"200\",le=\"+Inf\"}"),
        "latency histograms");
    String searches = "muragat_searches_seconds_count{kind=\"search\",outcome=\"hits\"}";
    assertEquals(value(before, searches) + 3, value(after, searches), "searches");
    assertEquals(value(before, "muragat_searches_seconds_count{kind=\"search\",outcome=\"bad_query\"}") + 1,
        value(after, "muragat_searches_seconds_count{kind=\"search\",outcome=\"bad_query\"}"));

    assertEquals(2.0, after.get("muragat_index_documents"));
    assertEquals(2.0, after.get("muragat_index_pages"));
    assertEquals(1.0, after.get("muragat_index_ready"));
    assertEquals(2.0, after.get("muragat_indexing_last_run_pages"), "the latest indexing run, from its report");
    assertTrue(after.get("muragat_indexing_last_run_pages_per_second") > 0);
    assertEquals(0.0, after.get("muragat_indexing_last_run_failed_files"));
    assertEquals(0.0, after.get("muragat_indexing_running"));
    assertTrue(after.keySet().stream().anyMatch(k -> k.startsWith("jvm_memory_used_bytes{")), "JVM memory");
    assertTrue(after.containsKey("process_uptime_seconds"), "uptime");
  }

  private static double value(Map<String, Double> samples, String key) {
    return samples.getOrDefault(key, 0.0);
  }

  private static final Pattern METRIC = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern HELP = Pattern.compile("# HELP (" + METRIC + ") .*");
  private static final Pattern TYPE = Pattern.compile("# TYPE (" + METRIC + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern SAMPLE = Pattern.compile("(" + METRIC + ")(\\{(.*)\\})? (\\S+)( -?\\d+)?");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");

  /**
   * Scrapes {@code /metrics} and checks the text format line by line: HELP and TYPE comments, then
   * samples {@code name{label="value",...} value}, each of a family whose TYPE came first; labels
   * well formed and unique; histogram buckets cumulative, ending in {@code le="+Inf"} equal to
   * {@code _count}. Returns sample → value (labels in the order written).
   */
  private static Map<String, Double> scrape() throws Exception {
    HttpResponse<String> r = get("/metrics", METRICS_TOKEN);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"), r.headers().toString());
    Map<String, String> types = new HashMap<>();
    Map<String, Double> samples = new LinkedHashMap<>();
    Map<String, List<double[]>> buckets = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (String line : r.body().split("\n")) {
      if (line.isEmpty()) continue;
      Matcher m;
      if (line.startsWith("#")) {
        if ((m = TYPE.matcher(line)).matches()) {
          assertTrue(types.put(m.group(1), m.group(2)) == null, "one TYPE per family: " + line);
        } else {
          assertTrue(HELP.matcher(line).matches(), "a comment is HELP or TYPE: " + line);
        }
        continue;
      }
      assertTrue((m = SAMPLE.matcher(line)).matches(), "a sample line: " + line);
      String name = m.group(1);
      String family = types.containsKey(name) ? name : name.replaceFirst("_(bucket|count|sum|total|created)$", "");
      assertTrue(types.containsKey(family), "the family of " + name + " has a TYPE before its samples");
      double v = parseValue(m.group(4), line);
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(3) != null && !m.group(3).isEmpty()) {
        Matcher l = LABEL.matcher(m.group(3));
        int at = 0;
        while (at < m.group(3).length() && l.find(at) && l.start() == at) {
          assertTrue(labels.put(l.group(1), l.group(2)) == null, "labels unique: " + line);
          at = l.end();
        }
        assertEquals(m.group(3).length(), at, "labels well formed: " + line);
      }
      String key = name + (m.group(2) == null ? "" : m.group(2));
      assertTrue(seen.add(key), "one sample per series: " + line);
      samples.put(key, v);
      if (name.endsWith("_bucket")) {
        String le = labels.remove("le");
        assertTrue(le != null, "a bucket has le: " + line);
        buckets.computeIfAbsent(name.replaceFirst("_bucket$", "") + labels, k -> new ArrayList<>())
            .add(new double[] {parseValue(le, line), v});
      }
    }
    for (Map.Entry<String, List<double[]>> b : buckets.entrySet()) {
      List<double[]> list = b.getValue();
      for (int i = 1; i < list.size(); i++) {
        assertTrue(list.get(i)[0] > list.get(i - 1)[0], "buckets in ascending le: " + b.getKey());
        assertTrue(list.get(i)[1] >= list.get(i - 1)[1], "bucket counts cumulative: " + b.getKey());
      }
      assertEquals(Double.POSITIVE_INFINITY, list.get(list.size() - 1)[0], "the last bucket is +Inf: " + b.getKey());
    }
    assertFalse(types.isEmpty() || samples.isEmpty(), r.body());
    return samples;
  }

  private static double parseValue(String s, String line) {
    switch (s) {
      case "+Inf": return Double.POSITIVE_INFINITY;
      case "-Inf": return Double.NEGATIVE_INFINITY;
      case "NaN": return Double.NaN;
      default:
        try {
          return Double.parseDouble(s);
        } catch (NumberFormatException e) {
          throw new AssertionError("not a sample value: " + line);
        }
    }
  }
}
