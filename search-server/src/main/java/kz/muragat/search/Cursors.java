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

  public static FieldDoc decode(String cursor, SearchRequest.SortOrder sort) throws QueryParseException {
    try {
      JsonNode a = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
      if (a == null || !a.isArray() || a.size() < 2 || !a.get(0).asText().equals(sort.name())) {
        throw new QueryParseException("the cursor belongs to another sort order or query");
      }
      Object[] fields = new Object[a.size() - 1];
      for (int i = 1; i < a.size(); i++) {
        JsonNode n = a.get(i);
        if (n.isNull()) continue;
        String s = n.asText();
        fields[i - 1] = switch (s.substring(0, 2)) {
          case "f:" -> Float.intBitsToFloat(Integer.parseInt(s.substring(2)));
          case "l:" -> Long.parseLong(s.substring(2));
          case "s:" -> new BytesRef(s.substring(2));
          default -> throw new QueryParseException("malformed cursor");
        };
      }
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields);
    } catch (IOException | IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw new QueryParseException("malformed cursor");
    }
  }
}
