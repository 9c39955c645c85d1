package kz.muragat.server.openapi;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the hand-written OpenAPI 3.1 description of the public HTTP API
 * (resource {@code openapi/openapi.json}); {@code /api.html} renders it for people. {@code
 * OpenApiTest} calls every path it documents, so it stays true.
 */
public final class OpenApi {
  public static final String RESOURCE = "/openapi/openapi.json";

  private static final byte[] SPEC = load();

  private OpenApi() {}

  private static byte[] load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void spec(Context ctx) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(SPEC);
  }
}
