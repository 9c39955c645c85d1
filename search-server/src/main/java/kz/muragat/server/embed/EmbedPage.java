package kz.muragat.server.embed;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import kz.muragat.server.http.ApiException;
import org.jetbrains.annotations.NotNull;

/**
 * {@code GET /embed?filter=&lang=&size=&link=}: the search widget alone on a page, for sites that
 * prefer an {@code <iframe>} to a script tag. Only Muragat and the configured CORS origins may
 * frame it ({@code frame-ancestors}); the main page's framing rules are not touched.
 *
 * <p>Anyone can write such an address, and the page is served from Muragat's own origin, so its
 * {@code link} template (where result links lead) may only lead back to Muragat (a relative link,
 * or one starting with {@code {server}}) or to a configured origin; any other answers 400 — never a
 * Muragat page whose results send readers to a site of a stranger's choosing.
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

  /** Stands for Muragat's address while a template is checked. */
  private static final String SELF = "http://muragat.invalid";

  /** Whether a result-link template leads only to Muragat itself or to a configured origin. */
  boolean allowedLink(String template) {
    String t = template.strip();
    // browsers drop tabs and newlines inside URLs and read '\\' as '/': "/\t/evil" is "//evil"
    if (t.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) return false;
    // {server} is Muragat's own address; the other placeholders are filled in percent-encoded
    String sample = t.replace("{server}", SELF).replaceAll("\\{(id|page|q|lang)\\}", "x");
    try {
      URI u = new URI(sample);
      if (u.getScheme() == null && u.getRawAuthority() == null) return true; // relative: stays on Muragat
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || u.getHost() == null || u.getRawUserInfo() != null) return false;
      String origin = scheme + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
      return origin.equals(SELF) || cors.allows(origin);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  public void handle(@NotNull Context ctx) {
    String link = ctx.queryParam("link");
    if (link != null && !link.isBlank() && !allowedLink(link)) {
      throw ApiException.badRequest(
          "link may lead only to Muragat itself (a relative link such as /?doc={id}, or {server}/…) or to an origin listed in serve.cors-origins");
    }
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
