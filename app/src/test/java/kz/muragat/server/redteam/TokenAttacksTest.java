package kz.muragat.server.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.muragat.server.MuragatServer;
import kz.muragat.server.ServerOptions;
import kz.muragat.server.redteam.RedTeam.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 7: a revoked token kept working after {@code POST /api/admin/reload} until the
 * server restarted. Token changes — revocations and new tokens — take effect on reload; a tokens
 * file that cannot be read changes nothing and says so.
 */
class TokenAttacksTest extends AttackTest {
  static Path tokens;
  static MuragatServer server;

  @BeforeAll
  static void start() throws Exception {
    tokens = rt.root.resolve("tokens-reload.properties");
    RedTeam.writeTokens(tokens, List.of(RedTeam.RESTRICTED, RedTeam.ADMIN));
    server = new MuragatServer(new ServerOptions(rt.data, "127.0.0.1", 0, tokens, 0, 0)).start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static int status(Caller c, String method, String path) throws Exception {
    return RedTeam.send(server, c, method, path).status();
  }

  @Test
  void aRevokedTokenIsRefusedFromTheReloadOnAndANewOneWorks() throws Exception {
    String part = "/api/documents/part.txt";
    assertEquals(200, status(RedTeam.RESTRICTED, "GET", part));
    Caller newcomer = new Caller("newcomer", "rt-new-5b2c", Set.of("public", "restricted"), false);
    assertEquals(401, status(newcomer, "GET", part));

    // the researcher's token is revoked and a new one issued: in force at the reload, no restart
    RedTeam.writeTokens(tokens, List.of(newcomer, RedTeam.ADMIN));
    assertEquals(200, status(RedTeam.RESTRICTED, "GET", part), "before the reload the file is not read");
    RedTeam.Answer reload = RedTeam.send(server, RedTeam.ADMIN, "POST", "/api/admin/reload");
    assertEquals(200, reload.status(), reload.body());
    assertEquals(2, reload.json().get("tokens").asInt());
    assertEquals(401, status(RedTeam.RESTRICTED, "GET", part), "revoked");
    assertEquals(401, status(RedTeam.RESTRICTED, "GET", "/api/search?q=" + RedTeam.q(RedTeam.RESTRICTED_WORD)), "revoked");
    assertEquals(200, status(newcomer, "GET", part), "the new token works");
    RedTeam.attack();
  }

  @Test
  void aBrokenTokensFileChangesNothingAndTheReloadSaysWhy() throws Exception {
    RedTeam.writeTokens(tokens, List.of(RedTeam.RESTRICTED, RedTeam.ADMIN));
    assertEquals(200, RedTeam.send(server, RedTeam.ADMIN, "POST", "/api/admin/reload").status());
    Files.writeString(tokens, Files.readString(tokens) + "rt-plain-token-by-mistake = closed\n");
    RedTeam.Answer reload = RedTeam.send(server, RedTeam.ADMIN, "POST", "/api/admin/reload");
    assertEquals(409, reload.status(), reload.body());
    assertTrue(reload.json().get("error").asText().contains("the tokens in force are unchanged"), reload.body());
    assertTrue(!reload.body().contains("rt-plain-token-by-mistake"), "a mistyped secret is not echoed");
    assertEquals(200, status(RedTeam.RESTRICTED, "GET", "/api/documents/part.txt"));
    // only an administrator may reload
    assertEquals(403, status(RedTeam.RESTRICTED, "POST", "/api/admin/reload"));
    assertEquals(401, status(RedTeam.ANONYMOUS, "POST", "/api/admin/reload"));
    RedTeam.attack();
  }
}
