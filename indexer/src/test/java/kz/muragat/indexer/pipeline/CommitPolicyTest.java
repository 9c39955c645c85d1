package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.muragat.indexer.index.DocumentIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a real Lucene index gets committed: by documents, by time, never for nothing, and at the end. */
class CommitPolicyTest {
  @TempDir Path dir;
  private final AtomicLong clock = new AtomicLong(1_000_000);
  private int next;

  @Test
  void commitsAfterEveryNDocuments() throws IOException {
    try (DocumentIndex index = new DocumentIndex(dir)) {
      CommitPolicy commits = new CommitPolicy(index, 60_000, 3, clock::get);
      write(index, commits, 2);
      commits.maybeCommit();
      assertEquals(0, committedDocs(), "two of three documents: not yet");
      write(index, commits, 1);
      commits.maybeCommit();
      assertEquals(3, committedDocs());
      write(index, commits, 2);
      commits.maybeCommit();
      assertEquals(3, committedDocs(), "the count starts again after a commit");
    }
  }

  @Test
  void commitsWhenTheIntervalHasPassedSinceTheLastCommit() throws IOException {
    try (DocumentIndex index = new DocumentIndex(dir)) {
      CommitPolicy commits = new CommitPolicy(index, 5_000, 200, clock::get);
      write(index, commits, 1);
      clock.addAndGet(4_999);
      commits.maybeCommit();
      assertEquals(0, committedDocs());
      clock.addAndGet(1);
      commits.maybeCommit();
      assertEquals(1, committedDocs());
      write(index, commits, 1);
      clock.addAndGet(4_000);
      commits.maybeCommit();
      assertEquals(1, committedDocs(), "the interval counts from the last commit");
    }
  }

  @Test
  void anIntervalWithNothingWrittenCommitsNothingAndWaitsForTheNextChange() throws IOException {
    try (DocumentIndex index = new DocumentIndex(dir)) {
      CommitPolicy commits = new CommitPolicy(index, 5_000, 200, clock::get);
      long generation = generation();
      clock.addAndGet(10_000);
      commits.maybeCommit();
      assertEquals(generation, generation(), "no empty commits");
      write(index, commits, 1);
      commits.maybeCommit();
      assertEquals(1, committedDocs(), "the interval has long passed: the first change is committed at once");
    }
  }

  @Test
  void atTheEndCommitsOnlyWhenTold() throws IOException {
    try (DocumentIndex index = new DocumentIndex(dir)) {
      CommitPolicy commits = CommitPolicy.atTheEnd(index);
      write(index, commits, 500);
      commits.maybeCommit();
      assertEquals(0, committedDocs());
      commits.commit();
      assertEquals(500, committedDocs());
    }
  }

  private void write(DocumentIndex index, CommitPolicy commits, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      Document d = new Document();
      d.add(new StringField("probe", "doc-" + next, Field.Store.NO));
      index.put("doc-" + next++, List.of(d)); // as the BlockWriter does: one block, counted
      commits.written();
    }
  }

  private int committedDocs() throws IOException {
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
      return r.numDocs();
    }
  }

  private long generation() throws IOException {
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
      return r.getIndexCommit().getGeneration();
    }
  }
}
