package kz.muragat.server.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.Endpoint;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import kz.muragat.core.access.Viewer;
import kz.muragat.search.SearchBackend;
import kz.muragat.server.auth.AccessTokens;
import kz.muragat.server.http.ApiException;

/**
 * The server's metrics in the Prometheus text format at {@code GET /metrics} (Micrometer, its
 * Prometheus registry): HTTP requests by route, method and status with latency histograms,
 * searches by kind, what the index holds, the latest indexing run (from {@code
 * DATA/reports/latest.json}: pages, OCR pages/s, files from the OCR cache) and the indexing in
 * progress, and the JVM. Scraping needs a token with the role {@code metrics} (or {@code admin}):
 * the numbers say what an archive holds and how it is used, and a reverse proxy may forward every
 * path.
 */
public final class ServerMetrics {
  /** The role a token needs to scrape (an administrator's token also may). */
  public static final String ROLE = "metrics";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final AccessTokens tokens;

  public ServerMetrics(SearchBackend backend, Path dataDir, AccessTokens tokens) {
    this.tokens = tokens;
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    IndexStats index = new IndexStats(backend);
    gauge("muragat_index_documents", "Documents in the index", index, s -> s.number("documents"));
    gauge("muragat_index_pages", "Pages in the index", index, s -> s.number("pages"));
    gauge("muragat_index_ready", "1 when there is an index to search", index, s -> backend.ready() ? 1 : 0);
    IndexingReport last = new IndexingReport(dataDir.resolve("reports").resolve("latest.json"));
    gauge("muragat_indexing_last_run_timestamp_seconds", "When the latest indexing run started (Unix time)", last, r -> r.startedAtSeconds());
    gauge("muragat_indexing_last_run_duration_seconds", "How long the latest indexing run took", last, r -> r.number("durationMillis") / 1000.0);
    gauge("muragat_indexing_last_run_pages", "Pages the latest indexing run wrote to the index", last, r -> r.number("pages"));
    gauge("muragat_indexing_last_run_pages_per_second", "Pages per second of the latest indexing run", last,
        r -> r.number("pages") / Math.max(1e-3, r.number("durationMillis") / 1000.0));
    gauge("muragat_indexing_last_run_ocr_pages_per_second", "OCR pages per second of the latest indexing run", last,
        r -> r.number("ocrPages") / Math.max(1e-3, r.number("durationMillis") / 1000.0));
    gauge("muragat_indexing_last_run_cache_hits", "Files of the latest run taken from the OCR cache (no OCR)", last, r -> r.number("fromCache"));
    gauge("muragat_indexing_last_run_ocr_files", "Files of the latest run that needed OCR", last,
        r -> r.number("indexed") - r.number("fromCache"));
    gauge("muragat_indexing_last_run_failed_files", "Files the latest indexing run could not index", last, r -> r.size("failed"));
    IndexingReport progress = new IndexingReport(dataDir.resolve("reports").resolve("progress.json"));
    gauge("muragat_indexing_queue_files", "Files of the indexing run in progress not yet done (waiting for or in OCR)", progress,
        r -> r.running() ? r.number("files") - r.number("done") : 0);
    gauge("muragat_indexing_running", "1 while an indexing run is in progress", progress, r -> r.running() ? 1 : 0);
  }

