package kz.muragat.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Opaque cursors for deep paging: the sort values of the last hit of a page (score or date, then
 * the document id that breaks ties), so the next page starts right after it with {@code
 * searchAfter} — no limit on depth, stable while the index grows.
 */
public final class Cursors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Cursors() {}

  public static String encode(FieldDoc last, SearchRequest.SortOrder sort) {
    ArrayNode a = JSON.createArrayNode();
    a.add(sort.name());
    for (Object f : last.fields) {
      if (f instanceof Float x) a.add("f:" + Float.floatToIntBits(x));
      else if (f instanceof Long x) a.add("l:" + x);
      else if (f instanceof BytesRef x) a.add("s:" + x.utf8ToString());
      else if (f == null) a.addNull();
      else throw new IllegalStateException("cannot encode sort value " + f.getClass());
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(a.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position a cursor holds, checked against the order it must belong to: as many values as
   * the order sorts by, each of the type that sort field holds (a score, a date, an id; a
   * position for a SolrCloud relevance cursor). Anything else is a malformed cursor, never an
   * error further down.
   */
  public static FieldDoc decode(String cursor, SearchRequest.SortOrder sort) throws QueryParseException {
    JsonNode a;
    try {
      a = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
    } catch (IOException | IllegalArgumentException e) {
      throw new QueryParseException(QueryParseException.Reason.PAGING, "malformed cursor");
    }
    if (a == null || !a.isArray() || a.size() < 2 || !a.get(0).isTextual() || !a.get(0).asText().equals(sort.name())) {
      throw new QueryParseException(QueryParseException.Reason.PAGING, "the cursor belongs to another sort order or query");
    }
    Object[] fields = new Object[a.size() - 1];
    for (int i = 1; i < a.size(); i++) {
      JsonNode n = a.get(i);
      if (n.isNull()) continue;
      if (!n.isTextual()) throw new QueryParseException(QueryParseException.Reason.PAGING, "malformed cursor");
      String s = n.asText();
      try {
        fields[i - 1] = switch (s.length() < 2 ? "" : s.substring(0, 2)) {
          case "f:" -> Float.intBitsToFloat(Integer.parseInt(s.substring(2)));
          case "l:" -> Long.parseLong(s.substring(2));
          case "s:" -> new BytesRef(s.substring(2));
          default -> throw new QueryParseException(QueryParseException.Reason.PAGING, "malformed cursor");
        };
      } catch (NumberFormatException e) {
        throw new QueryParseException(QueryParseException.Reason.PAGING, "malformed cursor");
      }
    }
    if (!fits(fields, sort)) throw new QueryParseException(QueryParseException.Reason.PAGING, "malformed cursor");
    return new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields);
  }

  /**
   * Whether the values are what the order sorts by: relevance — a score (or a SolrCloud position)
   * and an id; id — an id; dates — a day and an id.
   */
  private static boolean fits(Object[] f, SearchRequest.SortOrder sort) {
    return switch (sort) {
      case RELEVANCE -> (f.length == 2 && f[0] instanceof Float && f[1] instanceof BytesRef) || (f.length == 1 && f[0] instanceof Long p && p >= 0);
      case ID -> f.length == 1 && f[0] instanceof BytesRef;
      case DATE_ASC, DATE_DESC -> f.length == 2 && f[0] instanceof Long && f[1] instanceof BytesRef;
    };
  }
}
