package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index --watch: files arriving, changing and leaving are picked up, once they have settled. */
class WatchTest {
  @TempDir Path tmp;

  @Test
  void keepsTheIndexInSyncWithTheFolder() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("share"));
    Path data = tmp.resolve("data");
    Files.writeString(folder.resolve("a.txt"), "Протокол допроса Жумабаева.");
    AtomicBoolean stop = new AtomicBoolean();
    List<IndexReport> passes = new CopyOnWriteArrayList<>();
    Throwable[] failure = {null};
    Thread watcher;
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data).withWorkers(1))) {
      watcher = new Thread(() -> {
        try {
          indexer.watch(folder, () -> Progress.NONE, 150, stop::get, passes::add);
        } catch (Throwable t) {
          failure[0] = t;
        }
      });
      watcher.start();
      try {
        waitFor(() -> passes.size() >= 1, "the first pass");
        assertEquals(1, count(data, "a.txt"));

        Files.writeString(folder.resolve("b.txt"), "Справка о реабилитации Оспанова.");
        waitFor(() -> count(data, "b.txt") == 1, "a new file indexed");

        Files.delete(folder.resolve("a.txt"));
        waitFor(() -> count(data, "a.txt") == 0, "a removed file dropped");

        Thread.sleep(500); // the removal pass reports after its commit
        int before = passes.size();
        Thread.sleep(800);
        assertEquals(before, passes.size(), "no pass while nothing changes");
      } finally {
        stop.set(true);
        watcher.join(10_000);
      }
    }
    if (failure[0] != null) throw new AssertionError(failure[0]);
    assertTrue(passes.stream().allMatch(IndexReport::ok));
  }

  private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.currentTimeMillis() + 20_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > end) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(50);
    }
  }

  /** Document entries with this id in the committed index, as a searcher would see them. */
  private static int count(Path data, String id) {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
      return new IndexSearcher(r).count(new org.apache.lucene.search.BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.ID, id)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build());
    } catch (IOException e) {
      return -1;
    }
  }
}