  private <T> void gauge(String name, String help, T source, ToDoubleFunction<T> value) {
    // strong: the sources live only in their gauges (a gauge holds its object weakly by default)
    Gauge.builder(name, source, value).description(help).strongReference(true).register(registry);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** A search backend whose searches are counted and timed here. */
  public SearchBackend metered(SearchBackend backend) {
    return new MeteredSearchBackend(backend, registry);
  }

  /**
   * Every answered request (Javalin's request logger): its route — the route pattern, never the
   * raw path, so ids do not multiply the series — method, status and time.
   */
  public void request(Context ctx, Float millis) {
    Timer.builder("muragat_http_requests")
        .description("HTTP requests by route, method and status")
        .tags("route", route(ctx), "method", ctx.method().name(), "status", Integer.toString(ctx.statusCode()))
        .publishPercentileHistogram()
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(Duration.ofNanos((long) (millis * 1_000_000)));
  }

  private static String route(Context ctx) {
    try {
      // the matched HTTP endpoint, not the one running last (an after-handler's "*")
      Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
      String path = matched == null ? null : matched.path;
      if (path != null && !path.isEmpty() && !path.equals("*") && !path.endsWith("/*")) return path;
    } catch (RuntimeException e) {
      // no endpoint: a static file, or nothing at all
    }
    return ctx.statusCode() == 404 ? "unmatched" : "static";
  }

  /** {@code GET /metrics}: the text format, for a token with the metrics (or admin) role. */
  public void scrape(Context ctx) {
    Viewer v = tokens.viewer(ctx);
    if (v == Viewer.PUBLIC) throw new ApiException(401, "metrics need a token with the role 'metrics' (make one: muragat token metrics)");
    if (!v.admin() && !v.levels().contains(ROLE)) throw new ApiException(403, "this token may not read the metrics (role 'metrics' needed)");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
    ctx.result(registry.scrape());
  }

  /** What the index holds, counted at most every few seconds (a scrape must not count the index each time). */
  private static final class IndexStats {
    private static final long MAX_AGE_NANOS = 10_000_000_000L;
    private final SearchBackend backend;
    private Map<String, Object> stats = Map.of();
    private long at = Long.MIN_VALUE / 2;

    IndexStats(SearchBackend backend) {
      this.backend = backend;
    }

    synchronized double number(String key) {
      long now = System.nanoTime();
      if (now - at > MAX_AGE_NANOS) {
        try {
          stats = backend.stats();
        } catch (IOException | RuntimeException e) {
          stats = Map.of();
        }
        // no index open yet: ask again at the next scrape rather than keep saying so
        at = stats.containsKey("documents") ? now : Long.MIN_VALUE / 2;
      }
      return stats.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
  }

  /** An indexer's JSON report in the data folder, read again when it changed. */
  private static final class IndexingReport {
    /** A run that has not said anything for this long is taken to be gone. */
    private static final Duration STALE = Duration.ofMinutes(15);
    private final Path file;
    private JsonNode json = JSON.createObjectNode();
    private long modified = -1;

    IndexingReport(Path file) {
      this.file = file;
    }

    private synchronized JsonNode read() {
      try {
        long m = Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
        if (m != modified) {
          json = m < 0 ? JSON.createObjectNode() : JSON.readTree(file.toFile());
          modified = m;
        }
      } catch (IOException e) {
        json = JSON.createObjectNode(); // being replaced right now: the next scrape reads it
      }
      return json;
    }

    double number(String key) {
      JsonNode n = read().get(key);
      return n != null && n.isNumber() ? n.asDouble() : Double.NaN;
    }

    double size(String key) {
      JsonNode n = read().get(key);
      return n != null && n.isArray() ? n.size() : Double.NaN;
    }

    /** A run in progress: it says so, and said it lately (a killed indexer leaves "running" behind). */
    boolean running() {
      JsonNode n = read().get("running"), updated = read().get("updatedAt");
      if (n == null || !n.asBoolean() || updated == null) return false;
      try {
        return java.time.Instant.parse(updated.asText()).isAfter(java.time.Instant.now().minus(STALE));
      } catch (java.time.format.DateTimeParseException e) {
        return false;
      }
    }

    double startedAtSeconds() {
      JsonNode n = read().get("startedAt");
      try {
        return n == null ? Double.NaN : java.time.Instant.parse(n.asText()).toEpochMilli() / 1000.0;
      } catch (java.time.format.DateTimeParseException e) {
        return Double.NaN;
      }
    }
  }
}
