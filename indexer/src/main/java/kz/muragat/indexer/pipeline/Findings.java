package kz.muragat.indexer.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import kz.muragat.core.metadata.MetadataCheck;

/**
 * What a run found that deserves a person's look, besides files that failed: OCR pages read with
 * low confidence, and metadata values left out because they cannot be true. Collected from every
 * file thread; listed in a stable order in the report.
 */
final class Findings {
  private final List<IndexReport.LowConfidencePage> lowConfidence = Collections.synchronizedList(new ArrayList<>());
  private final List<IndexReport.InvalidMetadata> invalidMetadata = Collections.synchronizedList(new ArrayList<>());

  void lowConfidence(String id, int page, float confidence) {
    lowConfidence.add(new IndexReport.LowConfidencePage(id, page, confidence));
  }

  void invalidMetadata(String id, List<MetadataCheck.Problem> problems) {
    for (MetadataCheck.Problem p : problems) invalidMetadata.add(new IndexReport.InvalidMetadata(id, p.field(), p.value(), p.reason()));
  }

  List<IndexReport.LowConfidencePage> lowConfidence() {
    List<IndexReport.LowConfidencePage> out = new ArrayList<>(lowConfidence);
    out.sort(Comparator.comparing(IndexReport.LowConfidencePage::id).thenComparingInt(IndexReport.LowConfidencePage::page));
    return out;
  }

  List<IndexReport.InvalidMetadata> invalidMetadata() {
    List<IndexReport.InvalidMetadata> out = new ArrayList<>(invalidMetadata);
    out.sort(Comparator.comparing(IndexReport.InvalidMetadata::id).thenComparing(IndexReport.InvalidMetadata::field));
    return out;
  }
}
