package kz.muragat.indexer.walk;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;
import kz.muragat.indexer.extract.OcrSidecars;
import kz.muragat.indexer.metadata.Sidecars;

/**
 * Lists the source files under a folder, recursively and in a stable order. Hidden files and
 * folders (name starting with {@code .}), metadata sidecars and files matching a glob pattern
 * listed in the folder's {@code .muragatignore} (one pattern a line, matched against the document
 * id, {@code #} for comments, e.g. {@code README.md} or {@code drafts/**}) are not documents and are
 * skipped, and so are ALTO/hOCR files beside an image of the same name (see {@link OcrSidecars}).
 *
 * <p>Symbolic links are followed only where they lead inside the indexed folder, or inside one of
 * the folders named as allowed link targets ({@code --allow-links-to}): a link to {@code
 * /etc/passwd} or to a folder elsewhere on the machine is reported and not read, so whoever may
 * write into the indexed folder cannot publish files they could not otherwise reach. A link loop,
 * a dangling link or an unreadable folder is reported, not fatal.
 */
public final class FileWalker {
  private FileWalker() {}

  /** {@link #walk(Path, LinkPolicy, BiConsumer)} with no link leading outside the folder followed. */
  public static List<SourceFile> walk(Path root, BiConsumer<Path, String> problems) throws IOException {
    if (!Files.isDirectory(root)) throw new IOException("not a folder: " + root);
    return walk(root, new LinkPolicy(root, List.of()), problems);
  }

  /**
   * @param links where symbolic links may lead (the folder itself and any allowed outside folders)
   * @param problems receives (path, reason) for every entry that could not be visited or was not
   *     followed
   */
  public static List<SourceFile> walk(Path root, LinkPolicy links, BiConsumer<Path, String> problems) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(base)) throw new IOException("not a folder: " + root);
    List<PathMatcher> ignored = ignorePatterns(base);
    List<SourceFile> files = new ArrayList<>();
    Files.walkFileTree(
        base,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(base)) return FileVisitResult.CONTINUE;
            if (hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
            return links.allows(dir, problems) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (hidden(file)) return FileVisitResult.CONTINUE;
            if (attrs.isSymbolicLink()) {
              // following it failed: its target is gone
              problems.accept(file, "dangling symbolic link: its target does not exist");
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isOther()) {
              problems.accept(file, "not a regular file (a device, pipe or socket): not read");
              return FileVisitResult.CONTINUE;
            }
            // sidecars too: a manifest or an ALTO file linked from elsewhere is not read either
            if (!attrs.isRegularFile() || !links.allows(file, problems)) return FileVisitResult.CONTINUE;
            if (Sidecars.isSidecar(file) || OcrSidecars.isOcrSidecar(file)) return FileVisitResult.CONTINUE;
            String id = base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            Path rel = Path.of(id);
            if (ignored.stream().anyMatch(m -> m.matches(rel))) return FileVisitResult.CONTINUE;
            long mtime = attrs.lastModifiedTime().toMillis();
            // a new or corrected ALTO/hOCR file beside an unchanged scan must index the scan again
            Path ocr = OcrSidecars.find(file).orElse(null);
            if (ocr != null && !links.permits(ocr)) {
              problems.accept(file, "its OCR file " + ocr.getFileName() + " is a symbolic link leading outside the indexed folder: not read");
              return FileVisitResult.CONTINUE;
            }
            if (ocr != null) {
              try {
                mtime = Math.max(mtime, Files.getLastModifiedTime(ocr).toMillis());
              } catch (IOException ignored) {
                // gone again: the scan's own time
              }
            }
            files.add(new SourceFile(file, id, attrs.size(), mtime));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String reason = e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot read: " + e.getMessage();
            problems.accept(file, reason);
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort((a, b) -> a.id().compareTo(b.id()));
    return files;
  }

  public static final String IGNORE_FILE = ".muragatignore";

  private static List<PathMatcher> ignorePatterns(Path base) throws IOException {
    Path file = base.resolve(IGNORE_FILE);
    List<PathMatcher> matchers = new ArrayList<>();
    if (!Files.isRegularFile(file)) return matchers;
    for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
      String pattern = line.strip();
      if (pattern.isEmpty() || pattern.startsWith("#")) continue;
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
    }
    return matchers;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
