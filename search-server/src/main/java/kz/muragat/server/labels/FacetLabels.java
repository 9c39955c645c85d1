package kz.muragat.server.labels;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Display labels of facet values in the interface languages: {@code doc_type=troika_extract} is
 * shown as «Выписка из протокола тройки», «Үштік отырысы хаттамасынан үзінді» or "Extract from the
 * troika's minutes". Read from a CSV file ({@code config/facet-labels.csv}), one value a row:
 *
 * <pre>
 * facet,value,ru,kk,en
 * doc_type,troika_extract,Выписка из протокола тройки,Үштік отырысы хаттамасынан үзінді,Extract from the troika's minutes
 * </pre>
 *
 * A language column may be left empty or out; the interface then shows the value as it is.
 */
public final class FacetLabels {
  /** The interface languages a label may be given in. */
  public static final List<String> LANGUAGES = List.of("ru", "kk", "en");

  private static final FacetLabels NONE = new FacetLabels(Map.of());

  /** facet → value → language → label. */
  private final Map<String, Map<String, Map<String, String>>> labels;

  private FacetLabels(Map<String, Map<String, Map<String, String>>> labels) {
    this.labels = labels;
  }

  public static FacetLabels none() {
    return NONE;
  }

  /** The labels in a file; none when there is no such file. A file that cannot be read as labels is an error naming its line. */
  public static FacetLabels load(Path file) throws IOException {
    if (file == null || !Files.isRegularFile(file)) return NONE;
    Map<String, Map<String, Map<String, String>>> out = new TreeMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
            .setCommentMarker('#').get().parse(r)) {
      List<String> header = csv.getHeaderNames();
      if (!header.contains("facet") || !header.contains("value") || LANGUAGES.stream().noneMatch(header::contains)) {
        throw new IOException(file + ": the header must be facet,value and one or more of " + String.join(",", LANGUAGES) + "; it is " + header);
      }
      for (CSVRecord row : csv) {
        String facet = row.get("facet"), value = row.isSet("value") ? row.get("value") : "";
        if (facet.isEmpty() || value.isEmpty()) throw new IOException(file + " record " + row.getRecordNumber() + ": a facet and a value are needed");
        Map<String, String> byLang = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
          if (row.isMapped(lang) && row.isSet(lang) && !row.get(lang).isEmpty()) byLang.put(lang, row.get(lang));
        }
        if (!byLang.isEmpty()) out.computeIfAbsent(facet, k -> new TreeMap<>()).put(value, Collections.unmodifiableMap(byLang));
      }
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    return new FacetLabels(Collections.unmodifiableMap(out));
  }

  /** facet → value → language → label, as the web page reads it from {@code GET /api/labels}. */
  public Map<String, Map<String, Map<String, String>>> asMap() {
    return labels;
  }

  /** Values labelled, over all facets. */
  public int size() {
    return labels.values().stream().mapToInt(Map::size).sum();
  }
}
