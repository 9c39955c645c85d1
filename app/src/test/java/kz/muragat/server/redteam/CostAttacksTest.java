package kz.muragat.server.redteam;

import static kz.muragat.server.redteam.RedTeam.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import kz.muragat.server.MuragatServer;
import kz.muragat.server.ServerOptions;
import kz.muragat.server.iiif.IiifIds;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 10: requests that cost the server far more than they cost the client. Each is
 * bounded, and beyond the bound answered with a clear 400 (or 429), never a 5xx.
 */
class CostAttacksTest extends AttackTest {
  /** IIIF upscaling ({@code ^4000,4000}) made 0.6 s of rendering per request; the output is bounded by the page's own area. */
  @Test
  void iiifOutputIsBoundedByThePagesOwnSize() throws Exception {
    String image = "/iiif/image/" + IiifIds.imageId(RedTeam.MIXED, 2);
    JsonNode info = rt.get(RedTeam.ANONYMOUS, image + "/info.json").json();
    int w = info.get("width").asInt(), h = info.get("height").asInt();
    assertEquals((long) w * h, info.get("maxArea").asLong(), "maxArea announced: the page's own area");
    for (String size : List.of("^4000,4000", "^pct:150", "^!8000,8000", "^" + (w + 10) + ",")) {
      RedTeam.Answer a = rt.get(RedTeam.ANONYMOUS, image + "/full/" + size.replace("^", "%5E") + "/0/default.jpg");
      assertEquals(400, a.status(), size + ": " + a.body());
      assertTrue(a.json().get("error").asText().contains("maxArea"), a.body());
      RedTeam.attack();
    }
    // what viewers ask for still works: the full page, tiles, thumbnails, a small region enlarged
    for (Map.Entry<String, int[]> ok :
        Map.of("/full/max/0/default.jpg", new int[] {w, h}, "/full/%5Emax/0/default.jpg", new int[] {w, h},
            "/0,0,100,100/%5E400,400/0/default.jpg", new int[] {400, 400}, "/full/!200,200/0/default.jpg", new int[] {-1, -1}).entrySet()) {
      RedTeam.Answer a = rt.get(RedTeam.ANONYMOUS, image + ok.getKey());
      assertEquals(200, a.status(), ok.getKey());
      if (ok.getValue()[0] > 0) {
        java.awt.image.BufferedImage img =
            ImageIO.read(new ByteArrayInputStream(RedTeam.HTTP.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + rt.server.port() + image + ok.getKey())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body()));
        assertEquals(ok.getValue()[0], img.getWidth(), ok.getKey());
        assertEquals(ok.getValue()[1], img.getHeight(), ok.getKey());
      }
    }
  }

  /** A sidecar with 3,000 keys made 3,000 facet dimensions, counted on every faceted search; now it is an error in the report. */
  @Test
  void aSidecarCannotCreateThousandsOfFacetDimensions() throws Exception {
    JsonNode r = rt.get(RedTeam.ANONYMOUS, "/api/search?q=&facets=true").json();
    int dims = r.get("facets").size();
    assertTrue(dims < 20, dims + " facet dimensions: " + r.get("facets"));
    assertTrue(!r.get("facets").has("dim0") && !r.get("facets").has("dim2999"), r.toString());
    assertTrue(rt.report.failed().stream().anyMatch(f -> "wide.txt".equals(f.id()) && f.reason().contains("at most 64")), rt.report.failed().toString());
    RedTeam.attack();
  }

  /**
   * The per-client gate is released however a request ends (an answer, a 400, a 401, a 404, a
   * 429 of the gate itself): with one place per client, 60 requests in a row all get through.
   */
  @Test
  void everyRequestGivesBackItsPlaceHoweverItEnds() throws Exception {
    try (MuragatServer one = new MuragatServer(new ServerOptions(rt.data, "127.0.0.1", 0, List.of(), null, rt.tokensFile, 0, 0, 1, null)).start()) {
      RedTeam.Caller bad = new RedTeam.Caller("forger", "no-such-token", java.util.Set.of("public"), false);
      List<String> paths =
          List.of("/api/search?q=" + q("учитель"), "/api/search?q=" + q("\"unclosed"), "/api/documents/no-such.txt", "/api/export?format=xml",
              "/api/no-such-endpoint", "/iiif/image/@@/info.json", "/embed?link=" + q("https://evil.example/"), "/api/health", "/", "/app.js");
      for (int round = 0; round < 6; round++) {
        for (String p : paths) {
          RedTeam.Answer a = RedTeam.send(one, round % 2 == 0 ? RedTeam.ANONYMOUS : bad, "GET", p);
          assertTrue(a.status() != 429, p + " was kept waiting: the gate was not released\n" + a.body());
        }
      }
    }
    RedTeam.attack();
  }
}
