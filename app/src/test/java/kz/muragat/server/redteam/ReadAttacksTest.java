package kz.muragat.server.redteam;

import static kz.muragat.server.redteam.RedTeam.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.muragat.server.iiif.IiifIds;
import kz.muragat.server.redteam.RedTeam.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Reading what one may not: every read endpoint, for every word of the corpus, as every caller.
 * {@link RedTeam#get} fails on any leak or 5xx; the tests here add what each answer must be.
 */
class ReadAttacksTest extends AttackTest {
  @AfterAll
  static void summary() {
    System.out.println("ReadAttacksTest: " + RedTeam.summary() + " so far");
  }

  /** Every read endpoint for one word (and, for the document and page endpoints, one document and page). */
  static List<String> endpoints(String word, String id, int page) {
    String key = IiifIds.key(id);
    String image = "/iiif/image/" + IiifIds.imageId(id, page);
    return List.of(
        "/api/search?q=" + q(word),
        "/api/search?syntax=lucene&q=" + q(word),
        "/api/search?q=" + q(word.substring(0, word.length() - 2) + "хх"), // did-you-mean
        "/api/search?q=" + q(word.substring(0, 6) + "*") + "&syntax=lucene",
        "/api/suggest?q=" + q(word.substring(0, 5)),
        "/api/export?format=csv&q=" + q(word),
        "/api/documents/" + id,
        "/api/documents/" + id + "/pages/" + page + "/image",
        "/api/documents/" + id + "/pages/" + page + "/hits?q=" + q(word),
        "/iiif/" + key + "/manifest",
        image + "/info.json",
        image + "/full/max/0/default.jpg",
        "/iiif/" + key + "/search?q=" + q(word),
        "/iiif/" + key + "/search1?q=" + q(word),
        "/opensearch/suggest?q=" + q(word.substring(0, 5)));
  }

  /** Answers that list everything a caller may see, whatever the word. */
  static final List<String> LISTINGS =
      List.of("/api/search?q=&size=100", "/api/search?q=&size=100&sort=date", "/api/search?q=" + q("учитель") + "&size=100&facets=true",
          "/api/search?q=" + q("уезда") + "&size=100", "/api/export?format=json&q=", "/api/export?format=csv&q=" + q("уезда"),
          "/api/suggest?q=" + q("у"), "/opensearch/suggest?q=" + q("у"));

  @Test
  void noCallerIsShownAWordOfADocumentOrPageAboveTheirLevel() throws Exception {
    Map<String, String> docs =
        Map.of(RedTeam.PUBLIC_WORD, "open.txt", RedTeam.RESTRICTED_WORD, "part.txt", RedTeam.CLOSED_WORD, "secret.txt", RedTeam.NFD_WORD,
            RedTeam.NFD_NAME);
    for (Caller c : RedTeam.CALLERS) {
      RedTeam.attack();
      for (String path : LISTINGS) rt.get(c, path);
      for (var d : docs.entrySet()) {
        RedTeam.attack();
        for (String path : endpoints(d.getKey(), d.getValue(), 1)) rt.get(c, path);
      }
      for (var p : RedTeam.MIXED_PAGES.entrySet()) {
        RedTeam.attack();
        for (String path : endpoints(p.getValue()[1], RedTeam.MIXED, p.getKey())) rt.get(c, path);
      }
      for (var r : RedTeam.REFUSED.entrySet()) {
        RedTeam.attack();
        for (String path : endpoints(r.getValue(), r.getKey(), 1)) rt.get(c, path);
      }
    }
  }

  @Test
  void eachCallerFindsExactlyWhatTheirLevelsAllow() throws Exception {
    Map<String, String> levelOf = Map.of(RedTeam.PUBLIC_WORD, "public", RedTeam.RESTRICTED_WORD, "restricted", RedTeam.CLOSED_WORD, "closed",
        RedTeam.NFD_WORD, "closed");
    for (Caller c : RedTeam.CALLERS) {
      for (var e : levelOf.entrySet()) {
        JsonNode r = rt.get(c, "/api/search?q=" + q(e.getKey())).json();
        assertEquals(c.maySee(e.getValue()) ? 1 : 0, r.get("total").asInt(), c.name() + " / " + e.getKey() + ": " + r);
      }
      for (var p : RedTeam.MIXED_PAGES.entrySet()) {
        JsonNode r = rt.get(c, "/api/search?q=" + q(p.getValue()[1])).json();
        assertEquals(c.maySee(p.getValue()[0]) ? 1 : 0, r.get("total").asInt(), c.name() + " / page " + p.getKey() + ": " + r);
      }
      // the refused files are indexed for nobody
      for (String w : RedTeam.REFUSED.values()) assertEquals(0, rt.get(c, "/api/search?q=" + q(w)).json().get("total").asInt(), w);
    }
  }

  /**
   * Issue 18 item 8, decided: a document's pages keep their real numbers — archival citations
   * cite sheets (л. 12), and a reader who is shown pages 2 and 5 must be able to cite them as such
   * — so a caller can tell from the gaps that pages they may not see exist (as the archive's own
   * inventory tells them). Nothing else about those pages shows: they are answered exactly like
   * pages that do not exist, and the page count is the count of pages the caller is shown.
   */
  @Test
  void hiddenPagesLeaveGapsInTheRealPageNumbersAndNothingElse() throws Exception {
    for (Caller c : RedTeam.CALLERS) {
      List<Integer> visible = new ArrayList<>();
      for (int n = 1; n <= RedTeam.MIXED_PAGES.size(); n++) if (c.maySee(RedTeam.MIXED_PAGES.get(n)[0])) visible.add(n);
      JsonNode doc = rt.get(c, "/api/documents/" + RedTeam.MIXED).json();
      List<Integer> listed = new ArrayList<>();
      for (JsonNode p : doc.get("pages")) listed.add(p.get("number").asInt());
      assertEquals(visible, listed, c.name());
      assertEquals(visible.size(), doc.get("pageCount").asInt(), c.name());
      for (int n = 1; n <= RedTeam.MIXED_PAGES.size() + 1; n++) {
        if (visible.contains(n)) continue;
        for (String what : List.of("image", "hits?q=" + q("уезда"))) {
          RedTeam.Answer a = rt.get(c, "/api/documents/" + RedTeam.MIXED + "/pages/" + n + "/" + what);
          assertEquals(404, a.status(), c.name() + " page " + n);
          assertEquals("document '" + RedTeam.MIXED + "' has no page " + n, a.json().get("error").asText(), "as a page that does not exist");
        }
      }
      // search hits cite the same real numbers
      JsonNode hits = rt.get(c, "/api/search?q=" + q("уезда запись")).json();
      for (JsonNode h : hits.get("hits")) {
        if (!h.get("id").asText().equals(RedTeam.MIXED)) continue;
        assertEquals(visible.size(), h.get("pageCount").asInt());
        for (JsonNode p : h.get("pages")) assertTrue(visible.contains(p.get("number").asInt()), c.name() + ": " + h);
      }
    }
    // IIIF (public material only): one canvas per public page, named by its real number
    String manifest = rt.get(RedTeam.ANONYMOUS, "/iiif/" + IiifIds.key(RedTeam.MIXED) + "/manifest").body();
    assertTrue(manifest.contains("/canvas/p2\""), manifest);
    for (int n : List.of(1, 3, 4)) assertTrue(!manifest.contains("/canvas/p" + n + "\""), manifest);
    RedTeam.attack();
  }
}
