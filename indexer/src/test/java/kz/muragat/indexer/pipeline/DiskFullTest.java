package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import kz.muragat.indexer.extract.Extraction;
import kz.muragat.indexer.index.DocumentIndex;
import kz.muragat.core.store.Catalog;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory that cannot be written stops the run with exit status 4 and a message saying
 * so — never a run that "succeeds" while skipping every file — and the index stays as it was last
 * committed; once the problem is gone, the next run finishes the job. Two ways:
 *
 * <ul>
 *   <li>a real full disk: the data directory on a small tmpfs filled to the last byte (needs the
 *       right to mount, which root has on a normal machine; skipped with a message where it is
 *       refused, e.g. in an unprivileged container);
 *   <li>always: file-system faults any user can make, root included — a regular file where the
 *       extraction cache needs a folder, and where the reports folder should be.
 * </ul>
 */
class DiskFullTest {
  @TempDir Path tmp;
  private Path mounted;

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) new ProcessBuilder("umount", "-l", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
  }

  @Test
  void aFullDiskStopsTheRunWithStatus4AndTheIndexKeepsItsLastCommit() throws Exception {
    Path mnt = Files.createDirectories(tmp.resolve("small-disk"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mnt.toString()).redirectErrorStream(true).start();
    boolean ok = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    String why = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    Assumptions.assumeTrue(ok, "cannot mount a 4 MB tmpfs here (" + why + "): the real disk-full test needs mount rights; "
        + "the file-system fault test below still runs");
    mounted = mnt;
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path data = mnt.resolve("data");
    for (int i = 0; i < 3; i++) Files.writeString(corpus.resolve("doc-" + i + ".txt"), "Запись номер " + i + " о жителе Жезказганского района.\n");
    Run first = run(corpus, data);
    assertEquals(0, first.exit, first.log);
    Set<String> before = ids(data);
    assertEquals(Set.of("doc-0.txt", "doc-1.txt", "doc-2.txt"), before);

    // fill the disk to the last byte, then give the indexer new files to write
    Path filler = mnt.resolve("filler");
    try (OutputStream out = Files.newOutputStream(filler)) {
      byte[] block = new byte[64 * 1024];
      while (true) out.write(block);
    } catch (IOException full) {
      assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full.toString());
    }
    for (int i = 3; i < 8; i++) Files.writeString(corpus.resolve("doc-" + i + ".txt"), "Новая запись " + i + " о деле уроженца Баянаульского уезда.\n".repeat(200));
    Run full = run(corpus, data);
    assertEquals(4, full.exit, "exit status 4 on a full disk:\n" + full.log);
    assertTrue(full.log.contains("No space left on device"), full.log);
    assertTrue(full.log.contains("is full: free space and run the command again"), full.log);
    assertConsistent(data, before);

    // space again: the next run finishes the job
    Files.delete(filler);
    Run again = run(corpus, data);
    assertEquals(0, again.exit, again.log);
    assertEquals(8, ids(data).size());
    assertConsistent(data, ids(data));
  }

  @Test
  void unwritableCacheOrReportsStopTheRunWithStatus4() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path data = tmp.resolve("data");
    Files.writeString(corpus.resolve("a.txt"), "Запись о жителе Жезказганского района.\n");
    Files.writeString(corpus.resolve("b.txt"), "Запись о жителе Каркаралинского района.\n");
    Run first = run(corpus, data);
    assertEquals(0, first.exit, first.log);
    Set<String> before = ids(data);

    // a new file whose cache folder cannot be made: a regular file sits where its shard folder goes
    Path c = corpus.resolve("c.txt");
    Path shard = null;
    for (int i = 0; shard == null || Files.exists(shard); i++) {
      Files.writeString(c, "Запись " + i + " о жителе Экибастузского района.\n");
      shard = data.resolve("store").resolve(Extraction.sha256(c).substring(0, 2));
    }
    Files.writeString(shard, "not a folder");
    Run blocked = run(corpus, data);
    assertEquals(4, blocked.exit, blocked.log);
    assertTrue(blocked.log.contains("stopped: cannot write the extraction cache"), blocked.log);
    assertTrue(blocked.log.contains("writable and run the command again"), blocked.log);
    assertConsistent(data, before);

    Files.delete(shard);
    Run fixed = run(corpus, data);
    assertEquals(0, fixed.exit, fixed.log);
    assertEquals(Set.of("a.txt", "b.txt", "c.txt"), ids(data));

    // the report cannot be written: the run says so with status 4 (what it indexed is committed)
    Path reports = data.resolve("reports");
    try (var files = Files.list(reports)) {
      for (Path p : files.toList()) Files.delete(p);
    }
    Files.delete(reports);
    Files.writeString(reports, "not a folder");
    Files.writeString(corpus.resolve("d.txt"), "Запись о жителе Зайсанского уезда.\n");
    Run noReport = run(corpus, data);
    assertEquals(4, noReport.exit, noReport.log);
    assertTrue(noReport.log.contains("stopped: cannot write the run report"), noReport.log);
    assertConsistent(data, ids(data));
  }

  /** The index opens, checks clean, holds {@code expected} once each, and the catalog agrees. */
  private static void assertConsistent(Path data, Set<String> expected) throws IOException {
    assertEquals(expected, ids(data));
    try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
        CheckIndex check = new CheckIndex(dir)) {
      assertTrue(check.checkIndex().clean, "CheckIndex: clean");
    }
    assertTrue(new Catalog(data.resolve("catalog.jsonl")).entries().keySet().containsAll(expected));
  }

  private static Set<String> ids(Path data) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
        DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      for (ScoreDoc sd : s.search(kz.muragat.core.schema.IndexSchema.documents(), 1000).scoreDocs) {
        assertTrue(ids.add(s.storedFields().document(sd.doc).get("id")), "each once");
      }
    }
    return ids;
  }

  record Run(int exit, String log) {}

  private Run run(Path corpus, Path data) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("kz.muragat.indexer.cli.IndexerMain");
    cmd.addAll(List.of("index", corpus.toString(), "--data", data.toString(), "--workers", "1"));
    Path log = Files.createTempFile(tmp, "run", ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.environment().put("MURAGAT_CONFIG", tmp.resolve("no-config.properties").toString());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the indexer did not finish:\n" + Files.readString(log));
    }
    return new Run(p.exitValue(), Files.readString(log));
  }
}
