package kz.muragat.indexer.pipeline;

import java.util.List;
import java.util.Locale;

/**
 * What an indexing run did, for the summary line and the machine-readable report.
 *
 * @param indexed files (re)written to the index
 * @param fromCache of those, how many came from the extraction cache without OCR
 * @param unchanged files skipped because nothing changed since the last run
 * @param removed documents removed because their source files are gone
 * @param pages pages written to the index
 * @param ocrPages pages recognised by OCR in this run (not from the cache)
 */
public record IndexReport(
    String folder,
    String startedAt,
    long durationMillis,
    int seen,
    int indexed,
    int fromCache,
    int unchanged,
    int removed,
    int pages,
    int ocrPages,
    List<Failure> failed,
    List<LowConfidencePage> lowConfidence) {

  /** A file that could not be indexed, with the reason. */
  public record Failure(String id, String path, String reason) {}

  /** A page whose OCR confidence is low enough to deserve a human look. */
  public record LowConfidencePage(String id, int page, float confidence) {}

  public boolean ok() {
    return failed.isEmpty();
  }

  public String summary() {
    double secs = Math.max(1e-3, durationMillis / 1000.0);
    return String.format(
        Locale.ROOT,
        "indexed %d file(s) (%d from cache, %d pages, %d OCR'd: %.2f OCR pages/s), %d unchanged, %d removed, %d failed,"
            + " %d low-confidence page(s) in %.1f s",
        indexed, fromCache, pages, ocrPages, ocrPages / secs, unchanged, removed, failed.size(), lowConfidence.size(), secs);
  }
}
