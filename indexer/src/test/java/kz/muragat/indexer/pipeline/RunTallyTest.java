package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.core.store.StorageException;
import kz.muragat.indexer.pipeline.FileScheduler.Ending;
import org.junit.jupiter.api.Test;

/** What a run's report counts, lists and shows as progress, from how each file ended. */
class RunTallyTest {
  private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
  private final List<String> shown = new ArrayList<>();
  private final Progress progress =
      new Progress() {
        @Override
        public void start(int files) {}

        @Override
        public synchronized void fileDone(String id, int pages, String outcome) {
          shown.add(id + " " + pages + " " + outcome);
        }

        @Override
        public void finish() {}
      };

  @Test
  void countsEachEndingAndShowsItAsProgress() {
    RunTally tally = new RunTally(progress, 60f, clock::get);
    tally.ended("a.tif", "/s/a.tif", Ending.done(FileOutcome.written(record(page(1, PageSource.OCR, 90), page(2, PageSource.OCR, 95)), false, List.of())));
    tally.ended("b.pdf", "/s/b.pdf", Ending.done(FileOutcome.written(record(page(1, PageSource.TEXT_LAYER, -1), page(2, PageSource.OCR, 80)), false, List.of())));
    tally.ended("c.tif", "/s/c.tif", Ending.done(FileOutcome.written(record(page(1, PageSource.OCR, 90)), true, List.of())));
    tally.ended("d.txt", "/s/d.txt", Ending.done(FileOutcome.unchanged(List.of())));
    tally.ended("e.tif", "/s/e.tif", Ending.failed("corrupt or truncated image"));
    tally.removed(2);
    clock.addAndGet(1500);

    IndexReport r = tally.report("/s", 5);
    assertEquals(3, r.indexed());
    assertEquals(1, r.fromCache());
    assertEquals(1, r.unchanged());
    assertEquals(2, r.removed());
    assertEquals(5, r.pages(), "pages written, cached ones included");
    assertEquals(3, r.ocrPages(), "pages OCR'd in this run: not those from the cache, nor text-layer pages");
    assertEquals(List.of(new IndexReport.Failure("e.tif", "/s/e.tif", "corrupt or truncated image")), r.failed());
    assertEquals(1500, r.durationMillis());
    assertEquals("2023-11-14T22:13:20Z", r.startedAt());
    assertEquals(List.of("a.tif 2 indexed", "b.pdf 2 indexed", "c.tif 1 cached", "d.txt 0 unchanged", "e.tif 0 failed"), shown);
  }

  @Test
  void listsOcrPagesBelowTheThresholdSortedByDocumentAndPage() {
    RunTally tally = new RunTally(progress, 60f, clock::get);
    tally.ended("z.tif", "/s/z.tif", Ending.done(FileOutcome.written(
        record(page(1, PageSource.OCR, 20), page(2, PageSource.OCR, 59.9f), page(3, PageSource.OCR, 60), page(4, PageSource.OCR, -1)), false, List.of())));
    tally.ended("a.tif", "/s/a.tif", Ending.done(FileOutcome.written(
        record(page(1, PageSource.TEXT_LAYER, 10), page(3, PageSource.OCR_IMPORTED, 30), page(2, PageSource.OCR, 40)), true, List.of())));
    List<IndexReport.LowConfidencePage> low = tally.report("/s", 2).lowConfidence();
    assertEquals(List.of(
        new IndexReport.LowConfidencePage("a.tif", 2, 40, false), new IndexReport.LowConfidencePage("a.tif", 3, 30, false),
        new IndexReport.LowConfidencePage("z.tif", 1, 20, false), new IndexReport.LowConfidencePage("z.tif", 2, 59.9f, false)), low,
        "OCR'd and imported pages below 60, cached ones too; not text layers, not pages without a confidence, not 60 itself");
    assertEquals(List.of(), new RunTally(progress, RunTally.NO_REVIEW, clock::get).report("/s", 0).lowConfidence());
  }

  @Test
  void failuresAreSortedByPathAndAStorageFailureIsNotCountedAsABadFile() {
    RunTally tally = new RunTally(progress, 60f, clock::get);
    tally.ended("m.tif", "/s/m.tif", Ending.failed("empty file (0 bytes)"));
    tally.failed(null, "/s/b/unreadable", "permission denied");
    tally.ended("x.tif", "/s/x.tif", Ending.stopped(new StorageException("cannot write the index", new java.io.IOException("No space left on device"))));
    IndexReport r = tally.report("/s", 3);
    assertEquals(List.of("/s/b/unreadable", "/s/m.tif"), r.failed().stream().map(IndexReport.Failure::path).toList());
    assertEquals(0, r.indexed());
    assertEquals(List.of("m.tif 0 failed", "x.tif 0 failed"), shown);
  }

  private static PageRecord page(int n, PageSource source, float confidence) {
    return new PageRecord(n, source, "текст", 100, 100, confidence, null, List.of());
  }

  private static DocumentRecord record(PageRecord... pages) {
    return new DocumentRecord("0".repeat(64), "image/tiff", "p", null, List.of(pages));
  }
}
