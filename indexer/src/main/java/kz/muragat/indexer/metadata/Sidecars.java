package kz.muragat.indexer.metadata;

import kz.muragat.core.metadata.ArchivalMetadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads archival metadata from sidecar files:
 *
 * <ul>
 *   <li>{@code manifest.csv} in a folder: a header row, then one row per file of that folder; the
 *       column {@code file} names the file, every other column is a metadata field.
 *   <li>{@code <scan file name>.meta.json} beside a scan (e.g. {@code case-12.tif.meta.json}): a
 *       JSON object of fields; it overrides the manifest row for that file.
 * </ul>
 *
 * Manifests are read once per folder and cached; a broken manifest is reported through the
 * exception of {@link #forFile} and does not stop other folders. A sidecar that is a symbolic link
 * leading outside the indexed folder is not read: the files it describes fail, since their access
 * level cannot be known.
 */
public final class Sidecars {
  public static final String MANIFEST = "manifest.csv";
  public static final String JSON_SUFFIX = ".meta.json";

  private final Map<Path, Map<String, Map<String, String>>> manifests = new ConcurrentHashMap<>();
  private final ObjectMapper json = new ObjectMapper();
  private final Predicate<Path> readable;

  /** @param readable whether a sidecar file may be read (see {@code LinkPolicy#permits}) */
  public Sidecars(Predicate<Path> readable) {
    this.readable = readable;
  }

  /** Sidecars read wherever they lead. */
  public Sidecars() {
    this(p -> true);
  }

  private void checkReadable(Path sidecar) throws IOException {
    if (!readable.test(sidecar)) {
      throw new IOException(sidecar + ": a symbolic link leading outside the indexed folder: not read");
    }
  }

  /** Whether a file is a sidecar (metadata), not a document to index. */
  public static boolean isSidecar(Path file) {
    String name = file.getFileName().toString();
    return name.equals(MANIFEST) || name.endsWith(JSON_SUFFIX);
  }

  /** The metadata of a source file: its manifest row overlaid with its JSON sidecar. */
  public ArchivalMetadata forFile(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    Map<String, String> row = manifest(dir).getOrDefault(name, Map.of());
    ArchivalMetadata meta = new ArchivalMetadata(row);
    Path side = dir.resolve(name + JSON_SUFFIX);
    if (Files.isRegularFile(side)) {
      checkReadable(side);
      meta = meta.overlay(readJson(side));
    }
    return meta;
  }

  private Map<String, Map<String, String>> manifest(Path dir) throws IOException {
    Map<String, Map<String, String>> cached = manifests.get(dir);
    if (cached != null) return cached;
    Path csv = dir.resolve(MANIFEST);
    Map<String, Map<String, String>> rows = new HashMap<>();
    if (Files.isRegularFile(csv)) {
      checkReadable(csv);
      try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
          CSVParser parser =
              CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get().parse(r)) {
        if (!parser.getHeaderMap().containsKey("file")) {
          throw new IOException(csv + ": the header has no 'file' column");
        }
        for (CSVRecord rec : parser) {
          Map<String, String> fields = new LinkedHashMap<>();
          for (String h : parser.getHeaderNames()) {
            if (!h.equals("file") && rec.isSet(h)) fields.put(h, rec.get(h));
          }
          rows.put(rec.get("file"), fields);
        }
      } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
        throw new IOException(csv + ": " + e.getMessage(), e);
      }
    }
    manifests.put(dir, rows);
    return rows;
  }

  private ArchivalMetadata readJson(Path file) throws IOException {
    JsonNode node;
    try {
      node = json.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (node == null || !node.isObject()) throw new IOException(file + ": expected a JSON object");
    Map<String, String> fields = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
    return new ArchivalMetadata(fields);
  }
}
