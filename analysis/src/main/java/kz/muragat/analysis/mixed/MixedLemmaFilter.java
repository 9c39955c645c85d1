package kz.muragat.analysis.mixed;

import java.util.ArrayList;
import java.util.List;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.names.NameRecognizer;
import kz.muragat.analysis.names.NameVariants;
import kz.muragat.analysis.ru.RussianLemmatizer;
import kz.muragat.analysis.tokenize.ArchiveTokenizer;
import kz.muragat.analysis.util.AlternativesFilter;
import kz.muragat.analysis.util.Letters;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Morphological terms for pages that mix Russian and Kazakh. The decision is made per token, from
 * the token alone, so a one-word query is analysed as the same word inside a page — with one
 * exception, the word's language where the text around it shows it (below):
 *
 * <ol>
 *   <li>a word with a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і) is Kazakh: Kazakh stems only;
 *   <li>otherwise the Russian dictionary and the Kazakh lexicon-backed stemmer are both asked: a
 *       word only one of them knows goes to that one; a word both know gets both analyses at the
 *       same position (бала: Russian "бал" and Kazakh "бала");
 *   <li>a word neither knows gets the Russian fallback (surname rule, Snowball): such words are
 *       mostly Russian inflected forms, names and loanwords.
 * </ol>
 *
 * Indexing both analyses for ambiguous words keeps index and query analysis alike. Only in running
 * Russian text (flag {@link RussianContextFilter#RUSSIAN}, set by the filter before this one in
 * the index chain) is a word the Russian dictionary knows read as Russian alone: {@code дам},
 * {@code сына}, {@code министры} there are Russian forms, and a Kazakh query ({@code даму},
 * {@code сынға}, {@code министрі}) does not meet them. A query word, without context, still gets
 * both readings.
 *
 * <p>Names are not cut to common roots: a Kazakh-spelled proper noun ({@link
 * NameRecognizer#isKazakhProperNoun}: Қарағанды) keeps itself, and a word capitalised inside a
 * sentence (type {@link ArchiveTokenizer#CAPITALIZED}: Ақтау, Ұзақтың) gets only its name stem
 * ({@link KazakhStemmer#stemName}: plain inflection, never a verb or derivational split).
 */
public final class MixedLemmaFilter extends AlternativesFilter {
  private final RussianLemmatizer russian;
  private final KazakhStemmer kazakh;
  private final List<String> ru = new ArrayList<>();
  private final List<String> kk = new ArrayList<>();

  private final boolean query;
  private final boolean typos;
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
  /** The current token is a word of running Russian text ({@link RussianContextFilter}). */
  private boolean inRussian;
  /** The current token is capitalised inside a sentence: a name, whose Kazakh stem is a name's. */
  private boolean asName;

  public MixedLemmaFilter(TokenStream input, KazakhStemmer kazakh, boolean derivation) {
    this(input, kazakh, derivation, false, false);
  }

  /**
   * @param query analyse words typed in a query: Kazakh words also get their readings as
   *     dictionary forms ({@link KazakhStemmer#stemQuery}), since people search with lemmas
   * @param typos a Russian word no dictionary knows also gets the lemma of the one known word a
   *     letter away ({@link RussianLemmatizer#unknown(String, List, boolean)}): for words the OCR
   *     was unsure of, so that a misread letter is tolerated only where the recogniser doubted
   */
  public MixedLemmaFilter(
      TokenStream input, KazakhStemmer kazakh, boolean derivation, boolean query, boolean typos) {
    super(input);
    this.russian = new RussianLemmatizer(derivation);
    this.kazakh = kazakh;
    this.query = query;
    this.typos = typos;
  }

  /**
   * Ends every Kazakh stem, so that a Kazakh stem and a Russian lemma spelled alike are different
   * terms: Kazakh {@code экономикасы} ("its economy", stem экономика) does not meet Russian {@code
   * экономике}, nor {@code дамуымыз} Russian {@code дам}. A word both languages know still gets
   * both analyses and meets both.
   */
  public static final String KAZAKH = "_kk";

  /** {@link #stems} of a Kazakh word, each marked {@link #KAZAKH}. */
  private boolean kazakh(String term, List<String> out) {
    int before = out.size();
    boolean known = stems(term, out);
    for (int i = before; i < out.size(); i++) out.set(i, out.get(i) + KAZAKH);
    return known;
  }

  private boolean stems(String term, List<String> out) {
    if (Letters.hasKazakhOnly(term) && NameRecognizer.isKazakhProperNoun(term, kazakh.lexicon(), russian)) {
      out.add(term); // Қарағанды is not қара + ған + ды
      return true;
    }
    if (asName) {
      return kazakh.stemName(term, out);
    }
    return query ? kazakh.stemQuery(term, out) : kazakh.stem(term, out);
  }

  /**
   * Whether a word both languages know is, as typed, a word of the Kazakh list but not a Russian
   * dictionary form: none of its Russian lemmas is the word itself.
   */
  private boolean typedAsKazakhWord(String term) {
    return kazakh.lexicon().lists(term) && !ru.contains(term);
  }

  /** Per-stream (so per-thread) cache of analyses; word frequencies are Zipfian. */
  private static final int CACHE_SIZE = 20_000;

  private final java.util.HashMap<String, String[]> cache = new java.util.HashMap<>();

  @Override
  protected void analyze(String term, List<String> out) {
    asName = ArchiveTokenizer.CAPITALIZED.equals(typeAtt.type());
    inRussian = (flagsAtt.getFlags() & RussianContextFilter.RUSSIAN) != 0;
    String key = (inRussian ? RUSSIAN_KEY : "") + (asName ? NAME_KEY + term : term);
    String[] cached = cache.get(key);
    if (cached == null) {
      int before = out.size();
      analyzeUncached(term, out);
      cached = out.subList(before, out.size()).toArray(new String[0]);
      if (cache.size() >= CACHE_SIZE) {
        cache.clear();
      }
      cache.put(key, cached);
      return;
    }
    java.util.Collections.addAll(out, cached);
  }

  /** Prefix of the cache key of a word capitalised inside a sentence (analysed as a name). */
  private static final char NAME_KEY = '\u0001';

  /** Prefix of the cache key of a word in running Russian text. */
  private static final String RUSSIAN_KEY = "\u0002";

  private void analyzeUncached(String term, List<String> out) {
    if (!Letters.isCyrillicWord(term)) {
      return;
    }
    if (Letters.hasKazakhOnly(term)) {
      kazakh(term, out);
      return;
    }
    ru.clear();
    kk.clear();
    russian.abbreviation(term, out);
    boolean ruKnown = russian.lemmas(term, ru);
    boolean kkKnown = kazakh(term, kk);
    if (ruKnown && query && kkKnown && typedAsKazakhWord(term)) {
      // a query word that is a word of the Kazakh list as it stands, and in Russian only an
      // inflected form (дала "steppe", not every form of дать; бала "child", not бал; шара, not
      // шар): people search with dictionary words, so it is read as the one it is typed as. The
      // Russian form itself is still found as written.
      out.addAll(kk);
      return;
    }
    if (ruKnown) {
      out.addAll(ru);
      if (inRussian) {
        return; // a Russian word in Russian text (дам: дать, дама; not the Kazakh verb дам)
      }
      if (kkKnown) {
        out.addAll(kk);
      } else if (query || kazakh.lexicon().lists(term)) {
        // a Kazakh reading the lexicon cannot confirm, but the Russian one agrees with, stands for
        // a word of the Kazakh list (тау "mountain") and for a query word (менеджмент, to meet
        // менеджментінің); not in the index for every Russian word (угол)
        for (String k : kk) {
          if (ru.contains(k.substring(0, k.length() - KAZAKH.length()))) out.add(k);
        }
      }
    } else if (kkKnown) {
      out.addAll(kk);
    } else {
      String ae = NameVariants.openE(term);
      if (ae != null) {
        // э after a consonant in a word neither language knows: OCR's (or a Soviet) ә
        kk.clear();
        if (kazakh(ae, kk)) {
          out.addAll(kk);
          return;
        }
      }
      String restored = KazakhLetters.restore(term);
      if (restored != null) {
        // a Kazakh word whose letters OCR wrote without their marks (кылмыс, дуниеге)
        kk.clear();
        if (kazakh(restored, kk)) {
          out.addAll(kk);
          return;
        }
      }
      russian.unknown(term, out, typos);
      if (!(kk.size() == 1 && kk.get(0).equals(term + KAZAKH))) {
        out.addAll(kk);
      }
    }
  }
}
