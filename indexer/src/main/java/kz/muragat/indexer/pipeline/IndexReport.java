package kz.muragat.indexer.pipeline;

import java.util.List;

/**
 * What an indexing run did, for the summary line and the machine-readable report.
 *
 * @param indexed files (re)written to the index
 * @param fromCache of those, how many came from the extraction cache without OCR
 * @param unchanged files skipped because nothing changed since the last run
 * @param removed documents removed because their source files are gone
 * @param pages pages written to the index
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
    return String.format(
        "indexed %d file(s) (%d from cache, %d pages), %d unchanged, %d removed, %d failed, %d low-confidence page(s) in %.1f s",
        indexed, fromCache, pages, unchanged, removed, failed.size(), lowConfidence.size(), durationMillis / 1000.0);
  }
}
