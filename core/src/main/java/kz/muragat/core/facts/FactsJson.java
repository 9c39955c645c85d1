package kz.muragat.core.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The facts JSON stored on a document entry ({@link FileFacts#toJson()}), read back: the variant a
 * caller may see, chosen from the levels they hold.
 */
public final class FactsJson {
  static final String LEVELS = "levels";
  static final String VARIANTS = "variants";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode root;

  private FactsJson(JsonNode root) {
    this.root = root;
  }

  /** Parses a stored value; null or unreadable JSON reads as no facts. */
  public static FactsJson parse(String stored) {
    if (stored == null || stored.isBlank()) return new FactsJson(MissingNode.getInstance());
    try {
      return new FactsJson(JSON.readTree(stored));
    } catch (IOException e) {
      throw new UncheckedIOException("facts of a document entry are not JSON", e);
    }
  }

  /** The page levels of the document that have variants of their own. */
  public Set<String> levels() {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode l : root.path(LEVELS)) out.add(l.asText());
    return out;
  }

  /** The key of the variant a caller may see: the document's page levels they hold. */
  public String variantFor(Predicate<String> maySee) {
    Set<String> held = new LinkedHashSet<>();
    for (String l : levels()) if (maySee.test(l)) held.add(l);
    return FileFacts.variantKey(held);
  }

  /** The facts of a variant (an object with persons, articles, sentences, bodies, dates); missing when there is none. */
  public JsonNode variant(String key) {
    return root.path(VARIANTS).path(key);
  }

  /** Every variant's key. */
  public Set<String> variantKeys() {
    Set<String> out = new LinkedHashSet<>();
    root.path(VARIANTS).fieldNames().forEachRemaining(out::add);
    return out;
  }
}
