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
import java.util.ArrayList;
import java.util.List;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedDocument;
import kz.muragat.scangen.RenderedPage;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.ScanWriter;
import kz.muragat.server.auth.AccessTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case-file facts over HTTP: a document's facts, the fact facets and their filters, the persons
 * linked across a Russian and a Kazakh record — and a closed page's facts, which anonymous callers
 * never see (not in the document's facts, not in a facet count, not in the persons list).
 */
class FactsApiTest {
  @TempDir static Path tmp;
  static MuragatServer server;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();
  static final String ADMIN_TOKEN = "facts-admin-token";

  static final String OPEN_PAGE = "ВЫПИСКА ИЗ ПРОТОКОЛА Тройки НКВД от 12.11.1937 г. СЛУШАЛИ: дело по обвинению "
      + "Бекенова Мукана Сейтовича, 1899 г.р., уроженца Каркаралинского района, по ст. 58-10 УК РСФСР. "
      + "ПОСТАНОВИЛИ: Бекенова Мукана Сейтовича расстрелять.";
  static final String CLOSED_PAGE = "СПРАВКА. Дело по обвинению Журавлева Петра Ивановича, 1901 г.р., по ст. 58-11 "
      + "УК РСФСР рассмотрено Особым совещанием, приговорен к 8 годам ИТЛ.";
  static final String KAZAKH = "Бекенұлы Мұқан 1899 жылы туған, Қарқаралы ауданында. 1937 жылы ату жазасына кесілген.";

  @BeforeAll
  static void start() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    ScanGenerator gen = new ScanGenerator(new ScanOptions(5, 100, Degradation.CLEAN, null, null));
    List<RenderedPage> pages = new ArrayList<>();
    pages.add(gen.render("p1", OPEN_PAGE).pages().get(0));
    pages.add(gen.render("p2", CLOSED_PAGE).pages().get(0));
    ScanWriter.writeTextPdf(new RenderedDocument("Дело", pages), docs.resolve("case.pdf"));
    Files.writeString(docs.resolve("case.pdf.meta.json"), "{\"page_access\": {\"2\": \"closed\"}}");
    Files.writeString(docs.resolve("note-kk.txt"), KAZAKH, StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data))) {
      indexer.index(docs, Progress.NONE);
    }
    Path tokens = tmp.resolve("tokens.properties");
    Files.writeString(tokens, "sha256:" + AccessTokens.sha256(ADMIN_TOKEN) + " = admin\n");
    server = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0, tokens, 0, 0)).start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static JsonNode get(String path, String token, int status) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (token != null) b.header("Authorization", "Bearer " + token);
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), path + ": " + r.body());
    return json.readTree(r.body());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aDocumentShowsTheFactsOfThePagesTheCallerMaySee() throws Exception {
    JsonNode anonymous = get("/api/documents/case.pdf", null, 200).get("facts");
    assertEquals("[\"58-10\"]", anonymous.get("articles").toString());
    assertEquals("[\"troika\"]", anonymous.get("bodies").toString());
    assertEquals("death", anonymous.at("/sentences/0/kind").asText());
    assertEquals("1937-11-12", anonymous.at("/dates/0/date").asText());
    JsonNode subject = anonymous.at("/persons/0");
    assertTrue(subject.get("name").asText().startsWith("Бекенов"), anonymous.toString());
    assertEquals(1899, subject.get("birth_year").asInt());
    assertEquals("[1]", subject.get("pages").toString());
    assertFalse(anonymous.toString().contains("Журавлев") || anonymous.toString().contains("58-11"), "the closed page: " + anonymous);

    JsonNode admin = get("/api/documents/case.pdf", ADMIN_TOKEN, 200).get("facts");
    assertTrue(admin.get("articles").toString().contains("58-11"), admin.toString());
    assertTrue(admin.toString().contains("Журавлев"), admin.toString());
  }

  @Test
  void factFacetsCountAndFilterOnlyWhatEveryoneWhoSeesTheDocumentMaySee() throws Exception {
    for (String token : new String[] {null, ADMIN_TOKEN}) {
      JsonNode facets = get("/api/search?q=&facets=true", token, 200).get("facets");
      assertTrue(facets.get("article").toString().contains("58-10"), facets.toString());
      assertFalse(facets.toString().contains("58-11") || facets.toString().contains("Журавлев"), "no count of a closed page's fact: " + facets);
      assertTrue(facets.get("sentence").toString().contains("death"), facets.toString());
      assertTrue(facets.get("body").toString().contains("troika"), facets.toString());
    }
    JsonNode filtered = get("/api/search?q=&f.article=58-10", null, 200);
    assertEquals(1, filtered.get("total").asInt(), filtered.toString());
    assertEquals("case.pdf", filtered.at("/hits/0/id").asText());
    assertEquals(0, get("/api/search?q=&f.article=58-11", null, 200).get("total").asInt());
    assertEquals(2, get("/api/search?q=&f.sentence=death", null, 200).get("total").asInt(), "the Kazakh note's ату жазасы too");
  }

  @Test
  void personsAreFoundByAnySpellingAndLinkedAcrossDocuments() throws Exception {
    JsonNode found = get("/api/persons?q=" + q("Бекенұлы"), null, 200);
    assertEquals(1, found.get("total").asInt(), found.toString());
    JsonNode person = found.at("/persons/0");
    assertEquals(1899, person.get("birth_year").asInt());
    assertEquals(2, person.get("documents").size(), "the Russian protocol and the Kazakh note: " + person);
    String id = person.get("person").asText();
    assertEquals(found.get("persons"), get("/api/persons?q=" + q("Бекенов Мукан"), null, 200).get("persons"));
    assertEquals(id, get("/api/persons/" + id, null, 200).get("person").asText());
    assertEquals(id, get("/api/documents/note-kk.txt", null, 200).at("/facts/persons/0/person").asText(),
        "the document's facts carry the same person id");
    assertEquals(id, get("/api/documents/case.pdf", null, 200).at("/facts/persons/0/person").asText());
    assertEquals(400, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/persons?size=1000")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  /**
   * Regression: the persons store is rebuilt when a run ends, the index committed while it runs —
   * a document closed by a run still going must not stay listed through a persons.json of before.
   */
  @Test
  void aDocumentClosedSinceThePersonsWereLinkedHidesItsMentionsAtOnce(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Path data = dir.resolve("data");
    Files.writeString(docs.resolve("note-kk.txt"), KAZAKH, StandardCharsets.UTF_8);
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data))) {
      indexer.index(docs, Progress.NONE);
    }
    Path before = data.resolve("persons.json.before");
    Files.copy(data.resolve(kz.muragat.core.facts.PersonsStore.FILE), before);
    Files.writeString(docs.resolve("note-kk.txt.meta.json"), "{\"access\": \"closed\"}");
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data))) {
      indexer.index(docs, Progress.NONE);
    }
    // as a server sees it while the run is still going: the index closed, the persons of before
    Files.copy(before, data.resolve(kz.muragat.core.facts.PersonsStore.FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (MuragatServer s = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0)).start()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/persons?q=" + q("Бекенұлы"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertEquals(0, json.readTree(r.body()).get("total").asInt(), r.body());
    }
  }

  @Test
  void aPersonNamedOnlyOnAClosedPageIsNotListedToAnonymousCallers() throws Exception {
    assertEquals(0, get("/api/persons?q=" + q("Журавлев"), null, 200).get("total").asInt());
    assertFalse(get("/api/persons", null, 200).toString().contains("Журавлев"));
    JsonNode admin = get("/api/persons?q=" + q("Журавлев"), ADMIN_TOKEN, 200);
    assertEquals(1, admin.get("total").asInt(), admin.toString());
    String id = admin.at("/persons/0/person").asText();
    get("/api/persons/" + id, null, 404);
    assertEquals("[2]", get("/api/persons/" + id, ADMIN_TOKEN, 200).at("/documents/0/pages").toString());
  }
}
