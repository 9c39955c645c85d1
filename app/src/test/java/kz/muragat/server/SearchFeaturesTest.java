package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facets, filters, date ranges, sorting, cursors, export, suggestions and OCR tolerance, over a
 * real index of text documents with a metadata manifest (text files: no OCR, so it stays fast).
 */
class SearchFeaturesTest {
  @TempDir static Path tmp;
  static MuragatServer server;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    write(docs, "p1.txt", "Протокол допроса обвиняемого Жумабаева Касыма, учителя. Дело прекращено.");
    write(docs, "p2.txt", "Протокол допроса свидетеля Оспанова Тураба о Жумабаеве.");
    write(docs, "r1.txt", "Справка о реабилитации. Жумабаев Касым реабилитирован посмертно.");
    write(docs, "k1.txt", "Анықтама. Жұмабайұлы Қасым 1958 жылы ақталды.");
    write(docs, "ocr.txt", "Заявление гражданки Жумабаеьой о пересмотре дела мужа."); // OCR slip: ь for в
    write(docs, "undated.txt", "Опись документов фонда. Учителя школы.");
    write(docs, "closed.txt", "Секретное донесение агента Шапиро о Жумабаеве. Криптограмма.");
    Files.writeString(docs.resolve("manifest.csv"), String.join("\n",
        "file,title,date,archive,fond,language,doc_type,access",
        "p1.txt,Протокол допроса Жумабаева К.,1937-11-12,ЦГА РК,1,ru,protocol,public",
        "p2.txt,Протокол допроса Оспанова Т.,1937-11-20,ЦГА РК,1,ru,protocol,public",
        "r1.txt,Справка о реабилитации,1958-10-14,ЦГА РК,2,ru,certificate,public",
        "k1.txt,Анықтама,1989,ЦГА РК,2,kk,certificate,public",
        "ocr.txt,Заявление,1956-05,АП РК,3,ru,petition,public",
        "undated.txt,Опись,,АП РК,3,ru,inventory,public",
        "closed.txt,Донесение,1938,ЦГА РК,1,ru,report,closed",
        ""), StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data))) {
      indexer.index(docs, Progress.NONE);
    }
    server = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0)).start();
  }

  static void write(Path dir, String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static JsonNode get(String path) throws Exception {
    return ApiJson.ok(server, path);
  }

  static String raw(String path) throws Exception {
    HttpResponse<String> r =
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return r.body();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<String> ids(JsonNode r) {
    List<String> ids = new ArrayList<>();
    r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  static long count(JsonNode facets, String dim, String value) {
    JsonNode values = facets.get(dim);
    if (values == null) return 0;
    for (JsonNode v : values) if (v.get("value").asText().equals(value)) return v.get("count").asLong();
    return 0;
  }

  @Test
  void facetsCountTheMatchingDocumentsAndFiltersNarrowThem() throws Exception {
    JsonNode all = get("/api/search?q=&size=20");
    assertEquals(6, all.get("total").asInt(), "the closed document is not counted");
    JsonNode f = all.get("facets");
    assertEquals(2, count(f, "doc_type", "protocol"));
    assertEquals(2, count(f, "doc_type", "certificate"));
    assertEquals(2, count(f, "year", "1937"));
    assertEquals(1, count(f, "language", "kk"));
    assertEquals(0, count(f, "doc_type", "report"), "closed material leaks no facet count");
    assertNull(f.get("access"), "access levels are not a public facet");

    JsonNode protocols = get("/api/search?q=&f.doc_type=protocol");
    assertEquals(Set.of("p1.txt", "p2.txt"), new HashSet<>(ids(protocols)));
    // the chosen facet still shows its other values, so a researcher can widen the choice
    assertEquals(2, count(protocols.get("facets"), "doc_type", "certificate"));
    assertEquals(2, count(protocols.get("facets"), "year", "1937"));
    assertEquals(0, count(protocols.get("facets"), "year", "1958"), "other facets are narrowed");

    JsonNode either = get("/api/search?q=&f.doc_type=protocol&f.doc_type=petition&f.fond=3");
    assertEquals(List.of("ocr.txt"), ids(either), "values of one facet are alternatives, facets are all required");
  }

  @Test
  void dateRangesMatchOverlappingDatesAndSortByDatePutsUndatedLast() throws Exception {
    JsonNode fifties = get("/api/search?q=&date_from=1950&date_to=1960&sort=date");
    assertEquals(List.of("ocr.txt", "r1.txt"), ids(fifties));
    JsonNode month = get("/api/search?q=&date_from=1956-05-20&date_to=1956-05-21");
    assertEquals(List.of("ocr.txt"), ids(month), "a month-precise date overlaps a day inside it");
    JsonNode asc = get("/api/search?q=&sort=date&size=20");
    List<String> order = ids(asc);
    assertEquals("p1.txt", order.get(0));
    assertEquals("undated.txt", order.get(order.size() - 1));
    JsonNode desc = get("/api/search?q=&sort=-date&size=20");
    assertEquals("k1.txt", ids(desc).get(0));
  }

  @Test
  void cursorsPageThroughEveryResultOnce() throws Exception {
    JsonNode whole = get("/api/search?q=" + q("Жумабаев") + "&size=50");
    List<String> expected = ids(whole);
    assertTrue(expected.size() >= 4, expected.toString());
    List<String> paged = new ArrayList<>();
    String cursor = null;
    int guard = 0;
    do {
      JsonNode page = get("/api/search?q=" + q("Жумабаев") + "&size=2" + (cursor == null ? "" : "&cursor=" + cursor));
      paged.addAll(ids(page));
      cursor = page.has("next_cursor") ? page.get("next_cursor").asText() : null;
    } while (cursor != null && ++guard < 20);
    assertEquals(expected, paged);
  }

  @Test
  void exportHoldsTheWholeResultListAsCsvAndJson() throws Exception {
    JsonNode whole = get("/api/search?q=" + q("Жумабаев") + "&size=50");
    String csv = raw("/api/export?format=csv&q=" + q("Жумабаев"));
    String[] lines = csv.strip().split("\n");
    assertTrue(lines[0].contains("id,title,date,citation"), lines[0]);
    assertEquals(whole.get("total").asInt() + 1, lines.length, csv);
    assertTrue(csv.contains("ЦГА РК, ф. 1"), csv);
    JsonNode arr = json.readTree(raw("/api/export?format=json&q=" + q("Жумабаев")));
    assertEquals(whole.get("total").asInt(), arr.size());
    assertEquals(ids(whole).get(0), arr.get(0).get("id").asText());
  }

  /** Regression (issue 19, item 1): a citation finds the documents whose metadata carry it, and says so. */
  @Test
  void anArchivalCitationFindsTheDocumentsItDescribes() throws Exception {
    for (String cited : List.of("ф. 1", "фонд 1", "қор 1", "fond 1")) {
      JsonNode r = get("/api/search?q=" + q(cited) + "&size=20");
      assertEquals(Set.of("p1.txt", "p2.txt"), new HashSet<>(ids(r)), cited + ": the public documents of fonds 1: " + r);
      r.get("hits").forEach(h -> assertTrue(h.path("citation_matched").asBoolean(), cited + ": " + h));
    }
    // with words: the documents of the fonds that also hold the words
    assertEquals(List.of("p2.txt"), ids(get("/api/search?q=" + q("ф. 1 Оспанова"))));
    // a citation the metadata do not carry finds nothing of them
    assertEquals(0, get("/api/search?q=" + q("ф. 9")).get("total").asInt());
  }

  /** Regression (issue 19, item 1): metadata and facet fields can be named in Lucene syntax; an unknown name is an error naming the known ones. */
  @Test
  void metadataFieldsCanBeNamedInLuceneSyntax() throws Exception {
    assertEquals(Set.of("p1.txt", "p2.txt"), new HashSet<>(ids(get("/api/search?syntax=lucene&q=" + q("fond:1")))));
    assertEquals(Set.of("p1.txt", "p2.txt"), new HashSet<>(ids(get("/api/search?syntax=lucene&q=" + q("doc_type:protocol")))));
    assertEquals(4, get("/api/search?syntax=lucene&q=" + q("archive:\"ЦГА РК\"")).get("total").asInt());
    assertEquals(List.of("k1.txt"), ids(get("/api/search?syntax=lucene&q=" + q("language:kk"))));
    assertEquals(List.of("p2.txt"), ids(get("/api/search?syntax=lucene&q=" + q("fond:1 AND Оспанова"))));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search?syntax=lucene&q=" + q("fondd:1"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("unknown field 'fondd'") && r.body().contains("fond") && r.body().contains("doc_type"), r.body());
    assertFalse(r.body().contains("access"), "private fields are not listed: " + r.body());
  }

  /** Regression (issue 19, item 8): both syntaxes explain a bad query the same way, with a code the page can translate. */
  @Test
  void badQueriesAreExplainedWithAReason() throws Exception {
    record Bad(String syntax, String q, String code) {}
    for (Bad b : List.of(
        new Bad("simple", "*ов", "leading_wildcard"), new Bad("lucene", "*ов", "leading_wildcard"), new Bad("lucene", "протокол AND (допрос", "syntax"),
        new Bad("lucene", "nope:1", "field"), new Bad("lucene", "access:closed", "field"), new Bad("simple", "слово ".repeat(40), "too_many_words"),
        new Bad("simple", "х".repeat(1001), "too_long"))) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + server.port() + "/api/search?syntax=" + b.syntax() + "&q=" + q(b.q()))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, r.statusCode(), b + ": " + r.body());
      JsonNode e = json.readTree(r.body());
      assertEquals(b.code(), e.path("code").asText(), b + ": " + r.body());
      assertFalse(e.get("error").asText().contains("Encountered"), "Lucene's parser text is put in plain words: " + r.body());
    }
  }

  @Test
  void ocrSlipsAreFoundButRankBelowExactMatches() throws Exception {
    JsonNode r = get("/api/search?q=" + q("Жумабаевой") + "&size=20");
    List<String> ids = ids(r);
    assertTrue(ids.contains("ocr.txt"), "one wrong letter is forgiven: " + ids);
    JsonNode exact = get("/api/search?q=" + q("Жумабаева") + "&size=20");
    List<String> ex = ids(exact);
    assertTrue(ex.indexOf("p1.txt") < ex.indexOf("ocr.txt"), "exact before loose: " + ex);
    // short words are never matched loosely
    assertEquals(0, get("/api/search?q=" + q("дала")).get("total").asInt());
  }

  @Test
  void didYouMeanAndCompletionsComeFromVisibleDocumentsOnly() throws Exception {
    JsonNode r = get("/api/search?q=" + q("упишеля"));
    assertEquals(0, r.get("total").asInt());
    assertEquals("учителя", r.get("did_you_mean").asText());
    JsonNode s = get("/api/suggest?q=" + q("Жумаб"));
    List<String> texts = new ArrayList<>();
    s.get("suggestions").forEach(x -> texts.add(x.get("text").asText()));
    assertTrue(texts.contains("Жумабаева"), texts.toString());
    assertTrue(texts.stream().allMatch(t -> t.startsWith("Жумаб")), texts.toString());
    assertFalse(get("/api/suggest?q=" + q("криптогр")).get("suggestions").elements().hasNext(), "a word only in closed documents is never suggested");
    assertFalse(get("/api/suggest?q=" + q("Шапир")).get("suggestions").elements().hasNext());
  }

  @Test
  void closedDocumentsCannotBeFoundOrOpened() throws Exception {
    assertEquals(0, get("/api/search?q=" + q("Криптограмма")).get("total").asInt());
    HttpResponse<String> r =
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents/closed.txt")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, r.statusCode());
    assertNotNull(json.readTree(r.body()).get("error"));
  }
}
