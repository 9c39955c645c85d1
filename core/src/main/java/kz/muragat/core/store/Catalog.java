package kz.muragat.core.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which document id was indexed from which cached content, with the file's size, time, metadata
 * and title: everything {@code reindex} needs to rebuild the index from the cache without the
 * source folder. An append-only journal of JSON lines ({@code put} or {@code deleted}), one line
 * written (and flushed to the OS) before the index entry it describes can be committed; replayed
 * last-line-wins on open; a line cut short by a crash is ignored. {@link #compact} rewrites it in
 * one atomic step.
 */
public final class Catalog implements AutoCloseable {
  /** One catalogued document, or a removal when {@code deleted}. */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public record Entry(
      String id, String sha256, long size, long mtime, String meta, String title, boolean deleted) {
    public static Entry removal(String id) {
      return new Entry(id, null, 0, 0, null, null, true);
    }
  }

  private final Path file;
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final Map<String, Entry> entries = new TreeMap<>();
  private BufferedWriter out;

  public Catalog(Path file) throws IOException {
    this.file = file;
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        Entry e;
        try {
          e = json.readValue(line, Entry.class);
        } catch (IOException cut) {
          continue; // the last line of a killed run may be incomplete
        }
        if (e.id() == null) continue;
        if (e.deleted()) entries.remove(e.id());
        else entries.put(e.id(), e);
      }
    }
  }

  public static boolean exists(Path file) {
    return Files.isRegularFile(file);
  }

  /** The live entries, by id. */
  public synchronized Map<String, Entry> entries() {
    return new LinkedHashMap<>(entries);
  }

  public synchronized void put(Entry e) throws IOException {
    try {
      append(e);
    } catch (IOException x) {
      throw new StorageException("cannot write the catalog " + file, x);
    }
    entries.put(e.id(), e);
  }

  public synchronized void remove(String id) throws IOException {
    if (!entries.containsKey(id)) return;
    try {
      append(Entry.removal(id));
    } catch (IOException x) {
      throw new StorageException("cannot write the catalog " + file, x);
    }
    entries.remove(id);
  }

  private void append(Entry e) throws IOException {
    if (out == null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      // a killed run may have left a line without its newline: start on a fresh line
      out.newLine();
    }
    String line = json.writeValueAsString(e);
    out.write(line, 0, line.length() / 2);
    out.flush();
    CrashPoint.here("catalog.mid-line");
    out.write(line, line.length() / 2, line.length() - line.length() / 2);
    out.newLine();
    out.flush();
  }

  /** Rewrites the journal as one line per live entry, replacing the old file atomically. */
  public synchronized void compact() throws IOException {
    try {
      compactNow();
    } catch (IOException x) {
      throw new StorageException("cannot rewrite the catalog " + file, x);
    }
  }

  private void compactNow() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    List<String> lines = new ArrayList<>();
    for (Entry e : entries.values()) lines.add(json.writeValueAsString(e));
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }
}
