package kz.muragat.core.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder's {@code persons.json} as a server reads it: loaded again when an index or
 * reindex run has replaced it (its modification time or size changed), so a running server shows
 * the persons of the index it searches. A file that cannot be read keeps the persons last read.
 */
public final class PersonsFile {
  private static final Logger LOG = LoggerFactory.getLogger(PersonsFile.class);

  private final Path file;
  private PersonsStore current = PersonsStore.EMPTY;
  private Object seen;

  public PersonsFile(Path file) {
    this.file = file;
  }

  /** The persons as the file now holds them. */
  public synchronized PersonsStore current() {
    Object stamp = stamp();
    if (Objects.equals(stamp, seen)) return current;
    try {
      current = PersonsStore.load(file);
      seen = stamp;
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read {} (keeping the persons read before): {}", file, e.getMessage());
    }
    return current;
  }

  private Object stamp() {
    try {
      if (!Files.isRegularFile(file)) return null;
      FileTime t = Files.getLastModifiedTime(file);
      return t.toMillis() + ":" + Files.size(file);
    } catch (IOException e) {
      return null;
    }
  }
}
