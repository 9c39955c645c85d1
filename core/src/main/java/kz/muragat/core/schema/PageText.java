package kz.muragat.core.schema;

import kz.muragat.analysis.IndexFork;
import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;

/**
 * How text becomes an entry's text fields ({@link IndexSchema#TEXT_FIELDS}): analysed here, once,
 * into tokens ({@link #PRE_ANALYZED}, for the embedded index), or as plain strings for a target
 * that analyses text itself with the same chains ({@link #STRINGS}: a Solr collection made from
 * Muragat's configset).
 */
public interface PageText {
  /**
   * Adds {@code text} to the words fields (exact, morphological, name variants) of {@code entry},
   * storing it when {@code stored}, and {@code uncertain} (see {@link UncertainWords}) to {@link
   * IndexSchema#TEXT_OCR}.
   */
  void add(Document entry, String text, String uncertain, boolean stored);

  PageText STRINGS =
      (entry, text, uncertain, stored) -> {
        if (stored) entry.add(new StoredField(IndexSchema.TEXT, text));
        entry.add(new Field(IndexSchema.TEXT, text, IndexSchema.TEXT_TYPE));
        entry.add(new Field(IndexSchema.TEXT_EXACT, text, IndexSchema.EXACT_TYPE));
        entry.add(new Field(IndexSchema.TEXT_VARIANT, text, IndexSchema.TEXT_TYPE));
        if (!uncertain.isEmpty()) entry.add(new Field(IndexSchema.TEXT_OCR, uncertain, IndexSchema.TEXT_TYPE));
      };

  /**
   * The text analysed here: the normalized chain runs once and its tokens are replayed into the
   * morphological and variant filters ({@link MuragatAnalysis#indexFork()}), so a page costs one
   * tokenization for three fields; the index is term for term what {@link #STRINGS} gives through
   * {@link IndexAnalyzer} ({@code PreAnalyzedPagesTest}). Thread-safe.
   */
  PageText PRE_ANALYZED = new PreAnalyzed();

  /** See {@link #PRE_ANALYZED}. */
  final class PreAnalyzed implements PageText {
    private final IndexFork fork = MuragatAnalysis.indexFork();

    private PreAnalyzed() {}

    @Override
    public void add(Document entry, String text, String uncertain, boolean stored) {
      IndexFork.Tokens t = fork.analyze(text);
      if (stored) entry.add(new StoredField(IndexSchema.TEXT, text));
      entry.add(new Field(IndexSchema.TEXT, t.morph().stream(), IndexSchema.TEXT_TYPE));
      entry.add(new Field(IndexSchema.TEXT_EXACT, t.exact().stream(), IndexSchema.EXACT_TYPE));
      entry.add(new Field(IndexSchema.TEXT_VARIANT, t.variant().stream(), IndexSchema.TEXT_TYPE));
      if (!uncertain.isEmpty()) entry.add(new Field(IndexSchema.TEXT_OCR, fork.uncertain(uncertain).stream(), IndexSchema.TEXT_TYPE));
    }
  }
}
