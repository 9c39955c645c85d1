package kz.muragat.server;

import io.javalin.http.Context;

/**
 * Headers every answer carries: no content sniffing, no referrer leaking to other sites, and for
 * the researchers' pages a content security policy (scripts and styles from this server only) and
 * no framing by other sites. Embeddable parts (the widget's {@code /embed} page, IIIF) set their
 * own framing rules.
 */
final class SecurityHeaders {
  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    // an answer to a token holder is theirs alone: no shared cache may keep it (handlers add
    // no-store where it holds material anonymous callers may not see)
    if (ctx.header("Authorization") != null) ctx.header("Cache-Control", "private");
    String path = ctx.path();
    if (path.startsWith("/embed") || path.startsWith("/iiif") || path.endsWith("widget.js")) return;
    ctx.header("X-Frame-Options", "SAMEORIGIN");
    if (!path.startsWith("/api/")) {
      ctx.header(
          "Content-Security-Policy",
          "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
              + "connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'");
    }
  }
}
