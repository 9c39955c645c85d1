package kz.muragat.indexer.pipeline;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import kz.muragat.core.store.CrashPoint;
import kz.muragat.core.store.StorageException;
import kz.muragat.indexer.index.IndexTarget;

/**
 * When a run commits its index: every {@code everyMillis} or every {@code everyDocs} documents
 * written, whichever comes first, and once more at the end. A commit is atomic: it makes the new
 * documents visible to the search server (which refreshes its searcher on each commit) and is the
 * point a killed run resumes from — the next run redoes only what was not committed.
 *
 * <p>{@link #atTheEnd} never commits on its way: a rebuild's readers keep the old index until the
 * one commit that switches them to the new one.
 */
final class CommitPolicy {
  private final IndexTarget index;
  private final long everyMillis;
  private final int everyDocs;
  private final LongSupplier clock;
  private final AtomicInteger sinceCommit = new AtomicInteger();
  private long lastCommit; // guarded by this

  /**
   * @param clock milliseconds (the time since the last commit is what counts)
   */
  CommitPolicy(IndexTarget index, long everyMillis, int everyDocs, LongSupplier clock) {
    this.index = index;
    this.everyMillis = everyMillis;
    this.everyDocs = everyDocs;
    this.clock = clock;
    this.lastCommit = clock.getAsLong();
  }

  /** Commits every {@code millis} or {@code docs} documents ({@code --commit-seconds}, {@code --commit-docs}). */
  static CommitPolicy every(IndexTarget index, long millis, int docs) {
    return new CommitPolicy(index, millis, docs, System::currentTimeMillis);
  }

  /** Commits only when told to ({@link #commit}). */
  static CommitPolicy atTheEnd(IndexTarget index) {
    return new CommitPolicy(index, Long.MAX_VALUE, Integer.MAX_VALUE, System::currentTimeMillis);
  }

  /** One more document (one file's block) written since the last commit. */
  void written() {
    sinceCommit.incrementAndGet();
  }

  /** Commits if enough time or documents went by since the last commit and anything changed. */
  synchronized void maybeCommit() {
    long now = clock.getAsLong();
    if (now - lastCommit < everyMillis && sinceCommit.get() < everyDocs) return;
    if (!index.hasUncommittedChanges()) return;
    commitAt(now);
  }

  /** Commits now, changes or not (the end of a run; a rebuild's switch to the new index). */
  synchronized void commit() {
    commitAt(clock.getAsLong());
  }

  private void commitAt(long now) {
    try {
      sinceCommit.set(0);
      CrashPoint.here("index.before-commit");
      index.commit();
      CrashPoint.here("index.after-commit");
    } catch (StorageException e) {
      throw e;
    } catch (IOException e) {
      throw new StorageException("cannot commit the index", e);
    }
    lastCommit = now;
  }
}
