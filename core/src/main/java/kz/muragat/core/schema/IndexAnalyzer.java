package kz.muragat.core.schema;

import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Muragat's per-field analysis as the index uses it: the fields of {@link MuragatAnalysis}, with a
 * wide position gap between the values of a field so that a phrase never runs from the end of one
 * page into the start of the next.
 */
public final class IndexAnalyzer extends DelegatingAnalyzerWrapper {
  /** Positions left between two pages (or metadata values) of one document. */
  public static final int PAGE_GAP = 100;

  private final Analyzer perField = MuragatAnalysis.perFieldAnalyzer();

  public IndexAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return perField;
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return PAGE_GAP;
  }

  @Override
  public int getOffsetGap(String fieldName) {
    return 1;
  }
}
