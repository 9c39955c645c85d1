package kz.muragat.indexer.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import kz.muragat.core.metadata.AccessLevels;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.PageAccess;

/**
 * Reads archival metadata from sidecar files:
 *
 * <ul>
 *   <li>{@code manifest.csv} in a folder: a header row, then one row per file of that folder; the
 *       column {@code file} names the file, every other column is a metadata field (see {@link
 *       Manifest}).
 *   <li>{@code <scan file name>.meta.json} beside a scan (e.g. {@code case-12.tif.meta.json}): a
 *       JSON object of fields; it overrides the manifest row for that file.
 * </ul>
 *
 * <p>Metadata decides who may see a document, so whatever cannot be applied with certainty fails
 * the file — it is reported and not indexed (and a version indexed before is withdrawn), never
 * indexed as public: a broken manifest or JSON sidecar, two rows for one file, a file described in
 * a parent folder's manifest, keys differing only in case ({@code access} and {@code ACCESS}), a
 * blank or unknown {@code access} or {@code page_access} level (see {@link AccessLevels}), more
 * than {@link #MAX_FIELDS} fields. File names are compared after Unicode normalization (NFC). What
 * applies to no file at all (a row or a JSON sidecar without its file) is reported by {@link
 * #reportUnmatched}. A sidecar that is a symbolic link leading outside the indexed folder is not
 * read either, so the files it describes fail.
 */
public final class Sidecars {
  public static final String MANIFEST = "manifest.csv";
  public static final String JSON_SUFFIX = ".meta.json";

  /**
   * Most metadata fields one file may have: every field is a facet dimension counted on every
   * faceted search, so a sidecar with thousands of keys would slow every search down.
   */
  public static final int MAX_FIELDS = 64;

  /** A folder's entries by NFC name, and its manifest. */
  private record Folder(Map<String, List<Path>> entries, Manifest manifest) {}

  private final Path root;
  private final Predicate<Path> readable;
  private final AccessLevels levels;
  private final Map<Path, Folder> folders = new ConcurrentHashMap<>();
  private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /**
   * @param root the indexed folder: a file's metadata is looked for in its own folder, and parent
   *     folders up to this one are checked for rows misplaced there
   * @param readable whether a sidecar file may be read (see {@code LinkPolicy#permits})
   * @param levels the access levels metadata may name
   */
  public Sidecars(Path root, Predicate<Path> readable, AccessLevels levels) {
    this.root = root.toAbsolutePath().normalize();
    this.readable = readable;
    this.levels = levels;
  }

  /** Whether a file is a sidecar (metadata), not a document to index. */
  public static boolean isSidecar(Path file) {
    String name = file.getFileName().toString();
    return name.equals(MANIFEST) || name.endsWith(JSON_SUFFIX);
  }

  /**
   * The metadata of a source file: its manifest row overlaid with its JSON sidecar.
   *
   * @throws IOException saying what is wrong when the file's metadata cannot be applied with
   *     certainty (the file must then not be indexed)
   */
  public ArchivalMetadata forFile(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    String name = Manifest.nfc(abs.getFileName().toString());
    Folder folder = folder(dir);
    checkNotDescribedAbove(abs);
    Map<String, String> row = folder.manifest().fieldsFor(name);
    List<Path> jsons = folder.entries().getOrDefault(name + JSON_SUFFIX, List.of());
    if ((row != null || !jsons.isEmpty()) && folder.entries().getOrDefault(name, List.of()).size() > 1) {
      throw new IOException(dir + ": several files are named '" + name + "' (differing only in Unicode normalization): their metadata cannot be told apart");
    }
    if (jsons.size() > 1) throw new IOException(dir + ": several sidecars are named '" + name + JSON_SUFFIX + "' (differing only in Unicode normalization)");
    Fields fields = new Fields();
    if (row != null) fields.addAll(row, folder.manifest().file());
    if (!jsons.isEmpty()) fields.overlay(readJson(jsons.get(0)), jsons.get(0));
    return fields.checked();
  }

