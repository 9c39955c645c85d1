package kz.muragat.server.redteam;

import static kz.muragat.server.redteam.RedTeam.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.muragat.server.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The audit log: who saw which restricted or closed document or page, and every administrator
 * action, as JSON lines in a rolling file. Each probe carries a marker of its own in the query, so
 * its line is found among those of the other tests.
 */
class AuditLogTest extends AttackTest {
  /** The audit lines whose request holds the marker. */
  static List<JsonNode> lines(String marker) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(rt.auditFile, StandardCharsets.UTF_8)) {
      JsonNode n = RedTeam.JSON.readTree(l); // every line is one JSON object
      if (n.get("request").asText().contains(marker)) out.add(n);
    }
    return out;
  }

  static String marker() {
    return "m" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void whoSawWhichRestrictedOrClosedDocumentOrPageIsRecorded() throws Exception {
    String m = marker();
    rt.get(RedTeam.RESTRICTED, "/api/search?q=" + q(RedTeam.RESTRICTED_WORD) + "&x=" + m);
    List<JsonNode> l = lines(m);
    assertEquals(1, l.size(), l.toString());
    JsonNode line = l.get(0);
    assertEquals("researcher", line.get("who").asText());
    assertEquals("127.0.0.1", line.get("client").asText());
    assertEquals("search", line.get("action").asText());
    assertTrue(line.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), line.toString());
    assertEquals("part.txt", line.get("documents").get(0).get("id").asText());
    assertEquals("document", line.get("documents").get(0).get("access").asText());
    assertEquals("[1]", line.get("documents").get(0).get("pages").toString());

    // a public document's page that anonymous callers do not get
    m = marker();
    rt.get(RedTeam.CLOSED, "/api/documents/" + RedTeam.MIXED + "?x=" + m);
    JsonNode doc = lines(m).get(0);
    assertEquals("investigator", doc.get("who").asText());
    assertEquals("document", doc.get("action").asText());
    assertEquals("pages", doc.get("documents").get(0).get("access").asText());
    assertEquals("[1,3,4]", doc.get("documents").get(0).get("pages").toString());

    // page images, hit boxes, exports
    for (String[] probe :
        new String[][] {
          {"/api/documents/" + RedTeam.MIXED + "/pages/4/image?x=", "page_image"},
          {"/api/documents/secret.txt/pages/1/hits?q=" + q(RedTeam.CLOSED_WORD) + "&x=", "hit_boxes"},
          {"/api/export?format=csv&q=" + q(RedTeam.CLOSED_WORD) + "&x=", "export"},
          {"/api/export?format=json&q=" + q(RedTeam.MIXED_PAGES.get(4)[1]) + "&x=", "export"}}) {
      m = marker();
      assertEquals(200, rt.get(RedTeam.ADMIN, probe[0] + m).status());
      List<JsonNode> found = lines(m);
      assertEquals(1, found.size(), probe[0]);
      assertEquals(probe[1], found.get(0).get("action").asText());
      assertEquals("archivist", found.get(0).get("who").asText());
      assertTrue(found.get(0).get("documents").size() == 1, found.toString());
    }
    RedTeam.attack();
  }

  @Test
  void publicMaterialIsNotRecorded() throws Exception {
    String m = marker();
    rt.get(RedTeam.ANONYMOUS, "/api/search?q=" + q("учитель") + "&x=" + m);
    rt.get(RedTeam.RESTRICTED, "/api/search?q=" + q(RedTeam.PUBLIC_WORD) + "&x=" + m);
    rt.get(RedTeam.CLOSED, "/api/documents/open.txt?x=" + m);
    rt.get(RedTeam.CLOSED, "/api/documents/" + RedTeam.MIXED + "/pages/2/image?x=" + m);
    assertEquals(List.of(), lines(m));
  }

  @Test
  void everyAdministratorActionIsRecordedAllowedOrNot() throws Exception {
    String m = marker();
    assertEquals(200, RedTeam.send(rt.server, RedTeam.ADMIN, "GET", "/api/admin/status?x=" + m).status());
    assertEquals(403, RedTeam.send(rt.server, RedTeam.RESTRICTED, "GET", "/api/admin/status?x=" + m).status());
    assertEquals(401, RedTeam.send(rt.server, RedTeam.ANONYMOUS, "POST", "/api/admin/reload?x=" + m).status());
    RedTeam.Caller forged = new RedTeam.Caller("forger", "not-a-token", java.util.Set.of("public"), false);
    assertEquals(401, RedTeam.send(rt.server, forged, "DELETE", "/api/admin/documents/open.txt?x=" + m).status());
    assertEquals(404, RedTeam.send(rt.server, RedTeam.ADMIN, "DELETE", "/api/admin/documents/no-such.txt?x=" + m).status());
    List<String> got = new ArrayList<>();
    for (JsonNode l : lines(m)) got.add(l.get("who").asText() + " " + l.get("action").asText() + " " + l.get("outcome").asText());
    assertEquals(
        List.of("archivist admin.status done", "researcher admin.status refused", "anonymous admin.reload refused",
            "unknown-token admin.delete refused", "archivist admin.delete failed"),
        got);
    RedTeam.attack();
  }

  @Test
  void theAuditLogIsARollingFileOfItsOwn() {
    Logger audit = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(AuditLog.LOGGER);
    assertEquals(false, audit.isAdditive(), "audit lines go to the audit file only");
    RollingFileAppender<?> file = assertInstanceOf(RollingFileAppender.class, audit.getAppender("AUDIT"));
    SizeAndTimeBasedRollingPolicy<?> policy = assertInstanceOf(SizeAndTimeBasedRollingPolicy.class, file.getRollingPolicy());
    assertTrue(policy.getFileNamePattern().endsWith(".%d{yyyy-MM-dd}.%i.jsonl.gz"), policy.getFileNamePattern());
    assertEquals(365, policy.getMaxHistory());
  }
}
