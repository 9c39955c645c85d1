package kz.muragat.server.redteam;

import org.junit.jupiter.api.BeforeAll;

/** An attack class of the red-team suite: the shared corpus, tokens and server as {@link #rt}. */
abstract class AttackTest {
  static RedTeam rt;

  @BeforeAll
  static void corpus() throws Exception {
    rt = RedTeam.get();
  }
}
