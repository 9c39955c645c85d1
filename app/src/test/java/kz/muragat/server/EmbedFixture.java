package kz.muragat.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;

/**
 * One archive for the embedding, IIIF and OpenAPI tests, built once per test JVM: {@link
 * WebUiFixture}'s scans, indexed with real OCR, served by Muragat on one port, plus a "host site"
 * on another port (another origin) that serves the pages embedding Muragat and the Mirador bundle.
 * Muragat allows the host site as a CORS origin. Closed when the JVM exits.
 */
final class EmbedFixture {
  /** Mirador, installed from the npm registry by the build ({@code npm ci} in src/test/mirador). */
  static final Path MIRADOR = Path.of("src", "test", "mirador", "node_modules", "mirador", "dist", "mirador.min.js");

  private static EmbedFixture shared;

  final Path work;
  final MuragatServer server;
  final HttpServer host;
  private final Map<String, String> pages = new ConcurrentHashMap<>();

  private EmbedFixture(Path work, MuragatServer server, HttpServer host) {
    this.work = work;
    this.server = server;
    this.host = host;
  }

  static synchronized EmbedFixture get() throws Exception {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  private static EmbedFixture start() throws Exception {
    Path work = Files.createTempDirectory("muragat-embed-");
    HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    Path scans = work.resolve("scans"), data = work.resolve("data");
    WebUiFixture.writeScans(scans);
    try (var indexer = new Indexer(IndexerOptions.defaults(data))) {
      indexer.index(scans, Progress.NONE);
    }
    String hostOrigin = "http://127.0.0.1:" + host.getAddress().getPort();
    MuragatServer server = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0, List.of(hostOrigin), null)).start();
    EmbedFixture f = new EmbedFixture(work, server, host);
    host.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      byte[] body;
      String type;
      if (path.equals("/mirador/mirador.min.js") && Files.isRegularFile(MIRADOR)) {
        body = Files.readAllBytes(MIRADOR);
        type = "text/javascript";
      } else if (f.pages.containsKey(path)) {
        body = f.pages.get(path).getBytes(StandardCharsets.UTF_8);
        type = "text/html; charset=utf-8";
      } else {
        body = "not found".getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(404, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
        return;
      }
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    host.start();
    return f;
  }

  /** Muragat's address, ending in '/'. */
  String muragat() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  /** The host site's origin (no trailing slash). */
  String hostOrigin() {
    return "http://127.0.0.1:" + host.getAddress().getPort();
  }

  /** Serves {@code html} on the host site at {@code path}; returns its URL. */
  String hostPage(String path, String html) {
    pages.put(path, html);
    return hostOrigin() + path;
  }

  private void close() {
    try {
      host.stop(0);
      server.close();
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (Exception e) {
      // the JVM is exiting; temporary files are the only loss
    }
  }
}
