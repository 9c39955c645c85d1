package kz.muragat.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writing to the data directory (extraction cache, catalog, Lucene index, reports) failed — the
 * disk is full, the folder became read-only, the device went away. Unlike a bad source file this
 * stops the run: the indexer does not go on skipping every file with the same error. The index
 * keeps its last commit.
 */
public final class StorageException extends UncheckedIOException {
  public StorageException(String what, IOException cause) {
    super(what + ": " + describe(cause), cause);
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      m = fs.getReason() + " (" + fs.getFile() + ")";
    }
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Whether this failure looks like a full disk (ENOSPC) or quota. */
  public boolean diskFull() {
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.contains("No space left") || m.contains("Disk quota exceeded"))) return true;
    }
    return false;
  }
}
