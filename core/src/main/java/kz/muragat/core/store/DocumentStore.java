package kz.muragat.core.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.muragat.core.model.DocumentRecord;

/**
 * The extraction cache: one folder per source file's content hash holding {@code record.json}
 * (text, word boxes, confidences, page sizes) and the page images. A record is written to a
 * temporary folder and moved into place in one step, so a reader (or a killed indexer) never sees
 * half a record. Records are keyed by content, not path: the same scan at two paths, or a renamed
 * scan, is extracted once.
 */
public final class DocumentStore {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern IMAGE_NAME = Pattern.compile("page-\\d{4,6}\\.(jpg|png)");
  private static final String RECORD = "record.json";

  private final Path root;
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public DocumentStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The cached record for a content hash, if one was made with the given extraction profile. */
  public Optional<DocumentRecord> find(String sha256, String profile) {
    return read(sha256).filter(r -> profile == null || profile.equals(r.profile()));
  }

  /** The cached record for a content hash, whatever profile made it. */
  public Optional<DocumentRecord> read(String sha256) {
    Path file = folder(sha256).resolve(RECORD);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      return Optional.of(json.readValue(file.toFile(), DocumentRecord.class));
    } catch (IOException e) {
      return Optional.empty(); // unreadable cache entry: treated as absent, re-extracted
    }
  }

  /**
   * Starts writing the record of one content hash. Page images go to disk as they come, so a
   * 500-page PDF never sits in memory; {@link Draft#commit} moves the finished record into place
   * in one step, replacing an older record for the same hash.
   */
  public Draft begin(String sha256) throws IOException {
    Path target = folder(sha256);
    Path tmp = target.getParent().resolve(".tmp-" + UUID.randomUUID());
    try {
      Files.createDirectories(target.getParent());
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new StorageException("cannot write the extraction cache", e);
    }
    return new Draft(target, tmp);
  }

  /** A record being written; commit it or close it (which discards it). */
  public final class Draft implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private boolean done;

    private Draft(Path target, Path tmp) {
      this.target = target;
      this.tmp = tmp;
    }

    /** Writes the image of a page; returns the name the page record refers to it by. */
    public String addPageImage(int pageNumber, BufferedImage image) throws IOException {
      String name = PageImages.nameFor(pageNumber);
      try {
        PageImages.write(image, tmp.resolve(name));
      } catch (IOException e) {
        throw new StorageException("cannot write a page image to the extraction cache", e);
      }
      return name;
    }

    public void commit(DocumentRecord record) throws IOException {
      try {
        commitNow(record);
      } catch (StorageException e) {
        throw e;
      } catch (IOException | UncheckedIOException e) {
        throw new StorageException("cannot write the extraction cache", e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
      }
    }

    private void commitNow(DocumentRecord record) throws IOException {
      json.writeValue(tmp.resolve(RECORD).toFile(), record);
      CrashPoint.here("store.before-move");
      if (Files.exists(target)) {
        deleteTree(target);
        CrashPoint.here("store.after-delete");
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        deleteTree(target);
        Files.move(tmp, target);
      }
      done = true;
    }

    @Override
    public void close() throws IOException {
      if (!done) deleteTree(tmp);
    }
  }

  /**
   * The file of a page image, checked: the hash must be a hash and the name a page image name, so
   * no request can reach outside the store.
   */
  public Optional<Path> pageImage(String sha256, String imageName) {
    if (imageName == null || !IMAGE_NAME.matcher(imageName).matches()) return Optional.empty();
    Path p = folder(sha256).resolve(imageName);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** Removes leftovers of saves interrupted by a crash. */
  public void cleanTemporaryFolders() throws IOException {
    if (!Files.isDirectory(root)) return;
    try (Stream<Path> shards = Files.list(root)) {
      for (Path shard : shards.filter(Files::isDirectory).toList()) {
        try (Stream<Path> entries = Files.list(shard)) {
          for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList()) {
            deleteTree(p);
          }
        }
      }
    }
  }

  private Path folder(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** Lists every cached content hash. */
  public List<String> hashes() throws IOException {
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> walk = Files.walk(root, 2)) {
      return walk.filter(p -> SHA256.matcher(p.getFileName().toString()).matches())
          .filter(p -> Files.isRegularFile(p.resolve(RECORD)))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }
}
