package kz.muragat.indexer.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Size and modification time of every file under a folder (hidden ones included): a cheap change check. */
final class FolderSnapshot {
  private FolderSnapshot() {}

  static Map<String, List<Long>> take(Path root) throws IOException {
    Map<String, List<Long>> m = new TreeMap<>();
    try {
      Files.walkFileTree(
          root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
              m.put(root.relativize(file).toString(), List.of(a.size(), a.lastModifiedTime().toMillis()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              m.put(root.relativize(file).toString(), List.of(-1L, -1L));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return m;
  }
}
