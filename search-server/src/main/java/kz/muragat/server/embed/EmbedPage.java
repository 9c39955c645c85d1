package kz.muragat.server.embed;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jetbrains.annotations.NotNull;

/**
 * {@code GET /embed?filter=&lang=&size=&link=}: the search widget alone on a page, for sites that
 * prefer an {@code <iframe>} to a script tag. Only Muragat and the configured CORS origins may
 * frame it ({@code frame-ancestors}); the main page's framing rules are not touched.
 */
public final class EmbedPage implements Handler {
  private final Cors cors;
  private final byte[] html;

  public EmbedPage(Cors cors) {
    this.cors = cors;
    try (InputStream in = EmbedPage.class.getResourceAsStream("/embed/embed.html")) {
      if (in == null) throw new IllegalStateException("embed/embed.html is missing from the classpath");
      this.html = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void handle(@NotNull Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors " + cors.frameAncestors());
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html);
  }
}
