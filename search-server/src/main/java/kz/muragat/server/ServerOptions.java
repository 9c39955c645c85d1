package kz.muragat.server;

import java.nio.file.Path;

/**
 * Where the server listens and what it serves.
 *
 * @param tokensFile bearer tokens and their roles (see {@code AccessTokens}); null: none
 * @param ratePerSecond requests per second allowed per client on average (0: no limit)
 * @param rateBurst requests a client may make at once
 */
public record ServerOptions(Path dataDir, String host, int port, Path tokensFile, double ratePerSecond, int rateBurst) {
  public ServerOptions(Path dataDir, String host, int port) {
    this(dataDir, host, port, null, 0, 0);
  }
}
