package kz.muragat.indexer.pipeline;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import kz.muragat.core.metadata.MetadataCheck;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.indexer.pipeline.FileScheduler.Ending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tally of a run: how each file ended (counted, and passed on to the {@link Progress}
 * display), the failures with their reasons, the OCR pages whose confidence deserves a human
 * look, the metadata values left out because they cannot be true, and at the end the {@link IndexReport}. Called from the file threads.
 */
final class RunTally {
  private static final Logger LOG = LoggerFactory.getLogger(RunTally.class);

  /** A threshold no page is below: a run that lists no pages for review. */
  static final float NO_REVIEW = 0f;

  private final Progress progress;
  private final float lowConfidence;
  private final LongSupplier clock;
  private final long startedAt;
  private final List<IndexReport.Failure> failed = new ArrayList<>();
  private final List<IndexReport.LowConfidencePage> low = new ArrayList<>();
  private final List<IndexReport.InvalidMetadata> invalidMetadata = new ArrayList<>();
  private int indexed, fromCache, unchanged, removed, pages, ocrPages;

  /**
   * @param lowConfidence OCR pages with a mean confidence below this (or whose reading lost text)
   *     are listed for review
   * @param clock milliseconds since the epoch: the run starts now
   */
  RunTally(Progress progress, float lowConfidence, LongSupplier clock) {
    this.progress = progress;
    this.lowConfidence = lowConfidence;
    this.clock = clock;
    this.startedAt = clock.getAsLong();
  }

  RunTally(Progress progress, float lowConfidence) {
    this(progress, lowConfidence, System::currentTimeMillis);
  }

  /** How one file ended. A storage failure is not counted: the run stops and writes no report. */
  void ended(String id, String path, Ending<FileOutcome> ending) {
    FileOutcome o = ending.result();
    if (o != null) {
      written(id, o);
    } else if (ending.failure() != null) {
      failed(id, path, ending.failure());
      LOG.warn("skipped {}: {}", id, ending.failure());
    }
    progress.fileDone(id, o == null ? 0 : o.pages(), o == null ? "failed" : o.kind().label);
  }

  private synchronized void written(String id, FileOutcome o) {
    for (MetadataCheck.Problem p : o.invalidMetadata()) invalidMetadata.add(new IndexReport.InvalidMetadata(id, p.field(), p.value(), p.reason()));
    switch (o.kind()) {
      case UNCHANGED -> unchanged++;
      case FROM_CACHE -> {
        indexed++;
        fromCache++;
      }
      case EXTRACTED -> indexed++;
    }
    if (o.record() == null) return;
    pages += o.pages();
    for (PageRecord p : o.record().pages()) {
      if (p.source() != PageSource.OCR && p.source() != PageSource.OCR_IMPORTED) continue;
      if (p.source() == PageSource.OCR && o.kind() == FileOutcome.Kind.EXTRACTED) ocrPages++;
      if ((p.confidence() >= 0 && p.confidence() < lowConfidence) || p.lostText()) {
        low.add(new IndexReport.LowConfidencePage(id, p.number(), p.confidence(), p.lostText()));
      }
    }
  }

  /** A file that could not be indexed ({@code id} null when it never got one, e.g. unreadable while walking). */
  synchronized void failed(String id, String path, String reason) {
    failed.add(new IndexReport.Failure(id, path, reason));
  }

  /** Documents removed because their files are gone. */
  synchronized void removed(int n) {
    removed += n;
  }

  /**
   * The report of the run so far: failures by path, low-confidence pages by document and page.
   *
   * @param source the folder (or catalog) the run read
   * @param seen files the run looked at
   */
  synchronized IndexReport report(String source, int seen) {
    List<IndexReport.Failure> failures = new ArrayList<>(failed);
    failures.sort(Comparator.comparing(IndexReport.Failure::path));
    List<IndexReport.LowConfidencePage> lows = new ArrayList<>(low);
    lows.sort(Comparator.comparing(IndexReport.LowConfidencePage::id).thenComparingInt(IndexReport.LowConfidencePage::page));
    List<IndexReport.InvalidMetadata> invalid = new ArrayList<>(invalidMetadata);
    invalid.sort(Comparator.comparing(IndexReport.InvalidMetadata::id).thenComparing(IndexReport.InvalidMetadata::field));
    return new IndexReport(
        source, DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(startedAt)), clock.getAsLong() - startedAt, seen,
        indexed, fromCache, unchanged, removed, pages, ocrPages, failures, lows, invalid);
  }
}
