package kz.muragat.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.muragat.core.access.Viewer;
import org.apache.lucene.search.Query;

/**
 * Where a {@link SearchPlan} runs: the embedded Lucene index ({@code search.lucene.LuceneEngine})
 * or a SolrCloud collection ({@code search.solr.SolrEngine}). An engine only reaches its index; the
 * rest — parsing, planning, snippets, documents and pages from the store — is {@link
 * SearchService}'s, the same for both.
 */
public interface SearchEngine extends AutoCloseable {
  /** Whether there is an index to search yet. */
  boolean ready();

  /** Makes changes committed by an indexer visible now. */
  void reload() throws IOException;

  /** Counts of what the index holds, for administrators. */
  Map<String, Object> stats() throws IOException;

  /** Removes a document; whether it existed. */
  boolean delete(String id) throws IOException;

  /** What a Lucene-syntax query may name besides the text fields. */
  UserQueryParser.DocumentFields documentFields() throws IOException;

  /** Every facet dimension the index holds. */
  List<String> facetDimensions() throws IOException;

  /**
   * Runs a plan: its page of hits with their matching pages (text and matched spans), the total,
   * the facets of {@code dims} and the cursor of the next page.
   */
  Found search(SearchPlan plan, List<String> dims) throws IOException, QueryParseException;

  /** The document entry with this id, if the caller may see it. */
  Optional<DocEntry> document(String id, Query access) throws IOException;

  /** The exact-word vocabulary of what a caller may see, for did-you-mean and completions. */
  Suggestions.Vocabulary vocabulary(Viewer viewer);

  /** The plan's highlight query as the index's terms (patterns expanded), for hit boxes. */
  QueryTerms terms(Query highlight) throws IOException;

  @Override
  void close() throws IOException;

  /** A document entry's stored fields. */
  record DocEntry(String id, String title, String mediaType, int pageCount, String metaJson, String sha256, String pageAccess) {}

  /** A page of hits as the engine found it. */
  record Found(long total, List<FoundDoc> hits, String nextCursor, Map<String, List<SearchResults.FacetValue>> facets) {}

  /** One hit: its document entry, score (0 unless by relevance) and matching pages, best first. */
  record FoundDoc(DocEntry doc, float score, List<FoundPage> pages) {}

  /** A matching page: its number, text and where the query matched it. */
  record FoundPage(int number, String text, List<TextMatcher.Span> spans) {}
}
