package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.core.store.StorageException;
import kz.muragat.indexer.extract.ExtractionException;
import kz.muragat.indexer.pipeline.FileScheduler.Ending;
import kz.muragat.indexer.pipeline.FileScheduler.FileListener;
import org.junit.jupiter.api.Test;

/** Real threads: how many files at once, how each one ends, the time limit, and what stops a run. */
class FileSchedulerTest {
  private final Map<String, Ending<String>> endings = new ConcurrentHashMap<>();
  private final List<String> order = new CopyOnWriteArrayList<>();
  private final AtomicInteger afterEach = new AtomicInteger();
  private final FileListener<String, String> listener =
      FileListener.of(
          (file, ending) -> {
            assertNull(endings.put(file, ending), file + " ended twice");
            order.add(file);
          },
          afterEach::incrementAndGet);

  @Test
  void runsAtMostConcurrencyFilesAtOnceAndEndsEachOnce() throws Exception {
    AtomicInteger running = new AtomicInteger(), most = new AtomicInteger();
    CyclicBarrier pairs = new CyclicBarrier(2); // two files must be under way together, or this times out
    List<String> files = List.of("1", "2", "3", "4", "5", "6");
    new FileScheduler(2, 0).run(files, (file, task) -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        pairs.await(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("the second file of a pair never came", e);
      } finally {
        running.decrementAndGet();
      }
      return "done " + file;
    }, listener);
    assertEquals(2, most.get());
    assertEquals(6, endings.size());
    for (String f : files) assertEquals("done " + f, endings.get(f).result());
    assertEquals(6, afterEach.get());
  }

  @Test
  void aBadFileIsReportedWithItsReasonAndTheRunGoesOn() throws Exception {
    new FileScheduler(2, 0).run(List.of("corrupt", "npe", "io", "fine"), (file, task) -> switch (file) {
      case "corrupt" -> throw new ExtractionException("corrupt or truncated image");
      case "npe" -> throw new IllegalStateException("no pages");
      case "io" -> throw new UncheckedIOException(new IOException("Input/output error"));
      default -> file;
    }, listener);
    assertEquals("corrupt or truncated image", endings.get("corrupt").failure());
    assertEquals("IllegalStateException: no pages", endings.get("npe").failure());
    assertEquals("IOException: Input/output error", endings.get("io").failure(), "the cause, not its wrapper");
    assertEquals("fine", endings.get("fine").result());
    assertEquals(4, afterEach.get());
  }

  @Test
  void aFileStuckPastItsTimeLimitIsAbandonedInterruptedAndWritesNothing() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch left = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean(), mayWrite = new AtomicBoolean(true);
    new FileScheduler(1, 200).run(List.of("stuck", "next"), (file, task) -> {
      task.startClock();
      if (file.equals("stuck")) {
        try {
          never.await(); // a decoder that never returns on its own
        } catch (InterruptedException e) {
          interrupted.set(true);
        }
        mayWrite.set(task.startWriting());
        left.countDown();
        return "written anyway";
      }
      return task.startWriting() ? "written" : "refused";
    }, listener);
    assertTrue(endings.get("stuck").failure().contains("per-file time limit of 0.2 s"), endings.get("stuck").toString());
    assertEquals("written", endings.get("next").result(), "its slot went to the next file");
    assertEquals(List.of("stuck", "next"), order);
    assertTrue(left.await(30, TimeUnit.SECONDS));
    assertTrue(interrupted.get(), "the stuck thread was interrupted");
    assertFalse(mayWrite.get(), "an abandoned file may not write");
  }

  @Test
  void aStorageFailureStopsTheRunAfterTheFilesUnderWay() {
    StorageException full = new StorageException("cannot write the index", new IOException("No space left on device"));
    List<String> started = new CopyOnWriteArrayList<>();
    StorageException thrown = assertThrows(StorageException.class, () -> new FileScheduler(1, 0).run(
        List.of("a", "b", "c", "d"), (file, task) -> {
          started.add(file);
          if (file.equals("b")) throw full;
          return file;
        }, listener));
    assertSame(full, thrown);
    assertEquals(List.of("a", "b"), started, "no file is started after it");
    assertSame(full, endings.get("b").storageFailure());
    assertEquals(1, afterEach.get(), "no commit after the failure");
  }

  @Test
  void aStorageFailureAfterAFileStopsTheRunToo() {
    StorageException readOnly = new StorageException("cannot commit the index", new IOException("Read-only file system"));
    List<String> started = new ArrayList<>();
    StorageException thrown = assertThrows(StorageException.class, () -> new FileScheduler(1, 0).run(
        List.of("a", "b", "c"), (file, task) -> {
          synchronized (started) {
            started.add(file);
          }
          return file;
        }, FileListener.of((file, ending) -> endings.put(file, ending), () -> {
          throw readOnly;
        })));
    assertSame(readOnly, thrown);
    assertEquals(List.of("a"), started);
  }
}
