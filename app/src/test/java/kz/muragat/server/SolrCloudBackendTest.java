package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.indexer.ocr.Preprocessing;
import kz.muragat.indexer.pipeline.IndexReport;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.indexer.pipeline.Reindexer;
import kz.muragat.indexer.solr.SolrIndex;
import kz.muragat.search.SearchService;
import kz.muragat.search.solr.SolrEngine;
import kz.muragat.server.auth.AccessTokens;
import kz.muragat.solr.testkit.Folders;
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
 * embedded ZooKeeper, loopback, in its own JVM) with the configset uploaded; {@code samples/} and
 * two documents whose pages have access levels of their own ({@link AccessControlTest#MIXED})
 * indexed by Muragat's indexer (OCR once, into the embedded index; then from the cache into the
 * collection, each file one nested block); two Muragat servers over real HTTP, one embedded, one on
 * SolrCloud, asked the same requests by an anonymous caller, a researcher with a "restricted"
 * token and an administrator. The answers must be identical — hits in the same order with the same
 * scores, totals, facets, matching pages, snippets, did-you-mean — and a search must take at most
 * two rounds of shard requests. Then files change and go, the collection is rebuilt from the
 * cache, and one node stops while search goes on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudBackendTest {
  static final Path CONFIGSET = Path.of(System.getProperty("muragat.configset", "../solr/configsets/muragat"));
  static final Path SAMPLES = Path.of(System.getProperty("muragat.samples", "../samples"));
  static final String COLLECTION = "muragat";
  static final int SHARDS = 2;

  /** Searches asked of both backends, by every caller. */
  static final List<String> QUERIES =
      List.of(
          // words, forms, names in three scripts, phrases, prefixes, alternatives, exclusions
          "q=реабилитация", "q=Жумабаев", "q=ақталды", "q=Байтурсынов", "q=Baitursynuly", "q=Сейфуллин", "q=Қарағанды", "q=1937", "q=Алаш",
          "q=протокол допроса", "q=заседания тройки", "q=Оспанов Жумабаев", "q=\"тройки НКВД\"", "q=\"Жумабаев Касым\"", "q=Жумаб*", "q=реабилит*",
          "q=реабилитирован -Байтурсынов", "q=реабилитация OR ақталды", "q=ф. 1 оп. 2", "q=ф. 1, оп. 2, д. 345 Жумабаев",
          // words the OCR engine read with doubt, found through their OCR keys
          "q=жумабаевх", "q=реабилитацыя", "q=Сейфоллаулы", "q=протакал",
          // filters, dates, facets, orders, paging
          "q=&facets=true", "q=&sort=date", "q=&sort=-date&from=2&size=3", "q=&sort=id&size=4", "q=Жумабаев&sort=date", "q=Жумабаев&from=3&size=2",
          "q=Жумабаев&f.language=ru&f.year=1937&facets=true", "q=реабилитация OR ақталды OR Жумабаев&date_from=1950&date_to=1960&facets=true",
          "q=дело&facets=true&f.doc_type=protocol&f.doc_type=indictment",
          // Lucene syntax: fields of the document entry, phrases with slop, patterns, boosts, exclusions
          "q=Жумабаев&syntax=lucene&f.language=ru&facets=true", "q=ақталды OR реабилитация&syntax=lucene", "q=title:справка AND Жумабаев&syntax=lucene",
          "q=\"тройки НКВД\"~2&syntax=lucene", "q=fond:15 OR doc_type:protocol&syntax=lucene", "q=/жумаба.*/&syntax=lucene",
          "q=year:[1937 TO 1958]&syntax=lucene", "q=language:kk&syntax=lucene&facets=true", "q=NOT Жумабаев&syntax=lucene",
          "q=Жумабаев^2 OR Оспанов&syntax=lucene", "q=Сейфуллин~1&syntax=lucene",
          // closed material, and slips that find nothing: did-you-mean from what the caller may see
          "q=Обвинительное заключение&facets=true", "q=сауалнамасы", "q=Жумвбаеф", "q=Оспвнав", "q=qwertyzzz");

  static final String RESTRICTED_TOKEN = "researcher-token-1";
  static final String ADMIN_TOKEN = "admin-token-1";

  /** Caller → token (null: anonymous) and the levels they hold. */
  record Caller(String name, String token, Set<String> levels) {}

  static final List<Caller> CALLERS =
      List.of(
          new Caller("anonymous", null, Set.of("public")),
          new Caller("restricted", RESTRICTED_TOKEN, Set.of("public", "restricted")),
          new Caller("admin", ADMIN_TOKEN, Set.of("public", "restricted", "closed")));

  @TempDir static Path tmp;
  static Path docs;
  static Path data;
  static IndexerOptions options;
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
      Future<SolrProcess> cluster = bg.submit(() -> SolrProcess.cloud(CONFIGSET, COLLECTION, SHARDS, 2, 2));
      docs = tmp.resolve("docs");
      Folders.copy(SAMPLES, docs);
      Path mixed = Files.createDirectories(docs.resolve("mixed"));
      StringBuilder manifest = new StringBuilder("file,title,date,doc_type,access,page_access\n");
      AccessControlTest.writeMixedDocuments(mixed, manifest);
      Files.writeString(mixed.resolve("manifest.csv"), manifest.toString(), StandardCharsets.UTF_8);
      data = tmp.resolve("data");
      // one plain OCR pass per page is enough here: both backends index the same extraction
      options = IndexerOptions.defaults(data).withWorkers(2).withPreprocessing(Preprocessing.OFF);
      try (Indexer indexer = new Indexer(options)) {
        indexer.index(docs, Progress.NONE);
      }
      solr = cluster.get();
      // the same folder through the indexer's Solr target: every extraction comes from the cache
      try (Indexer indexer = new Indexer(options, SolrIndex.opener(solr.solrUrls(), COLLECTION))) {
        solrReport = indexer.index(docs, Progress.NONE);
      }
      Path tokens = tmp.resolve("tokens.properties");
      Files.writeString(tokens, "sha256:" + AccessTokens.sha256(RESTRICTED_TOKEN) + " = restricted\nsha256:" + AccessTokens.sha256(ADMIN_TOKEN) + " = admin\n");
      ServerOptions serverOptions = new ServerOptions(data, "127.0.0.1", 0, tokens, 0, 0);
      embedded = new MuragatServer(serverOptions).start();
      cloud = new MuragatServer(serverOptions, new SearchService(new SolrEngine(solr.solrUrls(), COLLECTION), new DocumentStore(data.resolve("store")))).start();
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
  void theCollectionGotEveryFileFromTheCacheWithoutOcr() throws Exception {
    assertEquals(14, solrReport.indexed(), solrReport.toString());
    assertEquals(0, solrReport.ocrPages(), "no OCR for the Solr run: " + solrReport);
    assertEquals(1, solrReport.failed().size(), "the corrupt sample: " + solrReport);
    assertTrue(get(cloud, "/api/health", null).get("indexReady").asBoolean());
    // one nested block per file: as many document and page entries as the embedded index
    JsonNode status = get(cloud, "/api/admin/status", ADMIN_TOKEN);
    assertEquals(14, status.get("documents").asInt(), status.toString());
    assertEquals(get(embedded, "/api/admin/status", ADMIN_TOKEN), status);
  }

  @Test
  @Order(2)
  void bothBackendsAnswerAlikeForEveryCaller() throws Exception {
    List<String> differing = new ArrayList<>();
    int compared = 0;
    for (Caller c : CALLERS) {
      for (String q : QUERIES) {
        String path = "/api/search?" + params(q);
        String diff = difference(get(embedded, path, c.token()), get(cloud, path, c.token()));
        if (diff != null) differing.add(c.name() + " " + q + ": " + diff);
        compared++;
      }
      for (String path :
          List.of(
              "/api/suggest?q=" + enc("жума"), "/api/suggest?q=" + enc("реаб"), "/api/suggest?q=" + enc("Сау"), "/api/documents/rec-01-protocol.tif",
              "/api/documents/rec-09-zakliuchenie.pdf", "/api/documents/mixed/mixed.pdf", "/api/documents/rec-01-protocol.tif/pages/1/hits?q=" + enc("Жумабаев"),
              "/api/documents/rec-04-aktau-kz.png/pages/1/hits?q=" + enc("ақталды"), "/api/export?format=json&q=" + enc("Жумабаев"))) {
        HttpResponse<String> e = call(embedded, path, c.token()), s = call(cloud, path, c.token());
        // an export lists hits with their scores: compared as a search's hits are
        boolean same = e.statusCode() == s.statusCode()
            && (path.startsWith("/api/export?") && e.statusCode() == 200
                ? hitsDifference(json.readTree(e.body()), json.readTree(s.body())) == null
                : ownAddressOut(embedded, e.body()).equals(ownAddressOut(cloud, s.body())));
        if (!same) {
          differing.add(c.name() + " " + path + "\n  embedded: " + e.statusCode() + " " + e.body() + "\n  solrcloud: " + s.statusCode() + " " + s.body());
        }
        compared++;
      }
    }
    assertEquals(List.of(), differing, differing.size() + " of " + compared + " answers differ");
    // the comparisons are not vacuous: the queries find things, and closed material stays hidden
    assertTrue(get(cloud, "/api/search?q=" + enc("Жумабаев"), null).get("total").asInt() >= 5);
    assertEquals(11, get(cloud, "/api/search?q=", null).get("total").asInt(), "14 files indexed, 3 of them restricted");
    assertEquals(14, get(cloud, "/api/search?q=", ADMIN_TOKEN).get("total").asInt());
    assertEquals(0, get(cloud, "/api/search?q=" + enc("сауалнамасы"), null).get("total").asInt(), "only in the restricted questionnaire");
    assertEquals(1, get(cloud, "/api/search?q=" + enc("сауалнамасы"), RESTRICTED_TOKEN).get("total").asInt());
    int corrected = 0;
    for (String q : List.of("Жумвбаеф", "Оспвнав")) if (get(cloud, "/api/search?q=" + enc(q), null).hasNonNull("did_you_mean")) corrected++;
    assertTrue(corrected > 0, "some slip gets a did_you_mean");
  }

  /**
   * Pages with levels of their own: each caller finds a page's word exactly when they may see the
   * page, the hit lists only visible pages and counts only those, on both backends alike.
   */
  @Test
  @Order(3)
  void pagesWithTheirOwnLevelsAreFoundOnlyByWhoMaySeeThem() throws Exception {
    int found = 0;
    for (Caller c : CALLERS) {
      for (AccessControlTest.Mixed m : AccessControlTest.MIXED) {
        boolean docVisible = c.levels().contains(m.level());
        List<Integer> visible = new ArrayList<>();
        for (AccessControlTest.MixedPage p : m.pages()) if (docVisible && c.levels().contains(p.level())) visible.add(p.number());
        for (AccessControlTest.MixedPage p : m.pages()) {
          String what = c.name() + " / " + m.id() + " page " + p.number() + " (" + p.level() + ")";
          for (String q : List.of("q=" + p.word(), "q=" + p.word() + "&syntax=lucene", "q=" + p.word().substring(0, p.word().length() - 2) + "хх",
              "q=Лист " + p.word() + "&facets=true", "q=уезда&size=20")) {
            String path = "/api/search?" + params(q);
            JsonNode s = get(cloud, path, c.token());
            String diff = difference(get(embedded, path, c.token()), s);
            assertEquals(null, diff, what + ": " + q);
          }
          JsonNode r = get(cloud, "/api/search?q=" + enc(p.word()), c.token());
          boolean pageVisible = visible.contains(p.number());
          assertEquals(pageVisible ? 1 : 0, r.get("total").asInt(), what + ": " + r);
          if (pageVisible) {
            found++;
            JsonNode hit = r.get("hits").get(0);
            assertEquals("mixed/" + m.id(), hit.get("id").asText());
            assertEquals(visible.size(), hit.get("pageCount").asInt(), what + ": " + hit);
            assertEquals(List.of(p.number()), pageNumbers(hit), what + ": " + hit);
          }
        }
        // a word on every page: the hit lists exactly the visible pages, in page order
        JsonNode every = get(cloud, "/api/search?q=" + enc("свидетеля") + "&size=20", c.token());
        for (JsonNode hit : every.get("hits")) if (hit.get("id").asText().equals("mixed/" + m.id())) assertEquals(visible, pageNumbers(hit), c.name() + ": " + hit);
      }
    }
    assertTrue(found >= 7, found + " visible pages found");
  }

  /**
   * Issue 17, item 4: a search takes at most two rounds of shard requests — the statistics round
   * (collection-wide term statistics, so scores are those of one index) and one round that returns
   * the top hits with their fields, matching pages and facet counts ({@code distrib.singlePass});
   * an unscored one takes one. Counted from the shards' own request counters, on every node;
   * each count is the least of three tries, since the server asks the collection for its facet
   * dimensions and fields every 10 s, which is not a cost of a search.
   */
  @Test
  @Order(4)
  void aSearchTakesAtMostTwoRoundsOfShardRequests() throws Exception {
    Map<String, Integer> rounds = new LinkedHashMap<>();
    for (String q :
        List.of("q=Жумабаев", "q=протокол допроса", "q=\"тройки НКВД\"", "q=Жумабаев&facets=true&f.language=ru", "q=реабилит*", "q=Жумабаев&syntax=lucene",
            "q=&facets=true", "q=&sort=-date", "q=Жумабаев&sort=date")) {
      for (Caller c : List.of(CALLERS.get(0), CALLERS.get(1))) rounds.put(c.name() + " " + q, rounds("/api/search?" + params(q), c.token()));
    }
    StringBuilder report = new StringBuilder("rounds of shard requests per search (SolrCloud, " + SHARDS + " shards):\n");
    rounds.forEach((q, n) -> report.append(n).append("  ").append(q).append('\n'));
    // not searches, for the record: a completion, and a search that finds nothing (did-you-mean)
    report.append("besides searches:\n");
    report.append(rounds("/api/suggest?q=" + enc("жума"), null)).append("  completions of жума\n");
    report.append(rounds("/api/search?q=" + enc("Жумвбаеф"), null)).append("  q=Жумвбаеф (no hits: the search, close words, their visible counts)\n");
    System.out.print(report);
    Files.writeString(Path.of("target", "solrcloud-rounds.txt"), report.toString());
    for (Map.Entry<String, Integer> r : rounds.entrySet()) assertTrue(r.getValue() >= 1 && r.getValue() <= 2, r.getKey() + ": " + r.getValue() + " rounds\n" + report);
    assertEquals(2, rounds.get("anonymous q=Жумабаев"), report.toString());
    assertEquals(1, rounds.get("anonymous q=&sort=-date"), "no statistics round without scores\n" + report);
  }

  /**
   * Rounds of shard requests an API request makes, the least of three undisturbed tries (see
   * above). A round asks every shard once, so a try whose count is not a multiple of the shards had
   * a request of the server's own (its periodic look at the index) land inside it, and is tried
   * again rather than counted.
   */
  static int rounds(String path, String token) throws Exception {
    get(cloud, path, token);
    int least = Integer.MAX_VALUE, clean = 0;
    List<Long> disturbed = new ArrayList<>();
    for (int i = 0; i < 10 && clean < 3; i++) {
      long before = shardRequests();
      get(cloud, path, token);
      long requests = shardRequests() - before;
      if (requests % SHARDS != 0) {
        disturbed.add(requests);
        continue;
      }
      clean++;
      least = Math.min(least, (int) (requests / SHARDS));
    }
    assertTrue(clean > 0, "every round asks every shard once, but every try counted a partial round: " + disturbed);
    return least;
  }

  @Test
  @Order(5)
  void cursorsPageThroughTheSameResults() throws Exception {
    for (String q : List.of("q=Жумабаев", "q=реабилитация OR ақталды OR Жумабаев", "q=Жумабаев&syntax=lucene", "q=&sort=date", "q=&sort=-date", "q=&sort=id")) {
      for (Caller c : CALLERS) {
        List<String> e = page(embedded, q, c.token()), s = page(cloud, q, c.token());
        assertEquals(e, s, c.name() + " " + q);
        assertEquals(s.size(), new HashSet<>(s).size(), "no hit twice: " + s);
        assertTrue(s.size() >= 5, q);
      }
    }
  }

  @Test
  @Order(6)
  void pageImagesComeAlikeAndBadRequestsAreRefusedAlike() throws Exception {
    HttpResponse<byte[]> ei = raw(embedded, "/api/documents/rec-01-protocol.tif/pages/2/image", null);
    HttpResponse<byte[]> si = raw(cloud, "/api/documents/rec-01-protocol.tif/pages/2/image", null);
    assertEquals(200, si.statusCode());
    assertArrayEquals(ei.body(), si.body());
    // closed documents and pages are not shown, whoever asks without a token
    assertEquals(404, raw(cloud, "/api/documents/rec-09-zakliuchenie.pdf", null).statusCode());
    assertEquals(404, raw(cloud, "/api/documents/rec-11-anketa-kz.png/pages/1/image", null).statusCode());
    assertEquals(404, raw(cloud, "/api/documents/mixed/mixed.pdf/pages/1/image", RESTRICTED_TOKEN).statusCode());
    assertEquals(200, raw(cloud, "/api/documents/mixed/mixed.pdf/pages/3/image", RESTRICTED_TOKEN).statusCode());
    for (String q : List.of("q=" + enc("a:[") + "&syntax=lucene", "q=" + enc("access:public") + "&syntax=lucene", "q=" + enc("*ба"))) {
      HttpResponse<byte[]> e = raw(embedded, "/api/search?" + q, null), s = raw(cloud, "/api/search?" + q, null);
      assertEquals(400, s.statusCode(), q);
      assertEquals(new String(e.body(), StandardCharsets.UTF_8), new String(s.body(), StandardCharsets.UTF_8), q);
    }
  }

  /**
   * A file sent again replaces its whole nested block (no page of the old version stays), a file
   * that is gone takes all its pages with it, and an administrator's delete does the same.
   *
   * <p>Answers are compared here apart from their scores ({@link #differenceApartFromScores}):
   * replaced and deleted entries stay in Lucene's term statistics until their segment is merged
   * away or dropped whole, and which segments the embedded index (two workers, commits by time)
   * and the two shards (updates in batches) hold differs from run to run, so the scores of both
   * may drift apart by those statistics until a merge or a rebuild (after which, in the next test,
   * they are compared with their scores again).
   */
  @Test
  @Order(7)
  void changedAndRemovedFilesReplaceAndRemoveWholeBlocks() throws Exception {
    JsonNode before = get(cloud, "/api/admin/status", ADMIN_TOKEN);
    // mixed.pdf shrinks from 4 pages to 2; part-mixed.pdf (3 pages) is removed
    kz.muragat.scangen.ScanGenerator gen =
        new kz.muragat.scangen.ScanGenerator(new kz.muragat.scangen.ScanOptions(5, 100, kz.muragat.scangen.Degradation.CLEAN, null, null));
    List<kz.muragat.scangen.RenderedPage> pages = new ArrayList<>();
    for (String w : List.of("Тургайского", "Павлодарского")) pages.add(gen.render(w, "Новая редакция. Уроженец " + w + " уезда.").pages().get(0));
    kz.muragat.scangen.ScanWriter.writeTextPdf(new kz.muragat.scangen.RenderedDocument("Дело", pages), docs.resolve("mixed/mixed.pdf"));
    Files.delete(docs.resolve("mixed/part-mixed.pdf"));
    try (Indexer indexer = new Indexer(options)) {
      indexer.index(docs, Progress.NONE);
    }
    IndexReport r;
    try (Indexer indexer = new Indexer(options, SolrIndex.opener(solr.solrUrls(), COLLECTION))) {
      r = indexer.index(docs, Progress.NONE);
    }
    assertEquals(1, r.indexed(), r.toString());
    assertEquals(1, r.removed(), r.toString());
    embedded.reload();
    JsonNode after = get(cloud, "/api/admin/status", ADMIN_TOKEN);
    assertEquals(before.get("documents").asInt() - 1, after.get("documents").asInt(), after.toString());
    assertEquals(before.get("pages").asInt() - 2 - 3, after.get("pages").asInt(), "4 pages became 2, 3 went: " + after);
    assertEquals(get(embedded, "/api/admin/status", ADMIN_TOKEN), after);
    for (String w : List.of("Мангышлакского", "Кокчетавского", "Актюбинского", "Гурьевского", "Новая")) {
      String path = "/api/search?q=" + enc(w);
      assertEquals(null, differenceApartFromScores(get(embedded, path, ADMIN_TOKEN), get(cloud, path, ADMIN_TOKEN)), w);
    }
    assertEquals(0, get(cloud, "/api/search?q=" + enc("Мангышлакского"), ADMIN_TOKEN).get("total").asInt(), "the old version's pages are gone");
    assertEquals(1, get(cloud, "/api/search?q=" + enc("Новая редакция"), ADMIN_TOKEN).get("total").asInt(), "the new version's pages are found");
    // an administrator removes a document: its block goes, pages and all
    for (MuragatServer s : List.of(embedded, cloud)) assertEquals(200, call(s, "DELETE", "/api/admin/documents/rec-01-protocol.tif", ADMIN_TOKEN).statusCode());
    JsonNode deleted = get(cloud, "/api/admin/status", ADMIN_TOKEN);
    assertEquals(after.get("pages").asInt() - 2, deleted.get("pages").asInt(), "rec-01 had 2 pages: " + deleted);
    assertEquals(get(embedded, "/api/admin/status", ADMIN_TOKEN), deleted);
    assertEquals(404, call(cloud, "DELETE", "/api/admin/documents/rec-01-protocol.tif", ADMIN_TOKEN).statusCode(), "already gone");
    String path = "/api/search?" + params("q=Жумабаев&facets=true");
    assertEquals(null, differenceApartFromScores(get(embedded, path, null), get(cloud, path, null)));
  }

  @Test
  @Order(8)
  void reindexFromTheCacheRebuildsTheCollection() throws Exception {
    // both rebuilt from the same cache and catalog (the administrator's delete is undone alike)
    IndexReport e = new Reindexer(IndexerOptions.defaults(data).withWorkers(2)).reindex(Progress.NONE);
    IndexReport r = new Reindexer(IndexerOptions.defaults(data).withWorkers(2), SolrIndex.opener(solr.solrUrls(), COLLECTION)).reindex(Progress.NONE);
    assertEquals(e.indexed(), r.indexed(), r.toString());
    assertEquals(13, r.indexed(), r.toString());
    embedded.reload();
    assertEquals(get(embedded, "/api/admin/status", ADMIN_TOKEN), get(cloud, "/api/admin/status", ADMIN_TOKEN));
    for (String q : List.of("q=Жумабаев", "q=ақталды&syntax=lucene&facets=true", "q=&sort=date", "q=протокол допроса")) {
      String path = "/api/search?" + params(q);
      for (Caller c : CALLERS) assertEquals(null, difference(get(embedded, path, c.token()), get(cloud, path, c.token())), c.name() + " " + q);
    }
  }

  @Test
  @Order(9)
  void searchGoesOnWhenANodeStops() throws Exception {
    // node 1 holds a replica of every shard, so stopping node 0 (also the first URL the server has)
    // leaves the whole collection on node 1
    String node1 = solr.nodeUrls().get(1);
    Set<String> shardsOnNode1 = new HashSet<>();
    for (String r : solr.replicas()) if (r.split(" ")[1].equals(node1)) shardsOnNode1.add(r.split(" ")[0]);
    assertEquals(Set.of("shard1", "shard2"), shardsOnNode1, solr.replicas().toString());
    solr.stopNode(0);
    for (String q : List.of("q=Жумабаев", "q=ақталды&syntax=lucene&facets=true", "q=Baitursynuly", "q=&sort=-date")) {
      String path = "/api/search?" + params(q);
      assertEquals(null, difference(get(embedded, path, null), get(cloud, path, null)), q);
    }
    assertEquals(
        ownAddressOut(embedded, call(embedded, "/api/documents/rec-03-spravka.jpg", null).body()),
        ownAddressOut(cloud, call(cloud, "/api/documents/rec-03-spravka.jpg", null).body()));
    assertTrue(solr.replicas().stream().anyMatch(r -> r.startsWith("shard1 " + node1) && r.endsWith("active")), solr.replicas().toString());
  }

  // ---- helpers ----

  /**
   * Where two search answers differ, or null when they agree: everything but the time taken and
   * the cursor (whose form is the engine's) equal; hits in the same order with the same fields and
   * scores (to 1e-5 of a score), except that hits whose scores are that close may come in either
   * order.
   */
  static String difference(JsonNode e, JsonNode s) {
    ObjectNode er = e.deepCopy(), sr = s.deepCopy();
    for (ObjectNode r : List.of(er, sr)) {
      r.remove("took_ms");
      r.remove("next_cursor");
    }
    JsonNode eh = er.remove("hits"), sh = sr.remove("hits");
    if (!er.equals(sr)) return "\n  embedded: " + er + "\n  solrcloud: " + sr;
    return hitsDifference(eh, sh);
  }

  /** Where two lists of hits differ (see {@link #difference}), or null when they agree. */
  static String hitsDifference(JsonNode eh, JsonNode sh) {
    if (eh.size() != sh.size()) return "hits: " + eh.size() + " vs " + sh.size() + "\n  embedded: " + eh + "\n  solrcloud: " + sh;
    for (int i = 0; i < eh.size(); ) {
      // a run of hits tied to 1e-5 on the embedded side may come in any order on the other
      int end = i + 1;
      while (end < eh.size() && close(eh.get(end - 1).get("score").asDouble(), eh.get(end).get("score").asDouble())) end++;
      Map<String, JsonNode> expected = new LinkedHashMap<>();
      for (int k = i; k < end; k++) expected.put(eh.get(k).get("id").asText(), eh.get(k));
      for (int k = i; k < end; k++) {
        JsonNode got = sh.get(k), want = expected.remove(got.get("id").asText());
        if (want == null) return "hit " + k + " is " + got.get("id") + "\n  embedded: " + eh + "\n  solrcloud: " + sh;
        if (!close(want.get("score").asDouble(), got.get("score").asDouble())) return "score of " + got.get("id") + ": " + want.get("score") + " vs " + got.get("score");
        ObjectNode w = want.deepCopy(), g = got.deepCopy();
        w.remove("score");
        g.remove("score");
        if (!w.equals(g)) return "hit " + k + "\n  embedded: " + w + "\n  solrcloud: " + g;
      }
      i = end;
    }
    return null;
  }

  /**
   * Where two search answers differ apart from their hits' scores and so their order, or null:
   * the same hits (each with the same fields and pages), totals, facets and did-you-mean.
   */
  static String differenceApartFromScores(JsonNode e, JsonNode s) {
    ObjectNode er = e.deepCopy(), sr = s.deepCopy();
    for (ObjectNode r : List.of(er, sr)) {
      r.remove("took_ms");
      r.remove("next_cursor");
      List<JsonNode> hits = new ArrayList<>();
      for (JsonNode h : r.get("hits")) hits.add(((ObjectNode) h).without("score"));
      hits.sort(java.util.Comparator.comparing(h -> h.get("id").asText()));
      r.putArray("hits").addAll(hits);
    }
    return er.equals(sr) ? null : "\n  embedded: " + er + "\n  solrcloud: " + sr;
  }

  static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-5 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  static List<Integer> pageNumbers(JsonNode hit) {
    List<Integer> out = new ArrayList<>();
    for (JsonNode p : hit.get("pages")) out.add(p.get("number").asInt());
    return out;
  }

  /** Shard requests (to any search handler, with {@code isShard=true}) all cores of all nodes have answered. */
  static long shardRequests() throws Exception {
    long n = 0;
    for (String node : solr.nodeUrls().values()) {
      JsonNode metrics = json.readTree(http.send(
          HttpRequest.newBuilder(URI.create(node + "/admin/metrics?group=core&prefix=QUERY.&wt=json")).build(), HttpResponse.BodyHandlers.ofString()).body());
      assertTrue(metrics.has("metrics"), metrics.toString());
      for (JsonNode core : metrics.get("metrics")) {
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) core::fields) if (e.getKey().endsWith("[shard].requests")) n += e.getValue().asLong();
      }
    }
    return n;
  }

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

  static HttpResponse<byte[]> raw(MuragatServer server, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static HttpResponse<String> call(MuragatServer server, String path, String token) throws Exception {
    return call(server, "GET", path, token);
  }

  static HttpResponse<String> call(MuragatServer server, String method, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** An answer with the server's own address (in links such as iiif_manifest) put out: the two servers listen on different ports. */
  static String ownAddressOut(MuragatServer server, String body) {
    return body.replace("http://127.0.0.1:" + server.port(), "http://muragat");
  }

  static JsonNode get(MuragatServer server, String path, String token) throws Exception {
    HttpResponse<String> r = call(server, path, token);
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return json.readTree(r.body());
  }

  /** Every hit, two per page, following next_cursor. */
  static List<String> page(MuragatServer server, String q, String token) throws Exception {
    List<String> out = new ArrayList<>();
    String cursor = null;
    for (int pages = 0; pages < 30; pages++) {
      JsonNode r = get(server, "/api/search?" + params(q) + "&size=2" + (cursor == null ? "" : "&cursor=" + cursor), token);
      for (JsonNode h : r.get("hits")) out.add(h.get("id").asText());
      cursor = r.hasNonNull("next_cursor") ? r.get("next_cursor").asText() : null;
      if (cursor == null) return out;
    }
    throw new AssertionError("cursor paging did not end: " + out);
  }
}
