package kz.muragat.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.muragat.search.SearchBackend;
import kz.muragat.search.SearchService;
import kz.muragat.server.http.ApiException;
import kz.muragat.server.api.DocumentHandler;
import kz.muragat.server.api.ExportHandler;
import kz.muragat.server.api.SearchHandler;
import kz.muragat.server.api.SuggestHandler;
import kz.muragat.server.api.AdminHandlers;
import kz.muragat.server.api.AnalyzeHandler;
import kz.muragat.server.audit.AuditLog;
import kz.muragat.server.auth.AccessTokens;
import kz.muragat.server.auth.ClientGate;
import kz.muragat.server.auth.RateLimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import kz.muragat.server.embed.Cors;
import kz.muragat.server.embed.EmbedPage;
import kz.muragat.server.embed.OpenSearch;
import kz.muragat.server.iiif.Iiif;
import kz.muragat.server.labels.FacetLabels;
import kz.muragat.server.metrics.ServerMetrics;
import kz.muragat.server.openapi.OpenApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Muragat's HTTP server: the JSON API under {@code /api}, the researchers' web page at {@code /}.
 * Errors are JSON with a message and the right status; no stack trace ever reaches a client.
 */
public final class MuragatServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MuragatServer.class);

  /** Longest request line plus headers accepted, in bytes (Jetty answers 414 or 431 beyond). */
  static final int MAX_REQUEST_HEADER = 16 * 1024;

  /**
   * Requests of one client that may wait behind its others: a reading room behind one address
   * (several browsers, each with up to 6 connections) waits rather than being refused.
   */
  static final int GATE_QUEUE = 64;

  /** Longest a request waits behind the same client's others before it is answered 429. */
  static final long GATE_WAIT_MILLIS = 20_000;

  private static final String PERMIT = "muragat.permit";

  private final SearchBackend search;
  private final Javalin app;

  public MuragatServer(ServerOptions options) {
    this(options, kz.muragat.search.lucene.LuceneEngine.searchService(options.dataDir()));
  }

  /** A server answering from another backend than the embedded index (e.g. SolrCloud). */
  public MuragatServer(ServerOptions options, SearchBackend backend) {
    AccessTokens tokens;
    try {
      tokens = AccessTokens.load(options.tokensFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tokens.size() > 0) LOG.info("{} access token(s) loaded", tokens.size());
    FacetLabels labels;
    try {
      labels = FacetLabels.load(options.labelsFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (labels.size() > 0) LOG.info("{} facet value label(s) loaded from {}", labels.size(), options.labelsFile());
    ServerMetrics metrics = new ServerMetrics(backend, options.dataDir(), tokens);
    this.search = metrics.metered(backend);
    RateLimiter limiter = new RateLimiter(options.ratePerSecond(), options.rateBurst());
    ClientGate gate = new ClientGate(options.clientConcurrency(), GATE_QUEUE, GATE_WAIT_MILLIS);
    AuditLog audit = new AuditLog(search);
    AdminHandlers admin = new AdminHandlers(search, tokens, audit);
    this.app =
        Javalin.create(
            c -> {
              c.jetty.host = options.host();
              c.jetty.port = options.port();
              c.startup.showJavalinBanner = false;
              c.http.maxRequestSize = 64 * 1024; // the API takes no uploads
              // Jetty's own errors (URI or headers too long, unparsable requests) in JSON too
              c.jetty.modifyHttpConfiguration(h -> h.setRequestHeaderSize(MAX_REQUEST_HEADER));
              c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              c.staticFiles.add("/public", Location.CLASSPATH);
              c.requestLogger.http(metrics::request);
              c.routes.before(ctx -> {
                SecurityHeaders.apply(ctx);
                if (!limiter.allow(ctx.ip())) {
                  ctx.header("Retry-After", Integer.toString(limiter.retryAfterSeconds()));
                  throw new ApiException(429, "too many requests; slow down and retry");
                }
                try {
                  ctx.attribute(PERMIT, gate.enter(ctx.ip()));
                } catch (ApiException busy) {
                  ctx.header("Retry-After", "1");
                  throw busy;
                }
              });
              // after every request, however it ended: the client's place is free again
              c.routes.after(ctx -> {
                ClientGate.Permit permit = ctx.attribute(PERMIT);
                if (permit != null) permit.close();
              });
              c.routes.get("/api/search", new SearchHandler(search, tokens, audit));
              c.routes.get("/api/export", new ExportHandler(search, tokens, audit));
              c.routes.get("/api/suggest", new SuggestHandler(search, tokens));
              c.routes.get("/api/documents/<" + DocumentHandler.PATH_PARAM + ">", new DocumentHandler(search, tokens, options.publicUrl(), audit));
              c.routes.get("/api/analyze", new AnalyzeHandler());
              c.routes.get("/api/labels", ctx -> ctx.header("Cache-Control", "public, max-age=300").json(labels.asMap()));
              c.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "indexReady", search.ready())));
              c.routes.get("/metrics", metrics::scrape);
              // browsers ask for it whatever the page says: the same icon as favicon.svg
              byte[] icon = favicon();
              c.routes.get("/favicon.ico", ctx -> ctx.header("Cache-Control", "public, max-age=86400").contentType("image/svg+xml").result(icon));
              c.routes.get("/api/admin/status", admin::status);
              c.routes.post("/api/admin/reload", admin::reload);
              c.routes.delete("/api/admin/documents/<" + DocumentHandler.PATH_PARAM + ">", admin::delete);
              // ---- BEGIN embedding, IIIF, OpenAPI, OpenSearch (branch iiif) ----
              // CORS: the JSON API answers the configured origins (serve.cors-origins,
              // MURAGAT_CORS_ORIGINS), never with credentials; IIIF (public material) answers all.
              Cors cors = new Cors(options.corsOrigins(), options.publicUrl());
              Iiif iiif = Iiif.over(search, options.publicUrl());
              OpenSearch openSearch = new OpenSearch(search, options.publicUrl());
              c.routes.before("/api/*", cors::api);
              c.routes.options("/api/*", cors::apiPreflight);
              c.routes.before("/iiif/*", Cors::open);
              c.routes.options("/iiif/*", Cors::openPreflight);
              c.routes.get("/api/openapi.json", OpenApi::spec);
              c.routes.get("/iiif/image/{id}", iiif.image()::imageBase);
              c.routes.get("/iiif/image/{id}/info.json", iiif.image()::info);
              c.routes.get("/iiif/image/{id}/{region}/{size}/{rotation}/{file}", iiif.image()::image);
              c.routes.get("/iiif/{key}/manifest", iiif.presentation()::manifest);
              c.routes.get("/iiif/{key}/search", iiif.search()::search2);
              c.routes.get("/iiif/{key}/search1", iiif.search()::search1);
              c.routes.get("/iiif/<path>", ctx -> error(ctx, 404, "no such IIIF resource: " + ctx.path()));
              c.routes.get("/embed", new EmbedPage(cors));
              c.routes.get("/opensearch.xml", openSearch::description);
              c.routes.get("/opensearch/suggest", openSearch::suggest);
              // ---- END embedding, IIIF, OpenAPI, OpenSearch ----
              c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.code()));
              // Javalin's own answers (no such page, method not allowed, …) in the same JSON
              c.routes.exception(
                  io.javalin.http.HttpResponseException.class,
                  (e, ctx) -> error(ctx, e.getStatus(), e instanceof io.javalin.router.EndpointNotFound ? "no such page: " + ctx.path() : e.getMessage()));
              c.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "internal error; the server log has the details");
                  });
              // registered last: any other /api path is an unknown endpoint, answered in JSON
              c.routes.get("/api/<path>", ctx -> error(ctx, 404, "no such endpoint: " + ctx.path()));
            });
  }

  private static byte[] favicon() {
    try (var in = MuragatServer.class.getResourceAsStream("/public/favicon.svg")) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("favicon.svg missing from the web page's resources", e);
    }
  }

  private static void error(Context ctx, int status, String message) {
    error(ctx, status, message, null);
  }

  private static void error(Context ctx, int status, String message, String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message);
    if (code != null) body.put("code", code);
    ctx.status(status).json(body);
  }

  public MuragatServer start() {
    app.start();
    return this;
  }

  /** Makes an indexer's latest commit visible now. */
  public void reload() throws java.io.IOException {
    search.reload();
  }

  /** The port actually listened on (useful when asked for port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() throws Exception {
    app.stop();
    search.close();
  }
}
