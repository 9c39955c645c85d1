package kz.muragat.indexer.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import kz.muragat.core.store.StorageException;
import kz.muragat.indexer.deadline.Deadline;
import kz.muragat.indexer.extract.ExtractionException;

/**
 * Runs the work on each file of a run on file threads: at most {@code concurrency} files at once,
 * each within its time limit, and reports how each one ended exactly once.
 *
 * <ul>
 *   <li>A bad file (its work threw) is reported with its reason and the run goes on.
 *   <li>A file past its time limit (plus a grace period for the work to notice its {@link
 *       Deadline} itself) is abandoned: reported, its thread interrupted, its slot given to the
 *       next file — even if the thread is stuck in a decoder. Daemon threads, so a stuck one never
 *       keeps the JVM alive.
 *   <li>A failure to write the data directory ({@link StorageException}: disk full, read-only)
 *       stops the run: no new file is started, the files under way end, and {@link #run} throws
 *       it.
 * </ul>
 *
 * <p>The OCR pool is not here: the file threads hand pages to it (see {@code
 * indexer.extract.ImageExtractor}), so the pages of one large file are spread over every OCR
 * worker while other files are read and written.
 */
final class FileScheduler {
  private final int concurrency;
  private final long fileTimeoutMillis;

  /**
   * @param concurrency files handled at once
   * @param fileTimeoutMillis each file's time limit once its clock starts ({@link
   *     FileTask#startClock}); 0: no limit
   */
  FileScheduler(int concurrency, long fileTimeoutMillis) {
    if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    this.concurrency = concurrency;
    this.fileTimeoutMillis = Math.max(0, fileTimeoutMillis);
  }

  /** The work on one file; its result goes to the listener. */
  @FunctionalInterface
  interface FileWork<T, R> {
    R run(T file, FileTask task) throws IOException, ExtractionException;
  }

  /** Hears how each file ended, on the thread that ended it. */
  interface FileListener<T, R> {
    void ended(T file, Ending<R> ending);

    /**
     * After each file's {@link #ended}, while no storage failure has stopped the run: e.g. a
     * commit when one is due. A {@link StorageException} thrown here stops the run.
     */
    default void afterEach() {}

    static <T, R> FileListener<T, R> of(BiConsumer<T, Ending<R>> ended, Runnable afterEach) {
      return new FileListener<>() {
        @Override
        public void ended(T file, Ending<R> ending) {
          ended.accept(file, ending);
        }

        @Override
        public void afterEach() {
          afterEach.run();
        }
      };
    }
  }

  /**
   * How the work on one file ended: with a result, with the reason it failed (a bad file: the
   * run goes on), or with a storage failure (the run stops). Exactly one is set.
   */
  record Ending<R>(R result, String failure, StorageException storageFailure) {
    static <R> Ending<R> done(R result) {
      return new Ending<>(result, null, null);
    }

    static <R> Ending<R> failed(String reason) {
      return new Ending<>(null, String.valueOf(reason), null);
    }

    static <R> Ending<R> stopped(StorageException e) {
      return new Ending<>(null, null, e);
    }
  }

  /**
   * Runs {@code work} on every file, then returns once each has ended. Throws the first storage
   * failure (after the files under way have ended), and {@link InterruptedIOException} when
   * interrupted while waiting for a free slot.
   */
  <T, R> void run(List<T> files, FileWork<T, R> work, FileListener<T, R> listener) throws IOException {
    new Run<>(work, listener).all(files);
  }

  /** One call of {@link #run}: its threads, slots and first storage failure. */
  private final class Run<T, R> {
    private final FileWork<T, R> work;
    private final FileListener<T, R> listener;
    private final Semaphore slots = new Semaphore(concurrency);
    private final AtomicReference<StorageException> fatal = new AtomicReference<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(daemon("indexer-file"));
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemon("indexer-watchdog"));

    Run(FileWork<T, R> work, FileListener<T, R> listener) {
      this.work = work;
      this.listener = listener;
    }

    void all(List<T> files) throws IOException {
      try {
        List<CompletableFuture<Void>> ended = new ArrayList<>();
        for (T file : files) {
          try {
            slots.acquire();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
          }
          if (fatal.get() != null) {
            slots.release();
            break;
          }
          Task task = new Task(file);
          ended.add(task.ended);
          threads.execute(task::run);
        }
        for (CompletableFuture<Void> e : ended) e.join();
      } finally {
        threads.shutdownNow();
        watchdog.shutdownNow();
      }
      if (fatal.get() != null) throw fatal.get();
    }

    /**
     * One file on its way through the run: done, or abandoned at its time limit, whichever comes
     * first — exactly one of them reports it and frees its slot.
     */
    private final class Task implements FileTask {
      private static final int RUNNING = 0, WRITING = 1, DONE = 2, ABANDONED = 3;
      private final T file;
      private final CompletableFuture<Void> ended = new CompletableFuture<>();
      private final AtomicInteger state = new AtomicInteger(RUNNING);
      private Deadline deadline = Deadline.NONE;
      private ScheduledFuture<?> dog;
      private boolean leftRun; // guarded by this

      Task(T file) {
        this.file = file;
      }

      @Override
      public void startClock() {
        deadline = Deadline.after(fileTimeoutMillis);
        Deadline.set(deadline);
        if (fileTimeoutMillis > 0) {
          Thread me = Thread.currentThread();
          Deadline d = deadline;
          long grace = Math.max(1_000, Math.min(30_000, fileTimeoutMillis / 4));
          dog = watchdog.schedule(() -> abandon(d, me), fileTimeoutMillis + grace, TimeUnit.MILLISECONDS);
        }
      }

      @Override
      public boolean startWriting() {
        return state.compareAndSet(RUNNING, WRITING);
      }

      void run() {
        Ending<R> ending;
        try {
          ending = Ending.done(work.run(file, this));
        } catch (StorageException e) {
          ending = Ending.stopped(e);
        } catch (ExtractionException e) {
          ending = Ending.failed(e.getMessage());
        } catch (OutOfMemoryError e) {
          ending = Ending.failed("ran out of memory reading it (a decompression bomb, or too large for this heap: raise -Xmx through MURAGAT_JAVA_OPTS)");
        } catch (IOException | RuntimeException e) {
          Throwable c = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
          ending = Ending.failed(deadline.expired() ? deadline.message()
              : c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
        } finally {
          Deadline.set(null);
          if (dog != null) dog.cancel(false);
        }
        if (state.compareAndSet(RUNNING, DONE) || state.compareAndSet(WRITING, DONE)) report(ending);
        synchronized (this) {
          leftRun = true; // from now on abandon() leaves this thread alone: it may be on another file
        }
        Thread.interrupted(); // clear an interrupt abandon() sent while the work was still running
      }

      private void abandon(Deadline d, Thread worker) {
        if (!state.compareAndSet(RUNNING, ABANDONED)) return;
        synchronized (this) {
          // only while the thread is still on this file: a pool thread goes on to other files
          if (!leftRun) worker.interrupt();
        }
        report(Ending.failed(d.message()));
      }

      private void report(Ending<R> ending) {
        if (ending.storageFailure() != null) fatal.compareAndSet(null, ending.storageFailure());
        try {
          listener.ended(file, ending);
          if (fatal.get() == null) listener.afterEach();
        } catch (StorageException e) {
          fatal.compareAndSet(null, e);
        } finally {
          slots.release();
          ended.complete(null);
        }
      }
    }
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
