package kz.muragat.indexer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes run reports to {@code DATA/reports/}: a timestamped file and {@code latest.json}. */
final class Reports {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Reports() {}

  /** Both files are written beside and moved into place, so a reader never sees half a report. */
  static Path write(Path dir, String kind, Object report) throws IOException {
    try {
      return writeNow(dir, kind, report);
    } catch (IOException e) {
      throw new kz.muragat.core.store.StorageException("cannot write the run report to " + dir, e);
    }
  }

  private static Path writeNow(Path dir, String kind, Object report) throws IOException {
    Files.createDirectories(dir);
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC).format(Instant.now());
    Path file = dir.resolve(kind + "-" + stamp + ".json");
    Path tmp = dir.resolve("." + kind + "-" + stamp + ".tmp");
    JSON.writeValue(tmp.toFile(), report);
    move(tmp, file);
    Path tmp2 = dir.resolve(".latest.tmp");
    Files.copy(file, tmp2, StandardCopyOption.REPLACE_EXISTING);
    move(tmp2, dir.resolve("latest.json"));
    return file;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
