package kz.muragat.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.mixed.MixedLemmaFilterFactory;
import kz.muragat.analysis.mixed.RussianContextFilterFactory;
import kz.muragat.analysis.names.NameVariantFilterFactory;
import kz.muragat.analysis.ocr.OcrKeyFilterFactory;
import kz.muragat.analysis.ocr.OcrReadings;
import kz.muragat.analysis.ocr.OcrReadingsCharFilterFactory;
import kz.muragat.analysis.ocr.OcrReadingsStackFilterFactory;
import kz.muragat.analysis.normalize.ArchiveCharFilterFactory;
import kz.muragat.analysis.normalize.HomoglyphFilterFactory;
import kz.muragat.analysis.normalize.HyphenJoinFilterFactory;
import kz.muragat.analysis.normalize.PreReformFoldFilterFactory;
import kz.muragat.analysis.tokenize.ArchiveTokenizerFactory;
import kz.muragat.analysis.translit.JanalifCyrillicFilterFactory;
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
 *       same chain plus {@code muragatHyphenJoin} (a hyphenated word also without its hyphens), {@code muragatRussianContext} (index side: marks words of running Russian
 *       text) and {@code muragatMixedLemma}: Russian dictionary lemmas or Kazakh stems, per token.
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

  /**
   * Words an OCR engine was unsure of, with the other readings it considered: each word's terms
   * (as {@link #FIELD_MORPH}) plus its OCR-confusion keys ({@code muragatOcrKey}), so a query word
   * meets a misread word by term lookup.
   */
  public static final String FIELD_OCR = "text_ocr";

  private MuragatAnalysis() {}

  private static String lexiconPath() {
    return System.getProperty("muragat.kk.lexicon", KazakhLexicon.DEFAULT_PATH);
  }

  private static CustomAnalyzer.Builder normalized() throws IOException {
    return normalizing(CustomAnalyzer.builder().addCharFilter(ArchiveCharFilterFactory.NAME).withTokenizer(ArchiveTokenizerFactory.NAME));
  }

  /** The normalized chain over a text that carries other OCR readings of its words ({@link OcrReadings}). */
  private static CustomAnalyzer.Builder normalizedWithReadings() throws IOException {
    return normalizing(
        CustomAnalyzer.builder()
            .addCharFilter(OcrReadingsCharFilterFactory.NAME)
            .addCharFilter(ArchiveCharFilterFactory.NAME)
            .withTokenizer(ArchiveTokenizerFactory.NAME)
            .addTokenFilter(OcrReadingsStackFilterFactory.NAME));
  }

  private static CustomAnalyzer.Builder normalizing(CustomAnalyzer.Builder tokenized) throws IOException {
    return tokenized
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
      return withLemmas(normalized(), query, false).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code chain} followed by the morphological filter ({@code muragatMixedLemma}), in query mode
   * or not, reading unknown Russian words as one-letter typos of known ones ({@code typos}) or not.
   * A hyphenated word is also read without its hyphens ({@code muragatHyphenJoin}). A page's words are first marked where they stand in running Russian text ({@code
   * muragatRussianContext}), which the morphological filter reads; a query's words have no context.
   */
  private static CustomAnalyzer.Builder withLemmas(CustomAnalyzer.Builder chain, boolean query, boolean typos) throws IOException {
    chain.addTokenFilter(HyphenJoinFilterFactory.NAME);
    if (!query) chain.addTokenFilter(RussianContextFilterFactory.NAME);
    return chain.addTokenFilter(
        MixedLemmaFilterFactory.NAME,
        "lexicon",
        lexiconPath(),
        "derivation",
        System.getProperty("muragat.ru.derivation", "true"),
        "query",
        Boolean.toString(query),
        "typos",
        Boolean.toString(typos));
  }

  /**
   * Analyzer for the spelling-variant field (index side): the normalized chain, then {@code
   * muragatNameVariant}: a word written as a name (capitalised inside a sentence, or capitalised
   * elsewhere and not a common word of the Russian dictionary or the Kazakh lexicon) gets its
   * variant terms — Latin spellings (Kazakh Latin, BGN/PCGN, ISO 9) written in Cyrillic, Kazakh
   * letters folded to Soviet Russian spellings, case endings and -ов/-ев/-ин/-ұлы/-қызы stripped,
   * the stem's skeleton plus a {@code ~} phonetic key — so Байтурсынову, Байтұрсынұлының,
   * Baitursynuly and Baitursynov share terms. Other words are left out (their positions stay
   * gaps): the field holds names only.
   */
  public static Analyzer variantAnalyzer() {
    return variant(false);
  }

  /**
   * Query-side analyzer for the spelling-variant field: as {@link #variantAnalyzer()}, but a word
   * typed in lower case is a name unless a dictionary knows it as a common word ({@code абильев},
   * {@code польша} yes; {@code больше}, {@code сала} no), and a word typed in Latin letters is a
   * romanised name; a word that is not a name is kept behind {@code =}, a term no text holds, so a
   * phrase with common words is never matched here by its names alone.
   */
  public static Analyzer variantQueryAnalyzer() {
    return variant(true);
  }

  private static Analyzer variant(boolean query) {
    try {
      return normalized()
          .addTokenFilter(NameVariantFilterFactory.NAME, "lexicon", lexiconPath(), "query", Boolean.toString(query))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Analyzer for {@link #FIELD_OCR}, index side: the normalized chain over the uncertain words and
   * their other readings ({@link OcrReadings}: {@code muragatOcrReadings}, stacked on the word's
   * position by {@code muragatOcrReadingsStack}), then {@code muragatOcrKey} (each word's
   * OCR-confusion keys at its position) and the morphological filter.
   */
  public static Analyzer ocrAnalyzer() {
    return ocr(false);
  }

  /** {@link #ocrAnalyzer()} for query words: the morphological filter in query mode. */
  public static Analyzer ocrQueryAnalyzer() {
    return ocr(true);
  }

  private static Analyzer ocr(boolean query) {
    try {
      return withLemmas(normalizedWithReadings().addTokenFilter(OcrKeyFilterFactory.NAME), query, !query).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index-side chains of a page's text as one fork: see {@link IndexFork}. */
  public static IndexFork indexFork() {
    return new IndexFork();
  }

  /**
   * One analyzer for every text field, for IndexWriter and query parsers: the exact field gets
   * {@link #exactAnalyzer()}, everything else (the morphological field and metadata text) {@link
   * #morphAnalyzer()}.
   */
  public static Analyzer perFieldAnalyzer() {
    return new PerFieldAnalyzerWrapper(
        morphAnalyzer(), Map.of(FIELD_EXACT, exactAnalyzer(), FIELD_VARIANT, variantAnalyzer(), FIELD_OCR, ocrAnalyzer()));
  }

  /**
   * {@link #perFieldAnalyzer()} for query parsers: the morphological fields use {@link
   * #morphQueryAnalyzer()}, the variant field {@link #variantQueryAnalyzer()}.
   */
  public static Analyzer queryPerFieldAnalyzer() {
    return new PerFieldAnalyzerWrapper(
        morphQueryAnalyzer(),
        Map.of(FIELD_EXACT, exactAnalyzer(), FIELD_VARIANT, variantQueryAnalyzer(), FIELD_OCR, ocrQueryAnalyzer()));
  }
}
