package kz.muragat.server.redteam;

import static kz.muragat.server.redteam.RedTeam.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.server.MuragatServer;
import kz.muragat.server.ServerOptions;
import kz.muragat.server.auth.AccessTokens;
import kz.muragat.server.redteam.RedTeam.Caller;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue 18 on the search core — the access filter, did-you-mean, titles, cursors
 * and filters — replayed over HTTP. They fail on the search core as it was attacked; each is
 * enabled with its fix.
 */
class SearchCoreAttacksTest extends AttackTest {
  // ---------------------------------------------------------------- item 1: many level names

  static final int LEVELS = 300;
  static final String SECRET = "СЕКРЕТЧЕТЫРЕ SECRETFOUR";
  static final Caller CASE_007 = new Caller("case-007-holder", "rt-case-007", Set.of("public", "case-007"), false);
  private static MuragatServer manyLevels;

  /**
   * 300 public documents whose single page has a level of its own ({@code case-000} …), beside the
   * public PDF with closed and restricted pages: a corpus with more level names than the access
   * filter once enumerated (256). Built on first use.
   */
  static synchronized MuragatServer manyLevels() throws Exception {
    if (manyLevels != null) return manyLevels;
    Path docs = Files.createDirectories(rt.root.resolve("levels/docs"));
    StringBuilder manifest = new StringBuilder("file,title,access,page_access\n");
    List<String> levels = new ArrayList<>();
    for (int i = 0; i < LEVELS; i++) {
      String level = String.format(Locale.ROOT, "case-%03d", i);
      levels.add(level);
      Files.writeString(docs.resolve(level + ".txt"), "Лист дела, учитель. " + SECRET + " " + level, StandardCharsets.UTF_8);
      manifest.append(level).append(".txt,Дело ").append(level).append(",public,1=").append(level).append('\n');
    }
    RedTeam.writeMixed(docs);
    manifest.append(RedTeam.MIXED).append(",Смешанное дело,public,\n");
    Files.writeString(docs.resolve("manifest.csv"), manifest.toString(), StandardCharsets.UTF_8);
    Path data = rt.root.resolve("levels/data");
    try (Indexer indexer = new Indexer(RedTeam.optionsWithLevels(data, levels))) {
      indexer.index(docs, Progress.NONE);
    }
    Path tokens = rt.root.resolve("levels/tokens.properties");
    RedTeam.writeTokens(tokens, List.of(RedTeam.RESTRICTED, RedTeam.CLOSED, RedTeam.ADMIN));
    Files.writeString(tokens, Files.readString(tokens) + "sha256:" + AccessTokens.sha256(CASE_007.token()) + " = case-007\n");
    manyLevels = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0, tokens, 0, 0)).start();
    return manyLevels;
  }

  @Test
  void pageLevelsStayClosedWhateverTheNumberOfLevelNames() throws Exception {
    MuragatServer s = manyLevels();
    for (Caller c : List.of(RedTeam.ANONYMOUS, RedTeam.RESTRICTED, RedTeam.CLOSED)) {
      for (String path :
          List.of("/api/search?q=" + q("SECRETFOUR"), "/api/search?q=" + q("учитель") + "&size=100", "/api/suggest?q=" + q("SECRETF"),
              "/opensearch/suggest?q=" + q("SECRETF"), "/api/export?format=csv&q=" + q("учитель"), "/api/export?format=json&q=" + q("SECRETFOUR"),
              "/api/search?q=" + q(RedTeam.MIXED_PAGES.get(4)[1]), "/api/documents/" + RedTeam.MIXED, "/api/documents/case-299.txt")) {
        String body = RedTeam.send(s, c, "GET", path).body().toLowerCase(Locale.ROOT);
        assertFalse(body.contains("secretfour"), c.name() + " " + path + ":\n" + RedTeam.cut(body, 600));
        for (int n : List.of(1, 4)) {
          if (!c.maySee("closed")) assertFalse(body.contains(RedTeam.MIXED_PAGES.get(n)[1].toLowerCase(Locale.ROOT).substring(0, 8)), path);
        }
      }
      // each document listed once, counted once
      JsonNode all = RedTeam.send(s, c, "GET", "/api/search?q=" + q("учитель") + "&size=100").json();
      Set<String> ids = new HashSet<>();
      for (JsonNode h : all.get("hits")) assertTrue(ids.add(h.get("id").asText()), "listed twice: " + h.get("id"));
    }
    // the holder of case-007 sees that one page, and no other
    JsonNode mine = RedTeam.send(s, CASE_007, "GET", "/api/search?q=" + q("SECRETFOUR")).json();
    assertEquals(1, mine.get("total").asInt(), mine.toString());
    assertEquals("case-007.txt", mine.get("hits").get(0).get("id").asText());
    RedTeam.attack();
  }

  // ---------------------------------------------------------------- item 4: did-you-mean

  /**
   * A word found only in a closed document must be answered like a word found nowhere: had the
   * spell checker judged "known" by every document, the missing correction would tell it exists.
   */
  @Test
  void didYouMeanDoesNotTellWhetherAHiddenWordExists() throws Exception {
    for (Caller c : List.of(RedTeam.ANONYMOUS, RedTeam.RESTRICTED)) {
      JsonNode hidden = rt.get(c, "/api/search?q=" + q(RedTeam.DYM_CLOSED)).json();
      JsonNode nowhere = rt.get(c, "/api/search?q=" + q(RedTeam.DYM_NOWHERE)).json();
      assertEquals(nowhere.get("total").asInt(), hidden.get("total").asInt(), c.name());
      assertEquals(nowhere.has("did_you_mean"), hidden.has("did_you_mean"), c.name() + ": " + hidden + " vs " + nowhere);
      if (nowhere.has("did_you_mean")) assertEquals(RedTeam.DYM_PUBLIC, hidden.get("did_you_mean").asText(), c.name());
    }
    RedTeam.attack();
  }

  // ---------------------------------------------------------------- item 5: a closed page's title

  /** A public HTML document whose only page is closed: its own {@code <title>} is that page's text. */
  @Test
  void theTitleOfADocumentWhoseOnlyPageIsClosedIsNotShown() throws Exception {
    Path docs = Files.createDirectories(rt.root.resolve("titled/docs"));
    String title = "Заголовоксекретный";
    Files.writeString(docs.resolve("titled.html"),
        "<html><head><meta charset=\"utf-8\"><title>" + title + " протокол</title></head><body><p>Страница закрыта, учитель.</p></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("titled.html.meta.json"), "{\"access\": \"public\", \"page_access\": {\"1\": \"closed\"}}");
    Path data = rt.root.resolve("titled/data");
    try (Indexer indexer = new Indexer(kz.muragat.indexer.pipeline.IndexerOptions.defaults(data))) {
      indexer.index(docs, Progress.NONE);
    }
    Path tokens = rt.root.resolve("titled/tokens.properties");
    RedTeam.writeTokens(tokens, List.of(RedTeam.RESTRICTED, RedTeam.CLOSED));
    try (MuragatServer s = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0, tokens, 0, 0)).start()) {
      for (Caller c : List.of(RedTeam.ANONYMOUS, RedTeam.RESTRICTED)) {
        for (String path :
            List.of("/api/search?q=" + q(title), "/api/search?q=", "/api/search?q=" + q("учитель"), "/api/documents/titled.html",
                "/api/export?format=csv&q=", "/api/suggest?q=" + q(title.substring(0, 6)))) {
          String body = RedTeam.send(s, c, "GET", path).body().toLowerCase(Locale.ROOT);
          assertFalse(body.contains(title.toLowerCase(Locale.ROOT)), c.name() + " " + path + ": " + body);
        }
      }
      assertEquals(1, RedTeam.send(s, RedTeam.CLOSED, "GET", "/api/search?q=" + q(title)).json().get("total").asInt(), "seen by those who may");
    }
    RedTeam.attack();
  }

  // ---------------------------------------------------------------- item 9: cursors and filters

  static String cursor(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Hand-made cursors: wrong counts, types, orders, nesting and encodings; each a clear 400 (or a page), never a 500. */
  static final List<String> CURSORS =
      List.of(
          cursor("[\"RELEVANCE\",\"s:open.txt\"]"), cursor("[\"RELEVANCE\",\"f:1065353216\"]"),
          cursor("[\"RELEVANCE\",\"f:1065353216\",\"s:a\",\"s:b\"]"), cursor("[\"RELEVANCE\",\"s:a\",\"f:1065353216\"]"),
          cursor("[\"RELEVANCE\",\"l:5\",\"s:a\"]"), cursor("[\"RELEVANCE\",null,null]"), cursor("[\"RELEVANCE\",5,6]"),
          cursor("[\"RELEVANCE\",[1],{\"a\":1}]"), cursor("[\"RELEVANCE\",\"f:NaN\",\"s:a\"]"), cursor("[\"RELEVANCE\",\"f:\",\"s:\"]"),
          cursor("[\"ID\",\"f:1065353216\"]"), cursor("[\"ID\",\"l:1\"]"), cursor("[\"ID\",\"s:a\",\"s:b\"]"),
          cursor("[\"DATE_ASC\",\"s:a\",\"s:b\"]"), cursor("[\"DATE_ASC\",\"l:1\"]"), cursor("[\"DATE_DESC\",\"f:1\",\"l:2\",\"s:x\"]"),
          cursor("{\"RELEVANCE\":1}"), cursor("\"RELEVANCE\""), "!!!not-base64!!!", cursor("[\"RELEVANCE\",\"s:" + "x".repeat(5000) + "\"]"),
          cursor("[\"RELEVANCE\",\"f:1065353216\",\"s:" + "\uD800" + "\"]"));

  @Test
  void handMadeCursorsAreAClearErrorNeverA500() throws Exception {
    for (String sort : List.of("", "&sort=id", "&sort=date", "&sort=-date")) {
      for (String c : CURSORS) {
        RedTeam.Answer a = rt.get(RedTeam.ANONYMOUS, "/api/search?q=" + q("учитель") + sort + "&cursor=" + q(c));
        assertTrue(a.status() == 200 || a.status() == 400, c + " -> " + a.status() + " " + a.body());
      }
    }
    RedTeam.attack();
  }

  @Test
  void aThousandDistinctFiltersAreAClearErrorNeverA500() throws Exception {
    StringBuilder f = new StringBuilder();
    for (int i = 0; i < 1023; i++) f.append("&f.d").append(i).append("=v");
    for (String endpoint : List.of("/api/search?q=" + q("учитель"), "/api/export?format=csv&q=" + q("учитель"), "/api/search?q=")) {
      RedTeam.Answer a = rt.get(RedTeam.ANONYMOUS, endpoint + f);
      assertTrue(a.status() == 200 || a.status() == 400, endpoint + " -> " + a.status() + " " + RedTeam.cut(a.body(), 500));
    }
    RedTeam.attack();
  }
}
