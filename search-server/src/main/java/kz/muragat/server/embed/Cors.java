package kz.muragat.server.embed;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-origin rules. The JSON API answers the configured origins only (the sites embedding the
 * search widget), echoing the one that asked; IIIF answers everyone, as IIIF viewers expect.
 * Credentials are never allowed: the API needs none and a host page gets none.
 *
 * <p>A page of another origin calling the API is logged (once per origin every {@link
 * #LOG_INTERVAL_MILLIS}), naming the origin and the setting that would allow it: the browser
 * shows its reader only a failed request, so the log is where an administrator learns why a
 * site's widget does not work.
 */
public final class Cors {
  private static final Logger LOG = LoggerFactory.getLogger(Cors.class);

  /** A refused origin is logged at most once in this interval. */
  static final long LOG_INTERVAL_MILLIS = 10 * 60_000;

  /** Origins remembered as logged; beyond, the memory starts afresh (a flood of made-up origins stays bounded). */
  private static final int MAX_REMEMBERED = 1_000;

  private final Set<String> origins;
  private final String publicUrl;
  private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

  /**
   * @param origins the origins allowed to call the API
   * @param publicUrl the server's own public address (its pages are never refused), or null
   */
  public Cors(List<String> origins, String publicUrl) {
    this.origins = origins.stream().map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    this.publicUrl = publicUrl == null ? null : publicUrl.toLowerCase(Locale.ROOT);
  }

  /** Whether an origin ({@code scheme://host[:port]}) is one of the configured ones. */
  public boolean allows(String origin) {
    return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
  }

  /** Before every {@code /api/*} request: allow the origin if it is configured. */
  public void api(Context ctx) {
    ctx.header("Vary", "Origin");
    String origin = ctx.header("Origin");
    if (origin == null) return;
    if (allows(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
    } else if (!sameOrigin(ctx, origin.toLowerCase(Locale.ROOT))) {
      logRefused(origin);
    }
  }

  /** The request comes from Muragat's own pages (browsers send Origin on some same-origin requests too). */
  private boolean sameOrigin(Context ctx, String origin) {
    String host = ctx.header("Host");
    if (host != null) {
      String h = host.toLowerCase(Locale.ROOT);
      if (origin.equals("http://" + h) || origin.equals("https://" + h)) return true;
    }
    return origin.equals(publicUrl);
  }

  private void logRefused(String origin) {
    long now = System.currentTimeMillis();
    // printable ASCII only, and not too long: the header is the caller's to choose
    String shown = (origin.length() > 200 ? origin.substring(0, 200) : origin).replaceAll("[^\\x20-\\x7e]", "?");
    if (lastLogged.size() >= MAX_REMEMBERED) lastLogged.clear();
    boolean[] due = {false};
    lastLogged.compute(shown, (k, last) -> {
      if (last != null && now - last < LOG_INTERVAL_MILLIS) return last;
      due[0] = true;
      return now;
    });
    if (!due[0]) return;
    LOG.warn(
        "refused a cross-origin API request from {}: a page there cannot use the search widget; to allow it, add it to"
            + " --cors-origins (serve.cors-origins, MURAGAT_CORS_ORIGINS). Allowed now: {}. Logged once per origin every {} min.",
        shown, origins.isEmpty() ? "none" : String.join(", ", origins.stream().sorted().toList()), LOG_INTERVAL_MILLIS / 60_000);
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
