package kz.muragat.core.schema;

import kz.muragat.analysis.IndexFork;
import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
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

  /**
   * Gives {@code entry} each field with norms ({@link IndexSchema#NORMED_FIELDS}) it does not
   * have, without a term: nothing it matches changes, but every entry then has a norm in each. The
   * embedded index needs that to flush fast: Lucene writes norms of a field that fewer than 4,096
   * of a segment's entries have as a sorted list, and writing each term's postings reads them from
   * the list's start — a flush quadratic in the entries of a small segment (a 4,500-entry segment
   * took 3–6 s to commit, one of 5,500 under 1 s; {@code bench/run.sh facts-cost} shows it as
   * commit time). A target that analyses text itself ({@link #STRINGS}) has no need of it.
   */
  default void complete(Document entry) {}

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
    public void complete(Document entry) {
      for (String field : IndexSchema.NORMED_FIELDS) {
        if (entry.getField(field) == null) {
          entry.add(new Field(field, new NoTokens(), typeOf(field)));
        }
      }
    }

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

  /** The index options of a field with norms (every entry must use its field's). */
  private static FieldType typeOf(String field) {
    return switch (field) {
      case IndexSchema.TITLE -> TextField.TYPE_NOT_STORED;
      case IndexSchema.TEXT_EXACT -> IndexSchema.EXACT_TYPE;
      default -> IndexSchema.TEXT_TYPE;
    };
  }

  /** A field's value that has no tokens (see {@link #complete}). */
  final class NoTokens extends TokenStream {
    @Override
    public boolean incrementToken() {
      return false;
    }
  }
}
