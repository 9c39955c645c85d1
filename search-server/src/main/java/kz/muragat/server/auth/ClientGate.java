package kz.muragat.server.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.server.http.ApiException;

/**
 * Fairness between clients (IP addresses): at most {@code perClient} requests of one client are
 * worked on at once; its further requests wait their turn, first come first served, so a client
 * sending many slow requests in parallel occupies {@code perClient} threads and its own queue,
 * and every other client is served beside it. The rate limiter bounds how often a client asks;
 * this bounds how much of the server it holds at a time. A client with {@code maxWaiting}
 * requests already waiting, or one waiting longer than {@code maxWaitMillis}, is answered 429.
 * {@code perClient} 0 turns it off.
 */
public final class ClientGate {
  /** A place taken: released exactly once, when the request is done. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final Permit NONE = () -> {};

  private static final class Client {
    final Semaphore running;
    final AtomicInteger queued = new AtomicInteger();
    volatile long lastUsed = System.nanoTime();

    Client(int perClient) {
      running = new Semaphore(perClient, true);
    }
  }

  private final int perClient;
  private final int maxWaiting;
  private final long maxWaitMillis;
  private final ConcurrentHashMap<String, Client> clients = new ConcurrentHashMap<>();
  private volatile long lastSweep = System.nanoTime();

  public ClientGate(int perClient, int maxWaiting, long maxWaitMillis) {
    this.perClient = Math.max(0, perClient);
    this.maxWaiting = Math.max(0, maxWaiting);
    this.maxWaitMillis = maxWaitMillis;
  }

  /** Waits for one of the client's places; 429 when its queue is full or the wait too long. */
  public Permit enter(String client) {
    if (perClient == 0) return NONE;
    long now = System.nanoTime();
    sweep(now);
    Client c = clients.computeIfAbsent(client, k -> new Client(perClient));
    c.lastUsed = now;
    if (!c.running.tryAcquire()) {
      if (c.queued.incrementAndGet() > maxWaiting) {
        c.queued.decrementAndGet();
        throw tooMany();
      }
      try {
        if (!c.running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) throw tooMany();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw tooMany();
      } finally {
        c.queued.decrementAndGet();
      }
    }
    return new Permit() {
      private boolean released;

      @Override
      public synchronized void close() {
        if (released) return;
        released = true;
        c.lastUsed = System.nanoTime();
        c.running.release();
      }
    };
  }

  /** Requests of the client being worked on now (for tests and status). */
  public int inProgress(String client) {
    Client c = clients.get(client);
    return c == null ? 0 : perClient - c.running.availablePermits();
  }

  /** Requests of the client waiting for a place now. */
  public int waiting(String client) {
    Client c = clients.get(client);
    return c == null ? 0 : c.queued.get();
  }

  private ApiException tooMany() {
    return new ApiException(429, "too many requests at once from this client (at most " + perClient + " worked on, " + maxWaiting
        + " waiting): wait for answers before sending more");
  }

  /** Forgets clients idle for ten minutes with nothing running or waiting. */
  private void sweep(long now) {
    if (now - lastSweep < 60_000_000_000L) return;
    lastSweep = now;
    clients.entrySet().removeIf(e -> {
      Client c = e.getValue();
      return now - c.lastUsed > 600_000_000_000L && c.queued.get() == 0 && c.running.availablePermits() == perClient;
    });
  }
}
