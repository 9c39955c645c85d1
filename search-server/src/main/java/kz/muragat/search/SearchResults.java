package kz.muragat.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Records of the search API's JSON answers. */
public final class SearchResults {
  private SearchResults() {}

  /** One page of a hit with its snippet. */
  public record PageHit(int number, String snippet) {}

  /**
   * One matching document.
   *
   * @param citation_matched true when the query cites an archival reference ({@code ф. 1, оп. 2,
   *     д. 345}) and this document's metadata carry it (it may have no matching page); absent otherwise
   */
  public record Hit(
      String id,
      String title,
      float score,
      String format,
      int pageCount,
      Map<String, String> metadata,
      String citation,
      List<PageHit> pages,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean citation_matched) {}

  /**
   * The answer to a search.
   *
   * @param next_cursor pass as {@code cursor} for the next page; null on the last page
   * @param facets facet name → values with counts (when asked for)
   * @param did_you_mean a corrected query when nothing was found and the index knows a close spelling
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Result(
      long total,
      long took_ms,
      int from,
      int size,
      List<Hit> hits,
      String next_cursor,
      Map<String, List<FacetValue>> facets,
      String did_you_mean) {
    public static Result empty(int from, int size) {
      return new Result(0, 0, from, size, List.of(), null, null, null);
    }
  }

  /**
   * One page of a document as the viewer shows it. {@code languages} (ISO 639-1, main first) and {@code script} (ISO 15924:
   * {@code Cyrl}, {@code Latn}, {@code Cyrl+Latn}) are what the OCR judged the page to be in; empty
   * and {@code null} for pages it did not read. {@code lostText} (present only when true): the OCR read
   * much less text than the page's ink shows (lines, or the starts of lines), so part of the page is
   * missing from its text.
   */
  public record PageView(
      int number,
      String source,
      String text,
      int width,
      int height,
      float confidence,
      boolean image,
      List<String> languages,
      String script,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) boolean lostText) {}

  /** A document with its metadata and pages. */
  public record DocumentView(
      String id,
      String title,
      String format,
      String mediaType,
      int pageCount,
      Map<String, String> metadata,
      String citation,
      List<PageView> pages,
      Map<String, Object> facts) {}

  /** A page of persons ({@code kz.muragat.core.facts.PersonsStore}): how many match, and those from {@code from}. */
  public record PersonsPage(int total, int from, int size, List<Map<String, Object>> persons) {}

  /** A hit box in page-image pixels, with the word it covers and how it matched. */
  public record Box(int x, int y, int w, int h, String word, MatchKind match) {}

  /** A facet value and how many matching documents have it. */
  public record FacetValue(String value, long count) {}
}
