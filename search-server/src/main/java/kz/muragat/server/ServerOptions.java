package kz.muragat.server;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the server listens and what it serves.
 *
 * @param corsOrigins origins (scheme://host[:port]) whose pages may call the JSON API from the
 *     browser and frame the {@code /embed} search box; empty: only Muragat's own pages. IIIF is
 *     open to every origin regardless.
 * @param publicUrl the address clients reach the server at (e.g. {@code https://muragat.kz}),
 *     used for the absolute URLs IIIF and OpenSearch need; null: the address each connection
 *     arrived at (never the request's Host header, which the client chooses)
 * @param tokensFile bearer tokens and their roles (see {@code AccessTokens}); null: none
 * @param ratePerSecond requests per second allowed per client on average (0: no limit)
 * @param rateBurst requests a client may make at once
 * @param clientConcurrency requests of one client worked on at once; more wait their turn (see
 *     {@code ClientGate}); 0: no limit
 * @param labelsFile display labels of facet values (see {@code FacetLabels}); null or absent: none
 */
public record ServerOptions(
    Path dataDir, String host, int port, List<String> corsOrigins, String publicUrl, Path tokensFile, double ratePerSecond, int rateBurst,
    int clientConcurrency, Path labelsFile) {
  /** Requests of one client worked on at once, unless configured otherwise ({@code serve.client-concurrency}). */
  public static final int DEFAULT_CLIENT_CONCURRENCY = 2;

  public ServerOptions {
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    for (String o : corsOrigins) {
      if (!o.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
        throw new IllegalArgumentException("a CORS origin is scheme://host[:port] with no path, not '" + o + "'");
      }
    }
    publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
  }

  public ServerOptions(Path dataDir, String host, int port) {
    this(dataDir, host, port, List.of(), null, null, 0, 0, 0, null);
  }

  public ServerOptions(Path dataDir, String host, int port, List<String> corsOrigins, String publicUrl) {
    this(dataDir, host, port, corsOrigins, publicUrl, null, 0, 0, 0, null);
  }

  public ServerOptions(Path dataDir, String host, int port, Path tokensFile, double ratePerSecond, int rateBurst) {
    this(dataDir, host, port, List.of(), null, tokensFile, ratePerSecond, rateBurst, 0, null);
  }

  public ServerOptions withLabels(Path file) {
    return new ServerOptions(dataDir, host, port, corsOrigins, publicUrl, tokensFile, ratePerSecond, rateBurst, clientConcurrency, file);
  }

  /** Parses a comma-separated list of origins ({@code --cors-origins}, {@code MURAGAT_CORS_ORIGINS}). */
  public static List<String> parseOrigins(String csv) {
    if (csv == null || csv.isBlank()) return List.of();
    return Arrays.stream(csv.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.replaceAll("/+$", "").toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }
}
