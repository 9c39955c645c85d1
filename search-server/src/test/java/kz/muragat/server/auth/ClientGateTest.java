package kz.muragat.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.muragat.server.http.ApiException;
import org.junit.jupiter.api.Test;

/** One client cannot hold more than its places; others are served beside it. */
class ClientGateTest {
  @Test
  void aClientsExtraRequestsWaitTheirTurnWhileOthersGoAhead() throws Exception {
    ClientGate gate = new ClientGate(2, 1, 10_000);
    ClientGate.Permit a = gate.enter("10.0.0.1");
    ClientGate.Permit b = gate.enter("10.0.0.1");
    assertEquals(2, gate.inProgress("10.0.0.1"));
    // a third waits for one of the two
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<ClientGate.Permit> third = CompletableFuture.supplyAsync(() -> {
      started.countDown();
      return gate.enter("10.0.0.1");
    });
    started.await();
    // another client is not held up
    try (ClientGate.Permit other = gate.enter("10.0.0.2")) {
      assertEquals(1, gate.inProgress("10.0.0.2"));
    }
    assertFalse(third.isDone());
    a.close();
    ClientGate.Permit c = third.get(10, TimeUnit.SECONDS);
    assertEquals(2, gate.inProgress("10.0.0.1"));
    b.close();
    c.close();
    c.close(); // released once only
    assertEquals(0, gate.inProgress("10.0.0.1"));
  }

  static int status(ClientGate gate, String client) {
    try (ClientGate.Permit p = gate.enter(client)) {
      return 200;
    } catch (ApiException e) {
      return e.status();
    }
  }

  @Test
  void aFullQueueOrALongWaitIsA429() throws Exception {
    ClientGate gate = new ClientGate(1, 1, 300);
    ClientGate.Permit held = gate.enter("c");
    CompletableFuture<Integer> queued = CompletableFuture.supplyAsync(() -> status(gate, "c"));
    while (gate.waiting("c") == 0) Thread.onSpinWait();
    ApiException full = assertThrows(ApiException.class, () -> gate.enter("c"), "the queue holds one");
    assertEquals(429, full.status());
    assertTrue(full.getMessage().contains("at most 1 worked on, 1 waiting"), full.getMessage());
    assertEquals(429, (int) queued.get(10, TimeUnit.SECONDS), "waited past its limit");
    held.close();
    assertEquals(200, status(gate, "c"));
    assertEquals(0, gate.inProgress("c"));
  }

  @Test
  void zeroTurnsItOff() {
    ClientGate gate = new ClientGate(0, 0, 0);
    for (int i = 0; i < 100; i++) gate.enter("c");
    assertEquals(0, gate.inProgress("c"));
  }
}
