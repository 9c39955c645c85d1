package kz.muragat.core.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A document's facts as the API shows them to one caller: the variant read from exactly the pages
 * they may see ({@link FileFacts}), persons with their ids from the {@link PersonsStore}.
 *
 * <pre>
 * {"persons": [{"name", "person", "birth_year", "birthplace", "role", "pages"}], "articles": ["58-10"],
 *  "sentences": [{"kind", "years", "pages"}], "bodies": ["troika"], "dates": [{"date", "role", "pages"}]}
 * </pre>
 */
public final class FactsView {
  private FactsView() {}

  /** The facts of document {@code id} (stored as {@code stored}) that a caller may see. */
  public static Map<String, Object> of(String id, String stored, Predicate<String> maySee, PersonsStore persons) {
    FactsJson json = FactsJson.parse(stored);
    String key = json.variantFor(maySee);
    JsonNode f = json.variant(key);
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, Object>> ps = new ArrayList<>();
    int i = 0;
    for (JsonNode p : f.path("persons")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", PersonsStore.name(p));
      m.put("person", persons.personId(id, key, i++));
      m.put("birth_year", p.path("birth_year").isNumber() ? p.get("birth_year").intValue() : null);
      m.put("birthplace", p.path("birthplace").isTextual() ? p.get("birthplace").asText() : null);
      m.put("role", p.path("role").asText());
      m.put("pages", pages(p));
      ps.add(m);
    }
    out.put("persons", ps);
    out.put("articles", texts(f.path("articles"), "article"));
    out.put("sentences", objects(f.path("sentences"), "kind", "years"));
    out.put("bodies", texts(f.path("bodies"), "body"));
    out.put("dates", objects(f.path("dates"), "date", "role"));
    return out;
  }

  /** Each object's {@code fields} (a number, a string or null) and its pages. */
  private static List<Map<String, Object>> objects(JsonNode array, String... fields) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonNode n : array) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String field : fields) {
        JsonNode v = n.path(field);
        m.put(field, v.isNumber() ? (Object) v.intValue() : v.isTextual() ? v.asText() : null);
      }
      m.put("pages", pages(n));
      out.add(m);
    }
    return out;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) out.add(n.path(field).asText());
    return out;
  }

  static List<Integer> pages(JsonNode n) {
    List<Integer> out = new ArrayList<>();
    for (JsonNode p : n.path("pages")) out.add(p.intValue());
    return out;
  }
}
