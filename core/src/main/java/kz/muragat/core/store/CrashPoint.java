package kz.muragat.core.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test hook for crash-safety tests: with {@code -Dmuragat.crash=NAME:N} the JVM halts (like
 * {@code kill -9}: no shutdown hooks, no finally blocks) the N-th time the code passes the point
 * {@code NAME}. Does nothing otherwise.
 */
public final class CrashPoint {
  private static final String SPEC = System.getProperty("muragat.crash");
  private static final ConcurrentHashMap<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

  private CrashPoint() {}

  public static void here(String name) {
    if (SPEC == null) return;
    int colon = SPEC.lastIndexOf(':');
    String target = colon < 0 ? SPEC : SPEC.substring(0, colon);
    if (!target.equals(name)) return;
    int n = colon < 0 ? 1 : Integer.parseInt(SPEC.substring(colon + 1));
    if (COUNTS.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet() == n) {
      System.err.println("crash point " + name + " reached: halting");
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
  }
}
