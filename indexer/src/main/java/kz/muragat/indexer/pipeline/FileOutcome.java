package kz.muragat.indexer.pipeline;

import java.util.List;
import kz.muragat.core.metadata.MetadataCheck;
import kz.muragat.core.model.DocumentRecord;

/**
 * What the work on one file did: nothing (unchanged since the last run), or wrote its block from
 * the extraction cache or from a fresh extraction.
 *
 * @param record the content written (null when unchanged)
 * @param invalidMetadata metadata values that cannot be true, left out of what was written
 */
record FileOutcome(Kind kind, DocumentRecord record, List<MetadataCheck.Problem> invalidMetadata) {
  enum Kind {
    UNCHANGED("unchanged"),
    FROM_CACHE("cached"),
    EXTRACTED("indexed");

    /** As the progress display shows it. */
    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  static FileOutcome unchanged(List<MetadataCheck.Problem> invalidMetadata) {
    return new FileOutcome(Kind.UNCHANGED, null, invalidMetadata);
  }

  static FileOutcome written(DocumentRecord record, boolean fromCache, List<MetadataCheck.Problem> invalidMetadata) {
    return new FileOutcome(fromCache ? Kind.FROM_CACHE : Kind.EXTRACTED, record, invalidMetadata);
  }

  /** Pages written to the index. */
  int pages() {
    return record == null ? 0 : record.pages().size();
  }
}
