package kz.muragat.indexer.metadata;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One folder's {@code manifest.csv}, read and checked: a header row with a {@code file} column,
 * then one row per file of that folder. File names are compared after Unicode normalization (NFC),
 * so a row typed on one system matches a file named on another (macOS writes NFD).
 *
 * <p>What cannot be applied with certainty is an error, never a silent default: a header whose
 * columns collide (e.g. {@code access} and {@code ACCESS}) or has too many of them breaks the
 * whole manifest, so every file of the folder fails; a row with more or fewer cells than the
 * header, or two rows for one file, fails that file; a row naming a file in a subfolder or no file
 * at all is reported (and the subfolder's file fails, see {@link Sidecars}).
 */
final class Manifest {
  static final Manifest NONE = new Manifest(null, null, Map.of());

  /** A row: its spreadsheet row number (the header is row 1), the file it names, its fields or why it cannot be used. */
  record Row(long number, String name, Map<String, String> fields, String error) {}

  private final Path file;
  private final String broken;
  private final Map<String, List<Row>> rows;

  private Manifest(Path file, String broken, Map<String, List<Row>> rows) {
    this.file = file;
    this.broken = broken;
    this.rows = rows;
  }

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static Manifest read(Path csv) throws IOException {
    List<CSVRecord> records;
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get().parse(r)) {
      records = parser.getRecords();
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      return new Manifest(csv, "not valid CSV (" + e.getMessage() + ")", Map.of());
    }
    if (records.isEmpty()) return new Manifest(csv, "empty: a header row with a 'file' column expected", Map.of());
    CSVRecord head = records.get(0);
    List<String> columns = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    int fileColumn = -1;
    for (int i = 0; i < head.size(); i++) {
      String name = nfc(head.get(i).replace("\uFEFF", "").strip()).toLowerCase(Locale.ROOT);
      columns.add(name);
      if (name.isEmpty()) continue;
      Integer before = seen.put(name, i);
      if (before != null) {
        return new Manifest(csv, "columns " + (before + 1) + " ('" + head.get(before).strip() + "') and " + (i + 1) + " ('" + head.get(i).strip()
            + "') name the same field: keep one", Map.of());
      }
      if (name.equals("file")) fileColumn = i;
    }
    if (fileColumn < 0) return new Manifest(csv, "the header has no 'file' column", Map.of());
    if (seen.size() - 1 > Sidecars.MAX_FIELDS) {
      return new Manifest(csv, (seen.size() - 1) + " metadata columns: at most " + Sidecars.MAX_FIELDS + " (each becomes a facet of every search)", Map.of());
    }
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    for (CSVRecord rec : records.subList(1, records.size())) {
      long number = rec.getRecordNumber();
      String name = fileColumn < rec.size() ? nfc(rec.get(fileColumn)) : "";
      String error = null;
      Map<String, String> fields = new LinkedHashMap<>();
      if (rec.size() != columns.size()) {
        error = "row " + number + " has " + rec.size() + " cells, the header " + columns.size() + " (quote values that hold commas)";
      } else {
        for (int i = 0; i < columns.size(); i++) {
          if (i == fileColumn) continue;
          if (columns.get(i).isEmpty()) {
            if (!rec.get(i).isBlank()) error = "row " + number + " has a value under column " + (i + 1) + ", which has no name";
            continue;
          }
          fields.put(columns.get(i), rec.get(i));
        }
      }
      if (name.isBlank()) {
        name = "";
        error = "row " + number + " names no file";
      }
      rows.computeIfAbsent(name, k -> new ArrayList<>()).add(new Row(number, name, fields, error));
    }
    return new Manifest(csv, null, rows);
  }

  Path file() {
    return file;
  }

  /**
   * The fields of the row naming {@code name} (NFC), or null when no row does.
   *
   * @throws IOException when the manifest is broken, its row is, or several rows name the file
   */
  Map<String, String> fieldsFor(String name) throws IOException {
    if (broken != null) throw new IOException(file + ": " + broken);
    List<Row> mine = rows.get(name);
    if (mine == null) return null;
    if (mine.size() > 1) throw new IOException(file + ": " + duplicates(mine));
    Row row = mine.get(0);
    if (row.error() != null) throw new IOException(file + ": " + row.error());
    return row.fields();
  }

  /** The row naming a path below this folder ({@code sub/inner.txt}, NFC, '/' separators), if any. */
  Row misplaced(String relativePath) {
    List<Row> r = rows.get(relativePath);
    if (r == null) r = rows.get(relativePath.replace('/', '\\'));
    return r == null ? null : r.get(0);
  }

  /**
   * Reports what of the manifest applies to no file: a broken manifest, rows naming no file of
   * the folder ({@code entries}: its entries' names, NFC), rows naming files elsewhere, duplicates.
   */
  void reportProblems(java.util.Set<String> entries, BiConsumer<Path, String> problems) {
    if (file == null) return;
    if (broken != null) {
      problems.accept(file, broken + "; no file of this folder is indexed until it is fixed");
      return;
    }
    for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
      Row first = e.getValue().get(0);
      String name = e.getKey();
      if (name.isEmpty()) {
        for (Row r : e.getValue()) problems.accept(file, r.error());
      } else if (name.contains("/") || name.contains("\\")) {
        problems.accept(file, "row " + first.number() + " names '" + name + "', which is not a file of this folder: a manifest describes only the files"
            + " beside it (move the row to the manifest.csv of the file's own folder)");
      } else if (!entries.contains(name)) {
        problems.accept(file, "row " + first.number() + " names '" + name + "': no such file in this folder (names compared after Unicode normalization)");
      } else if (e.getValue().size() > 1) {
        problems.accept(file, duplicates(e.getValue()));
      } else if (first.error() != null) {
        problems.accept(file, first.error());
      }
    }
  }

  private static String duplicates(List<Row> rows) {
    StringBuilder nums = new StringBuilder();
    for (Row r : rows) nums.append(nums.length() == 0 ? "" : ", ").append(r.number());
    return "rows " + nums + " all name '" + rows.get(0).name() + "': keep one";
  }
}
