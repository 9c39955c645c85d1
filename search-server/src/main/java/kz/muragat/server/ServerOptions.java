package kz.muragat.server;

import java.nio.file.Path;

/** Where the server listens and what it serves. */
public record ServerOptions(Path dataDir, String host, int port) {}
