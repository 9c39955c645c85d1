package kz.muragat.core.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access levels of single pages, from the metadata field {@code page_access}: pages (or ranges of
 * pages) that are more closed than their document. Written in a manifest column as {@code
 * 3=closed; 4-6=restricted} (or {@code 3:closed}), or in a {@code .meta.json} sidecar as an object
 * {@code "page_access": {"3": "closed", "4-6": "restricted"}}.
 *
 * <p>A page's level only ever adds a requirement: to see the page, a caller must be allowed both
 * the document's level and the page's. A page listed as {@code public} (or as the document's own
 * level) is simply a page of the document.
 */
public final class PageAccess {
  /** The metadata key. */
  public static final String KEY = "page_access";

  private static final Pattern ITEM = Pattern.compile("\\s*(\\d{1,6})\\s*(?:-\\s*(\\d{1,6}))?\\s*[:=]\\s*([\\p{L}\\p{N}_-]+)\\s*");
  private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,6})\\s*(?:-\\s*(\\d{1,6}))?\\s*");

  public static final PageAccess NONE = new PageAccess(List.of());

  private record Range(int from, int to, String level) {}

  private final List<Range> ranges;

  private PageAccess(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** The page levels of a document's metadata; {@link #NONE} when it has none. */
  public static PageAccess of(ArchivalMetadata meta) {
    String spec = meta.get(KEY);
    if (spec == null || spec.isBlank()) return NONE;
    return parse(spec);
  }

  /**
   * Parses {@code 3=closed; 4-6=restricted} or the JSON object form.
   *
   * @throws IllegalArgumentException when the value cannot be read (the file is reported, not
   *     indexed with its pages open)
   */
  public static PageAccess parse(String spec) {
    List<Range> out = new ArrayList<>();
    String s = spec.strip();
    if (s.startsWith("{")) {
      JsonNode node;
      try {
        node = new ObjectMapper().readTree(s);
      } catch (IOException e) {
        throw new IllegalArgumentException("page_access: not a valid JSON object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Matcher m = RANGE.matcher(e.getKey());
        if (!m.matches() || !e.getValue().isTextual() || e.getValue().asText().isBlank()) {
          throw new IllegalArgumentException("page_access: expected \"page or from-to\": \"level\", got \"" + e.getKey() + "\"");
        }
        out.add(range(m.group(1), m.group(2), e.getValue().asText()));
      }
    } else {
      for (String item : s.split("[;,]")) {
        if (item.isBlank()) continue;
        Matcher m = ITEM.matcher(item);
        if (!m.matches()) {
          throw new IllegalArgumentException("page_access: expected 'page=level' or 'from-to=level', got '" + item.strip() + "'");
        }
        out.add(range(m.group(1), m.group(2), m.group(3)));
      }
    }
    return new PageAccess(out);
  }

  private static Range range(String from, String to, String level) {
    int a = Integer.parseInt(from), b = to == null ? a : Integer.parseInt(to);
    if (a < 1 || b < a) throw new IllegalArgumentException("page_access: bad page range " + from + (to == null ? "" : "-" + to));
    return new Range(a, b, level.strip().toLowerCase(Locale.ROOT));
  }

  /** Every level named in the ranges, whatever pages they cover. */
  public TreeSet<String> levels() {
    TreeSet<String> out = new TreeSet<>();
    for (Range r : ranges) out.add(r.level);
    return out;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /**
   * The extra level page {@code n} needs beyond its document's {@code docLevel}, or null when it
   * needs none. The last matching range wins.
   */
  public String extraLevel(int n, String docLevel) {
    String level = null;
    for (Range r : ranges) if (n >= r.from && n <= r.to) level = r.level;
    if (level == null || level.equals(docLevel) || level.equals("public")) return null;
    return level;
  }

}
