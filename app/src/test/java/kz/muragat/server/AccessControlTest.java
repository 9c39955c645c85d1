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
import java.util.Locale;
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
    StringBuilder manifest = new StringBuilder("file,title,date,doc_type,access,page_access\n");
    for (var e : DOCS.entrySet()) {
      String[] d = e.getValue();
      Files.writeString(docs.resolve(d[0]), "Архивный документ. Уроженец " + d[1] + " уезда, учитель.", StandardCharsets.UTF_8);
      manifest.append(d[0]).append(",Документ ").append(d[2]).append(",1937,").append(d[2]).append(',').append(e.getKey()).append(",\n");
    }
    writeMixedDocuments(docs, manifest);
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
    String lower = bodies.toLowerCase(Locale.ROOT);
    return lower.contains(doc[1].toLowerCase(Locale.ROOT).substring(0, 8)) || bodies.contains(doc[0] + "\"") || bodies.contains(doc[0] + ",") || bodies.contains(doc[2]);
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
    assertEquals(3 + MIXED.size(), json.readTree(status.body()).get("documents").asInt(), status.body());
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

  // ---------------------------------------------------------------- pages with their own levels

  /** One page of a mixed document: its number, the level it needs beyond the document's, its unique word. */
  record MixedPage(int number, String level, String word) {}

  /** A document whose pages have levels of their own: id, document level, doc_type, pages. */
  record Mixed(String id, String level, String docType, List<MixedPage> pages) {}

  /**
   * A public PDF whose pages 1 and 4 are closed and page 3 restricted (levels in a {@code
   * .meta.json} sidecar, object form), and a restricted PDF whose pages 2-3 are closed (manifest
   * column {@code page_access}, range form). Each page holds a word found nowhere else.
   */
  static final List<Mixed> MIXED =
      List.of(
          new Mixed("mixed.pdf", "public", "mixed_case",
              List.of(new MixedPage(1, "closed", "Тургайского"), new MixedPage(2, "public", "Павлодарского"),
                  new MixedPage(3, "restricted", "Кокчетавского"), new MixedPage(4, "closed", "Мангышлакского"))),
          new Mixed("part-mixed.pdf", "restricted", "partly_closed",
              List.of(new MixedPage(1, "restricted", "Актюбинского"), new MixedPage(2, "closed", "Гурьевского"),
                  new MixedPage(3, "closed", "Семиреченского"))));

  static void writeMixedDocuments(Path docs, StringBuilder manifest) throws Exception {
    kz.muragat.scangen.ScanGenerator gen =
        new kz.muragat.scangen.ScanGenerator(new kz.muragat.scangen.ScanOptions(5, 100, kz.muragat.scangen.Degradation.CLEAN, null, null));
    for (Mixed m : MIXED) {
      List<kz.muragat.scangen.RenderedPage> pages = new java.util.ArrayList<>();
      for (MixedPage p : m.pages()) {
        pages.add(gen.render("p" + p.number(), "Лист " + p.number() + ". Уроженец " + p.word() + " уезда, запись о допросе свидетеля.").pages().get(0));
      }
      kz.muragat.scangen.ScanWriter.writeTextPdf(new kz.muragat.scangen.RenderedDocument("Дело", pages), docs.resolve(m.id()));
    }
    Files.writeString(docs.resolve("mixed.pdf.meta.json"), "{\"page_access\": {\"1\": \"closed\", \"3\": \"restricted\", \"4\": \"closed\"}}");
    manifest.append("mixed.pdf,Смешанное дело,1938,mixed_case,public,\n");
    manifest.append("part-mixed.pdf,Частично закрытое дело,1939,partly_closed,restricted,2-3=closed\n");
  }

  /** Callers: anonymous, a researcher with a "restricted" token, an administrator. */
  static final Map<String, java.util.Set<String>> CALLERS =
      Map.of("anonymous", java.util.Set.of("public"), "restricted", java.util.Set.of("public", "restricted"), "admin",
          java.util.Set.of("public", "restricted", "closed"));

  static String tokenOf(String caller) {
    return switch (caller) {
      case "restricted" -> RESTRICTED_TOKEN;
      case "admin" -> ADMIN_TOKEN;
      default -> null;
    };
  }

  static String prefix8(String word) {
    return word.toLowerCase(Locale.ROOT).substring(0, 8);
  }

  /**
   * Every endpoint — search (simple, lucene, did-you-mean, facets), suggestions, exports, the
   * document view, page images, hit boxes, IIIF manifest, Image API, Content Search 2 and 1,
   * OpenSearch suggestions — for every page of the mixed documents, as every caller. A page's word
   * appears in some answer exactly when the caller may see that page; nothing else gives it away.
   * IIIF serves public material only, whatever the token.
   */
  @Test
  void pagesWithTheirOwnLevelsLeakNowhere() throws Exception {
    for (String caller : CALLERS.keySet()) {
      java.util.Set<String> levels = CALLERS.get(caller);
      String token = tokenOf(caller);
      StringBuilder all = new StringBuilder();
      for (Mixed m : MIXED) {
        boolean docVisible = levels.contains(m.level());
        int visiblePages = 0;
        for (MixedPage p : m.pages()) if (docVisible && levels.contains(p.level())) visiblePages++;
        String key = kz.muragat.server.iiif.IiifIds.key(m.id());
        for (MixedPage p : m.pages()) {
          boolean visible = docVisible && levels.contains(p.level());
          boolean publicly = m.level().equals("public") && p.level().equals("public");
          String w = p.word();
          String what = caller + " / " + m.id() + " page " + p.number() + " (" + p.level() + ")";
          // search: a hit with that page and a marked snippet, or nothing at all
          JsonNode r = probeJson("/api/search?q=" + q(w), token, 200, what);
          assertEquals(visible ? 1 : 0, r.get("total").asInt(), what + ": " + r);
          if (visible) {
            JsonNode hit = r.get("hits").get(0);
            assertEquals(m.id(), hit.get("id").asText());
            assertEquals(visiblePages, hit.get("pageCount").asInt(), what + ": " + hit);
            assertEquals(p.number(), hit.get("pages").get(0).get("number").asInt(), what + ": " + hit);
            assertTrue(hit.get("pages").get(0).get("snippet").asText().contains("<mark>"), hit.toString());
          }
          JsonNode lucene = probeJson("/api/search?syntax=lucene&q=" + q(w), token, 200, what);
          assertEquals(visible ? 1 : 0, lucene.get("total").asInt(), what + ": " + lucene);
          JsonNode dym = probeJson("/api/search?q=" + q(w.substring(0, w.length() - 2) + "хх"), token, 200, what);
          // a two-letter slip: found loosely, or corrected by did-you-mean — only when visible
          boolean corrected = dym.get("total").asInt() > 0 || dym.has("did_you_mean") && dym.get("did_you_mean").asText().toLowerCase(Locale.ROOT).startsWith(prefix8(w));
          assertEquals(visible, corrected, what + ": " + dym);
          JsonNode sug = probeJson("/api/suggest?q=" + q(w.substring(0, 6)), token, 200, what);
          assertEquals(visible, sug.toString().toLowerCase(Locale.ROOT).contains(prefix8(w)), what + ": " + sug);
          String csv = probe("/api/export?format=csv&q=" + q(w), token, 200, what);
          assertEquals(visible, csv.contains(m.id()), what + ": " + csv);
          String jsonExport = probe("/api/export?format=json&q=" + q(w), token, 200, what);
          assertEquals(visible, jsonExport.contains(m.id()), what + ": " + jsonExport);
          // the document view lists exactly the visible pages
          HttpResponse<String> doc = call(server, "GET", "/api/documents/" + m.id(), token);
          probes++;
          assertEquals(docVisible ? 200 : 404, doc.statusCode(), what + ": " + doc.body());
          if (docVisible) {
            JsonNode d = json.readTree(doc.body());
            assertEquals(visiblePages, d.get("pageCount").asInt(), what);
            boolean listed = false;
            for (JsonNode pg : d.get("pages")) listed |= pg.get("number").asInt() == p.number();
            assertEquals(visible, listed, what + ": " + doc.body());
          }
          all.append(doc.body());
          // the page image and the hit boxes: there, or answered like a page that does not exist
          HttpResponse<String> image = call(server, "GET", "/api/documents/" + m.id() + "/pages/" + p.number() + "/image", token);
          probes++;
          assertEquals(visible ? 200 : 404, image.statusCode(), what);
          JsonNode boxes = probeJson("/api/documents/" + m.id() + "/pages/" + p.number() + "/hits?q=" + q(w), token, visible ? 200 : 404, what);
          if (visible) assertTrue(boxes.get("boxes").size() >= 1, what + ": " + boxes);
          else if (docVisible) assertEquals("document '" + m.id() + "' has no page " + p.number(), boxes.get("error").asText(), "the same answer as for a page that does not exist");
          else assertEquals("no document with id '" + m.id() + "'", boxes.get("error").asText(), "the same answer as for a document that does not exist");
          // IIIF: public material only
          HttpResponse<String> manifest = call(server, "GET", "/iiif/" + key + "/manifest", token);
          probes++;
          assertEquals(m.level().equals("public") ? 200 : 404, manifest.statusCode(), what);
          assertEquals(publicly, manifest.body().contains("/canvas/p" + p.number() + "\""), what + ": " + manifest.body());
          String image3 = "/iiif/image/" + kz.muragat.server.iiif.IiifIds.imageId(m.id(), p.number());
          HttpResponse<String> info = call(server, "GET", image3 + "/info.json", token);
          probes++;
          assertEquals(publicly ? 200 : 404, info.statusCode(), what + ": " + info.body());
          HttpResponse<String> pixels = call(server, "GET", image3 + "/full/max/0/default.jpg", token);
          probes++;
          assertEquals(publicly ? 200 : 404, pixels.statusCode(), what);
          for (String svc : List.of("search", "search1")) {
            HttpResponse<String> found = call(server, "GET", "/iiif/" + key + "/" + svc + "?q=" + q(w), token);
            probes++;
            assertEquals(m.level().equals("public") ? 200 : 404, found.statusCode(), what + ": " + found.body());
            assertEquals(publicly, found.body().contains("/canvas/p" + p.number() + "#xywh"), what + ": " + found.body());
            all.append(found.body());
          }
          HttpResponse<String> os = call(server, "GET", "/opensearch/suggest?q=" + q(w.substring(0, 6)), token);
          probes++;
          assertEquals(publicly, os.body().toLowerCase(Locale.ROOT).contains(prefix8(w)), what + ": " + os.body());
          all.append(r).append(lucene).append(dym).append(sug).append(csv).append(jsonExport).append(boxes).append(manifest.body()).append(os.body());
        }
        // a listing and the facets count the document once, with the same metadata for everyone who may see it
        JsonNode list = probeJson("/api/search?q=&size=50&f.doc_type=" + m.docType(), token, 200, caller);
        assertEquals(docVisible ? 1 : 0, list.get("total").asInt(), caller + " " + m.id() + ": " + list);
        all.append(list);
      }
      // nothing of a page the caller may not see is in any answer
      String bodies = all.toString().toLowerCase(Locale.ROOT);
      for (Mixed m : MIXED) {
        for (MixedPage p : m.pages()) {
          boolean visible = levels.contains(m.level()) && levels.contains(p.level());
          if (!visible) assertFalse(bodies.contains(prefix8(p.word())), caller + " saw " + p.word() + " of " + m.id());
        }
      }
    }
    // the fields that say who may see what cannot be queried
    for (String field : List.of("access_page:closed", "page_access:closed", "access:closed", "kind:doc", "sha256:0*", "meta_json:x")) {
      JsonNode e = probeJson("/api/search?syntax=lucene&q=" + q(field), null, 400, field);
      assertTrue(e.get("error").asText().contains("cannot be searched"), e.toString());
    }
  }

  static String probe(String path, String token, int status, String what) throws Exception {
    HttpResponse<String> r = call(server, "GET", path, token);
    probes++;
    assertEquals(status, r.statusCode(), what + ": " + path + " -> " + r.body());
    return r.body();
  }

  static JsonNode probeJson(String path, String token, int status, String what) throws Exception {
    return json.readTree(probe(path, token, status, what));
  }
}
