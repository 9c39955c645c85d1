package kz.muragat.server.api;

import io.javalin.http.Context;

/**
 * Caching of answers: an answer to a token holder is {@code private} (set for every request with a
 * token before it is handled); one that holds material anonymous callers may not see is also
 * {@code no-store}, so no browser or proxy keeps it on disk — a reading room's shared computer
 * included.
 */
final class CacheControl {
  private CacheControl() {}

  static void restricted(Context ctx) {
    ctx.header("Cache-Control", "private, no-store");
  }
}
