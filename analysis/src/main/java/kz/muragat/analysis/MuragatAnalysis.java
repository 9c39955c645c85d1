package kz.muragat.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one place that decides how Muragat analyses text. The indexer and the search server both
 * take their analyzers from here, so index-time and query-time analysis can never drift apart.
 *
 * <p>Fields:
 *
 * <ul>
 *   <li>{@link #FIELD_EXACT}: normalized, unstemmed terms — phrases and exact matches.
 *   <li>{@link #FIELD_MORPH}: morphological terms (lemmas / stems) — the default search field.
 * </ul>
 */
public final class MuragatAnalysis {
  /** Normalized, unstemmed text. */
  public static final String FIELD_EXACT = "text_exact";

  /** Lemmatized / stemmed text; the default search field. */
  public static final String FIELD_MORPH = "text";

  private MuragatAnalysis() {}

  /** Analyzer for the exact field. */
  public static Analyzer exactAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  /** Analyzer for the morphological field. */
  public static Analyzer morphAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new RussianLightStemFilter(ts);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  /**
   * One analyzer for every text field, for IndexWriter and query parsers: the exact field gets
   * {@link #exactAnalyzer()}, everything else (the morphological field and metadata text) {@link
   * #morphAnalyzer()}.
   */
  public static Analyzer perFieldAnalyzer() {
    return new PerFieldAnalyzerWrapper(morphAnalyzer(), Map.of(FIELD_EXACT, exactAnalyzer()));
  }
}
