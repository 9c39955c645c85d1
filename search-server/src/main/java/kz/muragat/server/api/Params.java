package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;

/** Reads query parameters, answering 400 with a clear message when one is malformed. */
final class Params {
  private Params() {}

  static int intParam(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return dflt;
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter '" + name + "' must be a whole number, not '" + abbreviate(v) + "'");
    }
  }

  static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
