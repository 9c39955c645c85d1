package kz.muragat.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.muragat.core.access.Viewer;
import kz.muragat.search.NotFoundException;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.SearchBackend;
import kz.muragat.search.SearchRequest;
import kz.muragat.search.SearchResults;

/**
 * A search backend whose searches, exports and suggestions are counted and timed in the engine
 * itself (without HTTP), by kind and outcome ({@code hits}, {@code empty}, {@code bad_query}).
 * Everything else passes through unchanged.
 */
final class MeteredSearchBackend implements SearchBackend {
  private final SearchBackend backend;
  private final MeterRegistry registry;

  MeteredSearchBackend(SearchBackend backend, MeterRegistry registry) {
    this.backend = backend;
    this.registry = registry;
  }

  private void record(String kind, String outcome, long startNanos) {
    Timer.builder("muragat_searches")
        .description("Searches answered by the search engine, by kind (search, export, suggest) and outcome")
        .tags("kind", kind, "outcome", outcome)
        .publishPercentileHistogram()
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(Duration.ofNanos(System.nanoTime() - startNanos));
  }

  @Override
  public SearchResults.Result search(SearchRequest req, Viewer viewer) throws IOException, QueryParseException {
    long t0 = System.nanoTime();
    try {
      SearchResults.Result r = backend.search(req, viewer);
      record("search", r.total() == 0 ? "empty" : "hits", t0);
      return r;
    } catch (QueryParseException e) {
      record("search", "bad_query", t0);
      throw e;
    }
  }

  @Override
  public void export(SearchRequest req, Viewer viewer, Consumer<SearchResults.Hit> sink) throws IOException, QueryParseException {
    long t0 = System.nanoTime();
    try {
      backend.export(req, viewer, sink);
      record("export", "hits", t0);
    } catch (QueryParseException e) {
      record("export", "bad_query", t0);
      throw e;
    }
  }

  @Override
  public List<Map<String, Object>> complete(String prefix, int limit, Viewer viewer) throws IOException {
    long t0 = System.nanoTime();
    List<Map<String, Object>> r = backend.complete(prefix, limit, viewer);
    record("suggest", r.isEmpty() ? "empty" : "hits", t0);
    return r;
  }

  @Override
  public boolean ready() {
    return backend.ready();
  }

  @Override
  public void reload() throws IOException {
    backend.reload();
  }

  @Override
  public Map<String, Object> stats() throws IOException {
    return backend.stats();
  }

  @Override
  public boolean delete(String id) throws IOException {
    return backend.delete(id);
  }

  @Override
  public SearchResults.DocumentView document(String id, Viewer viewer) throws IOException, NotFoundException {
    return backend.document(id, viewer);
  }

  @Override
  public Path pageImage(String id, int n, Viewer viewer) throws IOException, NotFoundException {
    return backend.pageImage(id, n, viewer);
  }

  @Override
  public List<SearchResults.Box> hitBoxes(String id, int n, String q, String syntax, Viewer viewer)
      throws IOException, NotFoundException, QueryParseException {
    return backend.hitBoxes(id, n, q, syntax, viewer);
  }

  @Override
  public Map<Integer, List<SearchResults.Box>> hitBoxesByPage(String id, String q, String syntax)
      throws IOException, NotFoundException, QueryParseException {
    return backend.hitBoxesByPage(id, q, syntax);
  }

  @Override
  public void close() throws IOException {
    backend.close();
  }
}