  /**
   * Reports every manifest row and JSON sidecar that applies to no file, in the folders of the
   * given source files and their parents up to the indexed folder.
   */
  public void reportUnmatched(List<Path> sourceFiles, BiConsumer<Path, String> problems) {
    Set<Path> dirs = new TreeSet<>();
    for (Path f : sourceFiles) {
      for (Path d = f.toAbsolutePath().normalize().getParent(); d != null && d.startsWith(root); d = d.getParent()) {
        if (!dirs.add(d)) break;
      }
    }
    for (Path d : dirs) {
      Folder folder;
      try {
        folder = folder(d);
      } catch (IOException e) {
        problems.accept(d, e.getMessage());
        continue;
      }
      folder.manifest().reportProblems(folder.entries().keySet(), problems);
      for (Map.Entry<String, List<Path>> e : folder.entries().entrySet()) {
        String n = e.getKey();
        if (!n.endsWith(JSON_SUFFIX)) continue;
        String described = n.substring(0, n.length() - JSON_SUFFIX.length());
        if (!folder.entries().containsKey(described)) {
          problems.accept(e.getValue().get(0), "describes '" + described + "': no such file beside it (names compared after Unicode normalization)");
        }
      }
    }
  }

  /** A file whose row sits in a parent folder's manifest: the row is not applied, nor is the file indexed without it. */
  private void checkNotDescribedAbove(Path file) throws IOException {
    for (Path d = file.getParent().getParent(); d != null && d.startsWith(root); d = d.getParent()) {
      Manifest m = folder(d).manifest();
      if (m.file() == null) continue;
      String rel = Manifest.nfc(d.relativize(file).toString().replace('\\', '/'));
      Manifest.Row row = m.misplaced(rel);
      if (row != null) {
        throw new IOException(m.file() + ": row " + row.number() + " describes this file, but a manifest describes only the files beside it:"
            + " move the row to " + file.getParent().resolve(MANIFEST));
      }
    }
  }

  private Folder folder(Path dir) throws IOException {
    Folder f = folders.get(dir);
    if (f != null) return f;
    Map<String, List<Path>> entries = new HashMap<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
      for (Path p : list) entries.computeIfAbsent(Manifest.nfc(p.getFileName().toString()), k -> new ArrayList<>()).add(p);
    }
    Manifest manifest = Manifest.NONE;
    List<Path> csv = entries.getOrDefault(MANIFEST, List.of());
    if (csv.size() > 1) throw new IOException(dir + ": several files are named " + MANIFEST);
    if (!csv.isEmpty() && Files.isRegularFile(csv.get(0))) {
      checkReadable(csv.get(0));
      manifest = Manifest.read(csv.get(0));
    }
    f = new Folder(entries, manifest);
    folders.put(dir, f);
    return f;
  }

  private void checkReadable(Path sidecar) throws IOException {
    if (!readable.test(sidecar)) {
      throw new IOException(sidecar + ": a symbolic link leading outside the indexed folder: not read");
    }
  }

  private Map<String, String> readJson(Path file) throws IOException {
    checkReadable(file);
    JsonNode node;
    try {
      node = json.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (node == null || !node.isObject()) throw new IOException(file + ": expected a JSON object");
    Map<String, String> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      fields.put(e.getKey(), v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
    }
    return fields;
  }

  /** A file's fields as read, checked as they are gathered. */
  private final class Fields {
    private final Map<String, String> values = new LinkedHashMap<>();

    void addAll(Map<String, String> fields, Path from) throws IOException {
      Map<String, String> own = new HashMap<>();
      for (Map.Entry<String, String> e : fields.entrySet()) {
        String key = Manifest.nfc(e.getKey().strip()).toLowerCase(Locale.ROOT);
        if (key.isEmpty()) throw new IOException(from + ": a field with no name");
        String before = own.put(key, e.getKey());
        if (before != null) throw new IOException(from + ": keys '" + before + "' and '" + e.getKey() + "' name the same field: keep one");
        values.put(key, e.getValue());
      }
    }

    void overlay(Map<String, String> fields, Path from) throws IOException {
      addAll(fields, from);
    }

    ArchivalMetadata checked() throws IOException {
      values.remove("file");
      if (values.size() > MAX_FIELDS) {
        throw new IOException(values.size() + " metadata fields: at most " + MAX_FIELDS + " (each becomes a facet of every search)");
      }
      try {
        if (values.containsKey(ArchivalMetadata.ACCESS)) levels.check(values.get(ArchivalMetadata.ACCESS), ArchivalMetadata.ACCESS);
        String pages = values.get(PageAccess.KEY);
        if (pages != null && !pages.isBlank()) {
          for (String l : PageAccess.parse(pages).levels()) levels.check(l, PageAccess.KEY);
        }
      } catch (IllegalArgumentException e) {
        throw new IOException(e.getMessage(), e);
      }
      return new ArchivalMetadata(values);
    }
  }
}
