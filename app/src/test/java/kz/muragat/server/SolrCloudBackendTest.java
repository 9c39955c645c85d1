package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.muragat.indexer.ocr.Preprocessing;
import kz.muragat.indexer.pipeline.IndexReport;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.indexer.pipeline.Reindexer;
import kz.muragat.indexer.solr.SolrIndex;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.search.SearchService;
import kz.muragat.search.solr.SolrEngine;
import kz.muragat.solr.testkit.SolrProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud backend end to end: a real MiniSolrCloudCluster (2 nodes, 2 shards × 2 replicas,
 * embedded ZooKeeper, loopback, in its own JVM) with the configset uploaded; {@code samples/}
 * indexed by Muragat's indexer (OCR once, into the embedded index; then from the cache into the
 * collection); two Muragat servers over real HTTP, one embedded, one on SolrCloud, asked the same
 * requests. Then one node stops and search goes on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudBackendTest {
  static final Path CONFIGSET = Path.of(System.getProperty("muragat.configset", "../solr/configsets/muragat"));
  static final Path SAMPLES = Path.of(System.getProperty("muragat.samples", "../samples"));
  static final String COLLECTION = "muragat";

  /**
   * Queries without OCR-tolerant fuzzy terms: the answer must be identical on both backends, hits
   * in the same order.
   */
  static final List<String> EXACT_QUERIES =
      List.of(
          "q=\"тройки НКВД\"", "q=Жумаб*", "q=1937", "q=Алаш", "q=&facets=true", "q=&sort=date", "q=&sort=-date&from=2&size=3",
          "q=Жумабаев&syntax=lucene&f.language=ru&facets=true", "q=Байтурсынов&syntax=lucene", "q=ақталды OR реабилитация&syntax=lucene",
          "q=title:справка AND Жумабаев&syntax=lucene", "q=\"тройки НКВД\"~2&syntax=lucene",
          "q=meta.fond:15 OR id:rec-01-protocol.tif&syntax=lucene", "q=/жумаба.*/&syntax=lucene");

  /**
   * Simple-syntax queries, whose words of five letters or more also look for OCR slips (fuzzy
   * terms): the same hits, totals, facets, pages, snippets and did_you_mean; the order of near-tied
   * hits may differ, since Solr expands and weighs fuzzy terms shard by shard.
   */
  static final List<String> QUERIES =
      List.of(
          "q=реабилитация", "q=Жумабаев", "q=ақталды", "q=Байтурсынов", "q=Baitursynuly", "q=Сейфуллин",
          "q=протокол допроса", "q=реабилитирован -Байтурсынов", "q=реабилитация OR ақталды", "q=заседания тройки", "q=Қарағанды",
          "q=Жумабаев&f.language=ru&f.year=1937&facets=true",
          "q=реабилитация OR ақталды OR Жумабаев&date_from=1950&date_to=1960&facets=true", "q=Сейфуллин~1&syntax=lucene",
          // closed material: never found, counted or faceted
          "q=Обвинительное заключение&facets=true", "q=сауалнамасы",
          // two slips in a short word: nothing found, "did you mean" from the visible vocabulary
          "q=Жумвбаеф", "q=Оспвнав");

  /** Misspellings found only through the OCR-tolerant fuzzy terms: same hits, order may differ. */
  static final List<String> FUZZY_QUERIES = List.of("q=жумабаевх", "q=реабилитацыя", "q=Сейфоллаулы", "q=протакал");

  @TempDir static Path tmp;
  static SolrProcess solr;
  static MuragatServer embedded;
  static MuragatServer cloud;
  static IndexReport solrReport;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    ExecutorService bg = Executors.newSingleThreadExecutor();
    try {
      // the cluster starts while the samples are OCR'd
      Future<SolrProcess> cluster = bg.submit(() -> SolrProcess.cloud(CONFIGSET, COLLECTION, 2, 2, 2));
      Path data = tmp.resolve("data");
      // one plain OCR pass per page is enough here: both backends index the same extraction
      IndexerOptions options = IndexerOptions.defaults(data).withWorkers(2).withPreprocessing(Preprocessing.OFF);
      try (Indexer indexer = new Indexer(options)) {
        indexer.index(SAMPLES, Progress.NONE);
      }
      solr = cluster.get();
      // the same folder through the indexer's Solr target: every extraction comes from the cache
      try (Indexer indexer = new Indexer(options, SolrIndex.opener(solr.solrUrls(), COLLECTION))) {
        solrReport = indexer.index(SAMPLES, Progress.NONE);
      }
      embedded = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0)).start();
      cloud = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0), new SearchService(new SolrEngine(solr.solrUrls(), COLLECTION), new DocumentStore(data.resolve("store")))).start();
    } finally {
      bg.shutdown();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (cloud != null) cloud.close();
    if (embedded != null) embedded.close();
    if (solr != null) solr.close();
  }

  @Test
  @Order(1)
  void theCollectionGotEverySampleFromTheCacheWithoutOcr() throws Exception {
    assertEquals(12, solrReport.indexed(), solrReport.toString());
    assertEquals(0, solrReport.ocrPages(), "no OCR for the Solr run: " + solrReport);
    assertEquals(1, solrReport.failed().size(), "the corrupt sample: " + solrReport);
    JsonNode health = get(cloud, "/api/health");
    assertTrue(health.get("indexReady").asBoolean(), health.toString());
  }

  @Test
  @Order(2)
  void bothBackendsAnswerTheSameResultsSnippetsAndFacets() throws Exception {
    List<String> differing = new ArrayList<>();
    for (String q : EXACT_QUERIES) {
      JsonNode e = comparable(get(embedded, "/api/search?" + params(q)));
      JsonNode s = comparable(get(cloud, "/api/search?" + params(q)));
      if (!e.equals(s)) differing.add(q + "\n  embedded: " + e + "\n  solrcloud: " + s);
    }
    for (String q : QUERIES) {
      JsonNode e = unordered(get(embedded, "/api/search?" + params(q)));
      JsonNode s = unordered(get(cloud, "/api/search?" + params(q)));
      if (!e.equals(s)) differing.add(q + "\n  embedded: " + e + "\n  solrcloud: " + s);
    }
    assertEquals(List.of(), differing);
    // the queries do find things, closed material included in what is hidden
    assertTrue(get(cloud, "/api/search?q=" + enc("Жумабаев")).get("total").asInt() >= 5);
    assertEquals(10, get(cloud, "/api/search?q=").get("total").asInt(), "12 samples indexed, 2 of them restricted");
    assertEquals(0, get(cloud, "/api/search?q=" + enc("сауалнамасы")).get("total").asInt(), "only in the restricted questionnaire");
    int corrected = 0;
    for (String q : List.of("Жумвбаеф", "Оспвнав")) {
      JsonNode r = get(cloud, "/api/search?q=" + enc(q));
      if (r.hasNonNull("did_you_mean")) corrected++;
    }
    assertTrue(corrected > 0, "some slip gets a did_you_mean");
  }

  @Test
  @Order(3)
  void overlapAtTenIncludingOcrTolerantMisspellings() throws Exception {
    double sum = 0;
    int n = 0, sameOrder = 0;
    List<String> all = new ArrayList<>(EXACT_QUERIES);
    all.addAll(QUERIES);
    all.addAll(FUZZY_QUERIES);
    for (String q : all) {
      List<String> e = ids(get(embedded, "/api/search?" + params(q)));
      List<String> s = ids(get(cloud, "/api/search?" + params(q)));
      if (e.isEmpty() && s.isEmpty()) continue;
      Set<String> common = new HashSet<>(e);
      common.retainAll(s);
      sum += (double) common.size() / Math.max(e.size(), s.size());
      n++;
      if (e.equals(s)) sameOrder++;
    }
    double overlap = sum / n;
    String line = String.format(Locale.ROOT, "overlap@10 embedded vs SolrCloud (2 shards x 2 replicas) on %d sample queries: %.3f; identical order: %d of %d%n",
        n, overlap, sameOrder, n);
    System.out.print(line);
    Files.writeString(Path.of("target", "solrcloud-overlap.txt"), line);
    for (String q : FUZZY_QUERIES) {
      assertEquals(new LinkedHashSet<>(ids(get(embedded, "/api/search?" + params(q)))).size() > 0, true, "the misspelling " + q + " finds something");
    }
    assertTrue(overlap >= 0.95, line);
  }

  @Test
  @Order(4)
  void cursorsPageThroughTheSameResults() throws Exception {
    for (String q : List.of("q=Жумабаев&syntax=lucene", "q=&sort=date", "q=&sort=-date", "q=&sort=id")) {
      assertEquals(page(embedded, q), page(cloud, q), q);
      assertTrue(page(cloud, q).size() >= 5, q);
    }
    // relevance with fuzzy terms: every hit once, the same hits
    for (String q : List.of("q=Жумабаев", "q=реабилитация OR ақталды OR Жумабаев")) {
      List<String> paged = page(cloud, q);
      assertEquals(paged.size(), new HashSet<>(paged).size(), "no hit twice: " + paged);
      assertEquals(new HashSet<>(page(embedded, q)), new HashSet<>(paged), q);
      assertTrue(paged.size() >= 5, q);
    }
  }

  @Test
  @Order(5)
  void documentsImagesHitBoxesAndSuggestionsComeAlike() throws Exception {
    for (String path :
        List.of(
            "/api/documents/rec-01-protocol.tif", "/api/documents/rec-01-protocol.tif/pages/1/hits?q=" + enc("Жумабаев"),
            "/api/documents/rec-04-aktau-kz.png/pages/1/hits?q=" + enc("ақталды"), "/api/suggest?q=" + enc("жума"))) {
      assertEquals(get(embedded, path), get(cloud, path), path);
    }
    assertTrue(get(cloud, "/api/documents/rec-01-protocol.tif/pages/1/hits?q=" + enc("Жумабаев")).get("boxes").size() > 0);
    HttpResponse<byte[]> ei = raw(embedded, "/api/documents/rec-01-protocol.tif/pages/2/image");
    HttpResponse<byte[]> si = raw(cloud, "/api/documents/rec-01-protocol.tif/pages/2/image");
    assertEquals(200, si.statusCode());
    assertArrayEquals(ei.body(), si.body());
    // closed documents are not shown, whoever asks without a token
    assertEquals(404, raw(cloud, "/api/documents/rec-09-zakliuchenie.pdf").statusCode());
    assertEquals(404, raw(cloud, "/api/documents/rec-11-anketa-kz.png/pages/1/image").statusCode());
    assertEquals(400, raw(cloud, "/api/search?q=" + enc("a:[") + "&syntax=lucene").statusCode());
  }

  @Test
  @Order(6)
  void reindexFromTheCacheRebuildsTheCollection() throws Exception {
    Path data = tmp.resolve("data");
    IndexReport r = new Reindexer(IndexerOptions.defaults(data).withWorkers(2), SolrIndex.opener(solr.solrUrls(), COLLECTION)).reindex(Progress.NONE);
    assertEquals(12, r.indexed(), r.toString());
    for (String q : List.of("q=Жумабаев&syntax=lucene", "q=ақталды&syntax=lucene&facets=true", "q=&sort=date")) {
      assertEquals(comparable(get(embedded, "/api/search?" + params(q))), comparable(get(cloud, "/api/search?" + params(q))), q);
    }
    assertEquals(unordered(get(embedded, "/api/search?q=" + enc("Жумабаев"))), unordered(get(cloud, "/api/search?q=" + enc("Жумабаев"))));
  }

  @Test
  @Order(7)
  void searchGoesOnWhenANodeStops() throws Exception {
    // node 1 holds a replica of every shard, so stopping node 0 (also the first URL the server has)
    // leaves the whole collection on node 1
    String node1 = solr.nodeUrls().get(1);
    Set<String> shardsOnNode1 = new HashSet<>();
    for (String r : solr.replicas()) if (r.split(" ")[1].equals(node1)) shardsOnNode1.add(r.split(" ")[0]);
    assertEquals(Set.of("shard1", "shard2"), shardsOnNode1, solr.replicas().toString());
    solr.stopNode(0);
    for (String q : List.of("q=Жумабаев&syntax=lucene", "q=ақталды&syntax=lucene&facets=true", "q=Baitursynuly&syntax=lucene", "q=&sort=-date")) {
      assertEquals(comparable(get(embedded, "/api/search?" + params(q))), comparable(get(cloud, "/api/search?" + params(q))), q);
    }
    assertEquals(unordered(get(embedded, "/api/search?q=" + enc("Жумабаев"))), unordered(get(cloud, "/api/search?q=" + enc("Жумабаев"))));
    assertEquals(get(embedded, "/api/documents/rec-03-spravka.jpg"), get(cloud, "/api/documents/rec-03-spravka.jpg"));
    assertTrue(solr.replicas().stream().anyMatch(r -> r.startsWith("shard1 " + node1) && r.endsWith("active")), solr.replicas().toString());
  }

  // ---- helpers ----

  /** The query string with each value URL-encoded. */
  static String params(String q) {
    List<String> out = new ArrayList<>();
    for (String kv : q.split("&")) {
      int eq = kv.indexOf('=');
      out.add(kv.substring(0, eq + 1) + enc(kv.substring(eq + 1)));
    }
    return String.join("&", out);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static HttpResponse<byte[]> raw(MuragatServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode get(MuragatServer server, String path) throws Exception {
    HttpResponse<byte[]> r = raw(server, path);
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertEquals(200, r.statusCode(), path + " -> " + body);
    return json.readTree(body);
  }

  /** A search answer without what may differ: time taken, scores (float sums), cursors. */
  static JsonNode comparable(JsonNode result) {
    ObjectNode r = result.deepCopy();
    r.remove("took_ms");
    r.remove("next_cursor");
    for (JsonNode h : r.withArray("hits")) ((ObjectNode) h).remove("score");
    return r;
  }

  /** As {@link #comparable}, hits in id order and each hit's pages in page order. */
  static JsonNode unordered(JsonNode result) {
    ObjectNode r = (ObjectNode) comparable(result);
    List<JsonNode> hits = new ArrayList<>();
    for (JsonNode h : r.withArray("hits")) {
      List<JsonNode> pages = new ArrayList<>();
      h.get("pages").forEach(pages::add);
      pages.sort(java.util.Comparator.comparingInt(p -> p.get("number").asInt()));
      ((ObjectNode) h).putArray("pages").addAll(pages);
      hits.add(h);
    }
    hits.sort(java.util.Comparator.comparing(h -> h.get("id").asText()));
    r.putArray("hits").addAll(hits);
    return r;
  }

  static List<String> ids(JsonNode result) {
    List<String> out = new ArrayList<>();
    for (JsonNode h : result.get("hits")) out.add(h.get("id").asText());
    assertNotNull(result.get("total"));
    return out;
  }

  /** Every hit, two per page, following next_cursor. */
  static List<String> page(MuragatServer server, String q) throws Exception {
    List<String> out = new ArrayList<>();
    String cursor = null;
    for (int pages = 0; pages < 30; pages++) {
      JsonNode r = get(server, "/api/search?" + params(q) + "&size=2" + (cursor == null ? "" : "&cursor=" + cursor));
      out.addAll(ids(r));
      cursor = r.hasNonNull("next_cursor") ? r.get("next_cursor").asText() : null;
      if (cursor == null) return out;
    }
    throw new AssertionError("cursor paging did not end: " + out);
  }
}
