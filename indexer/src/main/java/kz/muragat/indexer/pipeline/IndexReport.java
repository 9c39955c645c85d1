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
 * @param invalidMetadata metadata values that cannot be true, left out of documents indexed without them
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
    List<LowConfidencePage> lowConfidence,
    List<InvalidMetadata> invalidMetadata) {

  /** A file that could not be indexed, with the reason. */
  public record Failure(String id, String path, String reason) {}

  /**
   * A page whose OCR deserves a human look: its mean confidence is low, or its reading lost text
   * ({@code lostText}: much shorter than the page's ink, or lines whose starts it did not read,
   * however confident the words it kept).
   */
  public record LowConfidencePage(String id, int page, float confidence, boolean lostText) {}

  /**
   * A metadata value that cannot be true (e.g. the date {@code 1937-13-45}): the document was
   * indexed without it, and the sidecar needs fixing.
   */
  public record InvalidMetadata(String id, String field, String value, String reason) {}

  /** Every file indexed, with all its metadata. */
  public boolean ok() {
    return failed.isEmpty() && invalidMetadata.isEmpty();
  }

  /** OCR pages per second of the run (the README's figure), in the report too. */
  @com.fasterxml.jackson.annotation.JsonProperty("ocrPagesPerSecond")
  public double ocrPagesPerSecond() {
    return ocrPages / Math.max(1e-3, durationMillis / 1000.0);
  }

  public String summary() {
    double secs = Math.max(1e-3, durationMillis / 1000.0);
    return String.format(
        Locale.ROOT,
        "indexed %d file(s) (%d from cache, %d pages, %d OCR'd: %.2f OCR pages/s), %d unchanged, %d removed, %d failed,"
            + " %d with invalid metadata, %d low-confidence page(s) in %.1f s",
        indexed, fromCache, pages, ocrPages, ocrPagesPerSecond(), unchanged, removed, failed.size(), invalidMetadata.size(),
        lowConfidence.size(), secs);
  }
}
