package kz.muragat.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.muragat.app.logging.AuditLogFile;
import kz.muragat.core.store.DataFolder;
import kz.muragat.server.MuragatServer;
import kz.muragat.server.ServerOptions;
import kz.muragat.indexer.cli.SolrOptions;
import kz.muragat.search.SearchBackend;
import kz.muragat.search.SearchService;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.search.solr.SolrEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code muragat serve}: serves the index in the data directory over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
      "Serve the search API and web page for a data directory made by 'muragat index'.",
      "Exit status: 2 bad usage (e.g. --data is not a Muragat data folder), 3 cannot run."
    })
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "data", description = "Data directory written by 'muragat index' (with --solr: its store of page text, word boxes and images). Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--tokens", defaultValue = "config/tokens.properties", description = "Bearer tokens file (hashes and roles; see 'muragat token'). Default: ${DEFAULT-VALUE}.")
  Path tokens;

  @Option(names = "--rate-limit", defaultValue = "200", description = "Requests per second per client on average; 0 = no limit. Default: ${DEFAULT-VALUE}.")
  double rateLimit;

  @Option(names = "--rate-burst", defaultValue = "1000", description = "Requests a client may make at once. Default: ${DEFAULT-VALUE}.")
  int rateBurst;

  @Option(names = "--client-concurrency", defaultValue = "" + ServerOptions.DEFAULT_CLIENT_CONCURRENCY,
      description = "Requests of one client (address) worked on at once; its further requests wait their turn, so no client holds"
          + " the server from the others. 0 = no limit. Default: ${DEFAULT-VALUE}.")
  int clientConcurrency;

  @Option(names = "--audit-log", defaultValue = "",
      description = "The audit log (JSON lines: who saw which restricted or closed document or page, every admin action), rotated"
          + " daily and at 100 MB. Default: DATA/logs/audit.jsonl.")
  String auditLog;

  @Option(
      names = "--cors-origins",
      defaultValue = "",
      description = "Comma-separated origins (https://site.example) whose pages may embed the search widget: call the API from the browser and frame /embed. Default: none (only Muragat's own pages). IIIF is open to all.")
  String corsOrigins;

  @Option(
      names = "--public-url",
      defaultValue = "",
      description = "Address clients reach the server at (e.g. https://muragat.example), for the absolute links in IIIF manifests and the OpenSearch description. Default: the address each connection arrived at (never the request's Host header); set it behind a proxy.")
  String publicUrl;

  @Option(
      names = "--labels",
      defaultValue = "config/facet-labels.csv",
      description = "Display labels of facet values in Russian, Kazakh and English (CSV: facet,value,ru,kk,en); missing: values shown as they are. Default: ${DEFAULT-VALUE}.")
  Path labels;

  @Mixin SolrOptions solrOptions;

  /** The highest TCP port. */
  static final int MAX_PORT = 65535;

  @Override
  public Integer call() throws Exception {
    String badPort = portProblem(port);
    if (badPort != null) {
      System.err.println("muragat serve: " + badPort);
      return 2;
    }
    var problem = new DataFolder(data).problemForServing(solrOptions.enabled());
    if (problem.isPresent()) {
      System.err.println("muragat serve: " + problem.get());
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ServerOptions options = new ServerOptions(
        data, host, port, ServerOptions.parseOrigins(corsOrigins), publicUrl, inInstallation(tokens), rateLimit, rateBurst, clientConcurrency,
        inInstallation(labels));
    Path audit = auditLog == null || auditLog.isBlank() ? data.resolve("logs").resolve("audit.jsonl") : Path.of(auditLog);
    AuditLogFile.attach(audit);
    SearchBackend backend =
        solrOptions.enabled()
            ? new SearchService(new SolrEngine(solrOptions.solr, solrOptions.collection), new DocumentStore(data.resolve("store")))
            : kz.muragat.search.lucene.LuceneEngine.searchService(data);
    try (MuragatServer server = new MuragatServer(options, backend).start()) {
      String what = solrOptions.enabled()
          ? "Solr collection '" + solrOptions.collection + "' at " + solrOptions.solr + " (pages and images from " + data.toAbsolutePath().normalize() + ")"
          : data.toAbsolutePath().normalize().toString();
      System.err.println("Muragat is serving " + what + " at http://" + host + ":" + server.port() + "/");
      System.err.println("audit log: " + audit.toAbsolutePath().normalize());
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }

  /** A relative configuration file in the installation ({@code MURAGAT_HOME}), as the configuration itself is. */
  private static Path inInstallation(Path file) {
    String home = System.getenv("MURAGAT_HOME");
    return file.isAbsolute() || home == null ? file : Path.of(home).resolve(file);
  }

  /** What is wrong with a --port value, or null (0: any free port). */
  static String portProblem(int port) {
    return port < 0 || port > MAX_PORT ? "--port must be a TCP port, 1 to " + MAX_PORT + " (0: any free port), not " + port : null;
  }
}
