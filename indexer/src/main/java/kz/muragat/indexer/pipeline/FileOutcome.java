package kz.muragat.indexer.pipeline;

import kz.muragat.core.model.DocumentRecord;

/**
 * What the work on one file did: nothing (unchanged since the last run), or wrote its block from
 * the extraction cache or from a fresh extraction.
 *
 * @param record the content written (null when unchanged)
 */
record FileOutcome(Kind kind, DocumentRecord record) {
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

  static FileOutcome unchanged() {
    return new FileOutcome(Kind.UNCHANGED, null);
  }

  static FileOutcome written(DocumentRecord record, boolean fromCache) {
    return new FileOutcome(fromCache ? Kind.FROM_CACHE : Kind.EXTRACTED, record);
  }

  /** Pages written to the index. */
  int pages() {
    return record == null ? 0 : record.pages().size();
  }
}
