package kz.muragat.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import kz.muragat.analysis.fork.TextFork;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.mixed.MixedLemmaFilterFactory;
import kz.muragat.analysis.names.NameVariantFilterFactory;
import kz.muragat.analysis.normalize.ArchiveCharFilterFactory;
import kz.muragat.analysis.normalize.HomoglyphFilterFactory;
import kz.muragat.analysis.normalize.PreReformFoldFilterFactory;
import kz.muragat.analysis.tokenize.ArchiveTokenizerFactory;
import kz.muragat.analysis.translit.JanalifCyrillicFilterFactory;
import kz.muragat.analysis.translit.LatinCyrillicFilterFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The one place that decides how Muragat analyses text. The indexer and the search server both
 * take their analyzers from here, so index-time and query-time analysis can never drift apart.
 *
 * <p>Fields:
 *
 * <ul>
 *   <li>{@link #FIELD_EXACT}: normalized, unstemmed terms — phrases and exact matches. Chain:
 *       {@code muragatArchive} char filter (NFC, ё→е, stress marks and soft hyphens dropped, words
 *       hyphenated across line ends joined) → {@code muragatArchive} tokenizer (hyphenated words stay whole) → {@code lowercase} →
 *       {@code muragatJanalif} (Kazakh in the Latin alphabet of 1929–1940 to Cyrillic) → {@code muragatHomoglyph} (Latin/Cyrillic look-alikes) → {@code muragatPreReform} (ѣ, і, ѳ,
 *       ѵ, final ъ).
 *   <li>{@link #FIELD_MORPH}: morphological terms (lemmas / stems) — the default search field. The
 *       same chain plus {@code muragatMixedLemma}: Russian dictionary lemmas or Kazakh stems, per
 *       token.
 * </ul>
 *
 * The Kazakh lexicon path can be overridden with the system property {@code muragat.kk.lexicon}.
 * Analyzers are built with {@link CustomAnalyzer} from the SPI names, the same way Solr builds them
 * from a schema; they are thread-safe, and the dictionaries behind them are loaded once per JVM.
 */
public final class MuragatAnalysis {
  /** Normalized, unstemmed text. */
  public static final String FIELD_EXACT = "text_exact";

  /** Lemmatized / stemmed text; the default search field. */
  public static final String FIELD_MORPH = "text";

  /**
   * Spelling-variant keys: the same name or word in Soviet Russian, Kazakh and Latin spellings
   * (Байтурсынов / Байтұрсынұлы / Baitursynuly) analyses to shared terms here.
   */
  public static final String FIELD_VARIANT = "text_variant";

  private MuragatAnalysis() {}

  private static String lexiconPath() {
    return System.getProperty("muragat.kk.lexicon", KazakhLexicon.DEFAULT_PATH);
  }

  private static CustomAnalyzer.Builder normalized() throws IOException {
    return CustomAnalyzer.builder()
        .addCharFilter(ArchiveCharFilterFactory.NAME)
        .withTokenizer(ArchiveTokenizerFactory.NAME)
        .addTokenFilter("lowercase")
        .addTokenFilter(JanalifCyrillicFilterFactory.NAME, "lexicon", lexiconPath())
        .addTokenFilter(HomoglyphFilterFactory.NAME)
        .addTokenFilter(PreReformFoldFilterFactory.NAME);
  }

  /** Analyzer for the exact field. */
  public static Analyzer exactAnalyzer() {
    try {
      return normalized().build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Analyzer for the morphological field (index side, and what {@code analyze} shows). */
  public static Analyzer morphAnalyzer() {
    return morph(false);
  }

  /**
   * Query-side analyzer for the morphological field: the index chain, but a Kazakh query word also
   * gets its readings as a dictionary form (people search with lemmas: {@code жалын} "flame" must
   * meet {@code жалынбайды} even though the index reads a lone {@code жалын} as {@code жал + ын}).
   */
  public static Analyzer morphQueryAnalyzer() {
    return morph(true);
  }

  private static Analyzer morph(boolean query) {
    try {
      return normalized()
          .addTokenFilter(
              MixedLemmaFilterFactory.NAME,
              "lexicon",
              lexiconPath(),
              "derivation",
              System.getProperty("muragat.ru.derivation", "true"),
              "query",
              Boolean.toString(query))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Analyzer for the spelling-variant field: the normalized chain, then {@code
   * muragatLatinCyrillic} (Latin spellings — Kazakh Latin, BGN/PCGN, ISO 9 — to Cyrillic) and
   * {@code muragatNameVariant} (Kazakh letters folded to Soviet Russian spellings, case endings and
   * -ов/-ев/-ин/-ұлы/-қызы stripped, the stem's skeleton plus a {@code ~} phonetic key). So
   * Байтурсынову, Байтұрсынұлының, Baitursynuly and Baitursynov share terms.
   */
  public static Analyzer variantAnalyzer() {
    try {
      return normalized()
          .addTokenFilter(LatinCyrillicFilterFactory.NAME)
          .addTokenFilter(NameVariantFilterFactory.NAME)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The three index chains as one fork: the normalized chain ({@link #FIELD_EXACT}) runs once and
   * its tokens are replayed into the morphological and variant filters. {@link TextFork#analyze}
   * returns the token lists of {@link #FIELD_EXACT}, {@link #FIELD_MORPH} and {@link
   * #FIELD_VARIANT}, in that order — the same tokens {@link #exactAnalyzer()}, {@link
   * #morphAnalyzer()} and {@link #variantAnalyzer()} give, for a third of the normalization work
   * and ready to be indexed any number of times.
   */
  public static TextFork indexFork() {
    return new TextFork(
        (CustomAnalyzer) exactAnalyzer(),
        List.of((CustomAnalyzer) morphAnalyzer(), (CustomAnalyzer) variantAnalyzer()));
  }

  /**
   * One analyzer for every text field, for IndexWriter and query parsers: the exact field gets
   * {@link #exactAnalyzer()}, everything else (the morphological field and metadata text) {@link
   * #morphAnalyzer()}.
   */
  public static Analyzer perFieldAnalyzer() {
    return new PerFieldAnalyzerWrapper(
        morphAnalyzer(), Map.of(FIELD_EXACT, exactAnalyzer(), FIELD_VARIANT, variantAnalyzer()));
  }

  /** {@link #perFieldAnalyzer()} for query parsers: the morphological fields use {@link #morphQueryAnalyzer()}. */
  public static Analyzer queryPerFieldAnalyzer() {
    return new PerFieldAnalyzerWrapper(
        morphQueryAnalyzer(),
        Map.of(FIELD_EXACT, exactAnalyzer(), FIELD_VARIANT, variantAnalyzer()));
  }
}
