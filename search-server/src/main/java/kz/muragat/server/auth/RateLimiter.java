package kz.muragat.server.auth;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per client (IP address), as a token bucket: {@code perSecond} on average with bursts up
 * to {@code burst}. Idle clients are forgotten. A limit of 0 turns it off.
 */
public final class RateLimiter {
  private final double perSecond;
  private final double burst;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private volatile long lastSweep = System.nanoTime();

  public RateLimiter(double perSecond, double burst) {
    this.perSecond = perSecond;
    this.burst = Math.max(1, burst);
  }

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }
  }

  /** Whether the client may make a request now (and counts it). */
  public boolean allow(String client) {
    if (perSecond <= 0) return true;
    long now = System.nanoTime();
    sweep(now);
    Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
      b.last = now;
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    }
  }

  /** Seconds until the client may try again. */
  public int retryAfterSeconds() {
    return perSecond <= 0 ? 0 : (int) Math.max(1, Math.ceil(1 / perSecond));
  }

  private void sweep(long now) {
    if (now - lastSweep < 60_000_000_000L) return;
    lastSweep = now;
    buckets.entrySet().removeIf(e -> now - e.getValue().last > 600_000_000_000L);
  }
}
