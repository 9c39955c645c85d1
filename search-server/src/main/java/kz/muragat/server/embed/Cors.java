package kz.muragat.server.embed;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin rules. The JSON API answers the configured origins only (the sites embedding the
 * search widget), echoing the one that asked; IIIF answers everyone, as IIIF viewers expect.
 * Credentials are never allowed: the API needs none and a host page gets none.
 */
public final class Cors {
  private final Set<String> origins;

  public Cors(List<String> origins) {
    this.origins = origins.stream().map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether an origin ({@code scheme://host[:port]}) is one of the configured ones. */
  public boolean allows(String origin) {
    return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
  }

  /** Before every {@code /api/*} request: allow the origin if it is configured. */
  public void api(Context ctx) {
    ctx.header("Vary", "Origin");
    String origin = ctx.header("Origin");
    if (allows(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
    }
  }

  /** {@code OPTIONS /api/*}: a preflight (the widget sends simple GETs, but other clients may not). */
  public void apiPreflight(Context ctx) {
    api(ctx);
    if (ctx.res().getHeader("Access-Control-Allow-Origin") != null) preflightHeaders(ctx);
    ctx.status(204);
  }

  /** Before every {@code /iiif/*} request: public material, any origin. */
  public static void open(Context ctx) {
    ctx.header("Access-Control-Allow-Origin", "*");
  }

  public static void openPreflight(Context ctx) {
    open(ctx);
    preflightHeaders(ctx);
    ctx.status(204);
  }

  private static void preflightHeaders(Context ctx) {
    ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type");
    ctx.header("Access-Control-Max-Age", "600");
  }

  /** The CSP {@code frame-ancestors} value: Muragat itself and the configured origins. */
  public String frameAncestors() {
    StringBuilder b = new StringBuilder("'self'");
    origins.stream().sorted().forEach(o -> b.append(' ').append(o));
    return b.toString();
  }
}
