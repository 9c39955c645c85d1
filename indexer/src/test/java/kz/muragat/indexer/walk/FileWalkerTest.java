package kz.muragat.indexer.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links are followed only where they lead inside the indexed folder or an allowed outside
 * folder: {@code ln -s /etc/passwd corpus/passwd.txt} must not make the machine's files
 * searchable, and a link leading out is reported, not silently skipped.
 */
class FileWalkerTest {
  @TempDir Path tmp;
  Path corpus;
  Path outside;

  @BeforeEach
  void build() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(corpus.resolve("inside.txt"), "public text");
    Files.writeString(outside.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash");
    Files.createDirectories(outside.resolve("dir"));
    Files.writeString(outside.resolve("dir/deep.txt"), "outside folder");
    Files.writeString(outside.resolve("manifest.csv"), "file,access\nnote.txt,public\n");
    Files.writeString(outside.resolve("scan.xml"), "<alto/>");
    // links inside the folder are fine
    Files.createDirectories(corpus.resolve("sub"));
    Files.createSymbolicLink(corpus.resolve("sub/again.txt"), corpus.resolve("inside.txt"));
    Files.createSymbolicLink(corpus.resolve("same-folder"), corpus.resolve("sub"));
    // links leading out: a file, a folder, a relative link climbing out, a manifest and an OCR file
    Files.createSymbolicLink(corpus.resolve("passwd.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(corpus.resolve("outdir"), outside.resolve("dir"));
    Files.createSymbolicLink(corpus.resolve("sub/climb.txt"), Path.of("../../elsewhere/secret.txt"));
    Files.createDirectories(corpus.resolve("notes"));
    Files.writeString(corpus.resolve("notes/note.txt"), "a note");
    Files.createSymbolicLink(corpus.resolve("notes/manifest.csv"), outside.resolve("manifest.csv"));
    Files.write(corpus.resolve("scan.png"), new byte[] {1, 2, 3});
    Files.createSymbolicLink(corpus.resolve("scan.xml"), outside.resolve("scan.xml"));
  }

  private Map<String, String> problems = new TreeMap<>();

  private List<String> walk(List<Path> allowed) throws Exception {
    problems = new TreeMap<>();
    List<SourceFile> files =
        FileWalker.walk(corpus, new LinkPolicy(corpus, allowed), (p, reason) -> problems.put(corpus.relativize(p).toString(), reason));
    return files.stream().map(SourceFile::id).toList();
  }

  @Test
  void linksLeadingOutsideTheFolderAreReportedAndNotRead() throws Exception {
    List<String> ids = walk(List.of());
    assertEquals(List.of("inside.txt", "notes/note.txt", "same-folder/again.txt", "sub/again.txt"), ids);
    for (String refused : List.of("passwd.txt", "outdir", "sub/climb.txt", "notes/manifest.csv", "scan.xml")) {
      assertTrue(problems.getOrDefault(refused, "").contains("outside the indexed folder"), refused + ": " + problems);
    }
    assertTrue(problems.getOrDefault("scan.png", "").contains("its OCR file scan.xml"), problems.toString());
  }

  @Test
  void namedOutsideFoldersMayBeLinkedTo() throws Exception {
    List<String> ids = walk(List.of(outside));
    assertTrue(ids.containsAll(List.of("passwd.txt", "outdir/deep.txt", "sub/climb.txt", "scan.png")), ids.toString());
    assertEquals(Map.of(), problems);
  }

  @Test
  void aSidecarLeadingOutsideIsNotReadable() throws Exception {
    LinkPolicy links = new LinkPolicy(corpus, List.of());
    assertTrue(links.permits(corpus.resolve("inside.txt")));
    assertTrue(!links.permits(corpus.resolve("notes/manifest.csv")));
  }
}
