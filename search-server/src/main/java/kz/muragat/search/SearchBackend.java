package kz.muragat.search;

import kz.muragat.core.access.Viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the HTTP API asks of search: {@link SearchService}, over the embedded Lucene index or a
 * SolrCloud collection ({@link SearchEngine}). Every answer is limited to what the {@link Viewer}
 * may see.
 */
public interface SearchBackend extends AutoCloseable {
  /** Whether there is an index to search yet. */
  boolean ready();

  /** Makes changes committed by an indexer visible now. */
  void reload() throws IOException;

  /** Counts of what the index holds, for administrators. */
  Map<String, Object> stats() throws IOException;

  /** Removes a document (administrators); whether it existed. */
  boolean delete(String id) throws IOException;

  SearchResults.Result search(SearchRequest req, Viewer viewer) throws IOException, QueryParseException;

  default SearchResults.Result search(SearchRequest req) throws IOException, QueryParseException {
    return search(req, Viewer.PUBLIC);
  }

  /** Every hit of a search, best first, up to {@link SearchService#MAX_EXPORT}. */
  void export(SearchRequest req, Viewer viewer, Consumer<SearchResults.Hit> sink) throws IOException, QueryParseException;

  default void export(SearchRequest req, Consumer<SearchResults.Hit> sink) throws IOException, QueryParseException {
    export(req, Viewer.PUBLIC, sink);
  }

  /** Completions of the last word typed, from the index vocabulary. */
  List<Map<String, Object>> complete(String prefix, int limit, Viewer viewer) throws IOException;

  default List<Map<String, Object>> complete(String prefix, int limit) throws IOException {
    return complete(prefix, limit, Viewer.PUBLIC);
  }

  SearchResults.DocumentView document(String id, Viewer viewer) throws IOException, NotFoundException;

  default SearchResults.DocumentView document(String id) throws IOException, NotFoundException {
    return document(id, Viewer.PUBLIC);
  }

  /** The image file of a page. */
  Path pageImage(String id, int n, Viewer viewer) throws IOException, NotFoundException;

  default Path pageImage(String id, int n) throws IOException, NotFoundException {
    return pageImage(id, n, Viewer.PUBLIC);
  }

  /** The boxes of the words on a page that match a query, in page-image pixels. */
  List<SearchResults.Box> hitBoxes(String id, int n, String q, String syntax, Viewer viewer)
      throws IOException, NotFoundException, QueryParseException;

  default List<SearchResults.Box> hitBoxes(String id, int n, String q, String syntax)
      throws IOException, NotFoundException, QueryParseException {
    return hitBoxes(id, n, q, syntax, Viewer.PUBLIC);
  }

  /** Page number → boxes of the words matching a query, for every page of a public document. */
  Map<Integer, List<SearchResults.Box>> hitBoxesByPage(String id, String q, String syntax)
      throws IOException, NotFoundException, QueryParseException;

  @Override
  void close() throws IOException;
}
