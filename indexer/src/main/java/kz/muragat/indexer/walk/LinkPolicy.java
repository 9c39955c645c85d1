package kz.muragat.indexer.walk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where symbolic links under the indexed folder may lead: inside the folder itself, or inside one
 * of the folders explicitly allowed. Each entry is judged by its real path (every link on the way
 * resolved), so a link to a folder that holds a link outside is caught as well.
 */
public final class LinkPolicy {
  private final List<Path> allowed = new ArrayList<>();

  /**
   * @param base the indexed folder
   * @param linkRoots further folders links may lead into; each must exist
   */
  public LinkPolicy(Path base, List<Path> linkRoots) throws IOException {
    allowed.add(base.toRealPath());
    for (Path r : linkRoots) {
      if (!Files.isDirectory(r)) throw new IOException("allowed link target is not a folder: " + r);
      allowed.add(r.toRealPath());
    }
  }

  /**
   * Whether an entry found by the walk may be read: true when its real path lies inside an allowed
   * folder; otherwise the entry is reported (a link leading outside) and false.
   */
  boolean allows(Path entry, BiConsumer<Path, String> problems) {
    // the walk checks every folder on the way, so only an entry that is a link itself can lead out
    if (!Files.isSymbolicLink(entry)) return true;
    Path real;
    try {
      real = entry.toRealPath();
    } catch (IOException e) {
      problems.accept(entry, "cannot resolve: " + e.getMessage());
      return false;
    }
    if (inside(real)) return true;
    problems.accept(
        entry,
        "symbolic link leading outside the indexed folder (to " + real + "): not followed;"
            + " name the target folder in --allow-links-to to index it");
    return false;
  }

  /** Whether a file (any path, e.g. a sidecar about to be read) really lies inside an allowed folder. */
  public boolean permits(Path file) {
    try {
      return inside(file.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private boolean inside(Path real) {
    for (Path a : allowed) if (real.startsWith(a)) return true;
    return false;
  }
}
