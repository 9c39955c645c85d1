package kz.muragat.analysis.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.ru.RussianLemmatizer;
import kz.muragat.analysis.ru.RussianProperNouns;
import kz.muragat.analysis.util.Letters;

/**
 * Decides whether a word is a proper name, from how it was written and what the dictionaries know
 * of it. Only names get spelling-variant keys: a common word given the phonetic key of a name
 * ({@code больше} and {@code Польша} both {@code ~pulj}) turns every search for the name into a
 * search for the word.
 *
 * <p>How a word was written is its {@link Evidence}; then:
 *
 * <ul>
 *   <li>{@link Evidence#NONE} (written in lower case in running text): not a name;
 *   <li>{@link Evidence#STRONG} (capitalised inside a sentence): a name — a common word written
 *       so is a name or part of one ({@code Ұзақ}, {@code Болат}, {@code Верховного Суда});
 *   <li>{@link Evidence#WEAK} (capitalised at a sentence start, all in capitals, or typed in a
 *       query, where people write names in lower case too): a name if it has a patronymic ending
 *       ({@code -ұлы}, {@code -қызы}, {@code -ович}, {@code -овна}) or is a Kazakh-spelled word with
 *       a Russian surname ending ({@code Байтұрсынов}, {@code Сәтбаевтың}); or if neither the
 *       Russian dictionary nor the Kazakh lexicon knows it as a common word ({@code Абильев}, {@code
 *       Узак}); or if it, or its Kazakh stem, is a proper noun of the Russian spelling dictionary
 *       ({@link RussianProperNouns}: {@code Польша}, {@code Алматы}, {@code Қарағанды} through its
 *       Russian spelling) or a name of the Kazakh lexicon ({@code Райымбек}) — unless it is also a
 *       common word and either short ({@code Ата}, {@code Лев}) or listed by the Kazakh lexicon both
 *       as a name and as a word ({@code Азамат} "citizen"), or an everyday word of the Kazakh
 *       lexicon only, spelled without Kazakh letters, that the Russian lists know as some surname
 *       ({@code тарих}, {@code сауда}). So {@code больше}, {@code часто}, {@code сала}, {@code
 *       сотының}, {@code саудасына} are not names.
 * </ul>
 *
 * One instance per token stream (the Russian dictionary lookup is not thread-safe); the Kazakh
 * stemmer is shared.
 */
public final class NameRecognizer {
  /** How a word was written: what it says about the word being a name. */
  public enum Evidence {
    /** Lower case in running text. */
    NONE,
    /** Capitalised where any word would be (a sentence start, a heading), or typed in a query. */
    WEAK,
    /** Capitalised inside a sentence. */
    STRONG
  }

  /** Kazakh patronymic (-ұлы "son of", -қызы "daughter of") with an optional case ending. */
  private static final Pattern KK_PATRONYMIC =
      Pattern.compile(".{2,}(?:ұлы|қызы)(?:ның|на|н|нда|ндағы|нан|мен|ны|ға|да|дан|дай)?");

  /** Russian patronymic with an optional case ending. */
  private static final Pattern RU_PATRONYMIC =
      Pattern.compile(".{2,}(?:ович|евич|овна|евна)(?:а|у|ем|ом|е|ой|ы|и|ею|ам|ах|ами)?");

  private static final int CACHE_SIZE = 20_000;

  /** Shortest word taken for a name without {@link Evidence#STRONG} evidence. */
  static final int MIN_WEAK = 3;

  /** Shortest Kazakh-spelled word taken for a place through its Russian spelling (оқу ↛ Оку). */
  static final int MIN_PLACE = 5;

  /** Shortest common word that the proper-noun list makes a name (Роза, Вера, Польша). */
  static final int MIN_PROPER_OVER_COMMON = 4;

  private final RussianLemmatizer russian = new RussianLemmatizer(false);
  private final KazakhStemmer kazakh;
  private final Map<String, Boolean> cache = new HashMap<>();
  private final List<String> scratch = new ArrayList<>();

  public NameRecognizer(KazakhStemmer kazakh) {
    this.kazakh = kazakh;
  }

  /** Whether a lower-case Cyrillic word written with the given evidence is a name. */
  public boolean isName(String word, Evidence evidence) {
    if (evidence == Evidence.NONE || !Letters.isCyrillicWord(word)) {
      return false;
    }
    if (evidence == Evidence.STRONG) {
      return true;
    }
    Boolean known = cache.get(word);
    if (known == null) {
      known = nameWithoutContext(word);
      if (cache.size() >= CACHE_SIZE) {
        cache.clear();
      }
      cache.put(word, known);
    }
    return known;
  }

  /** A name when nothing but the word itself is known (the {@link Evidence#WEAK} rule). */
  private boolean nameWithoutContext(String word) {
    if (word.length() < MIN_WEAK) {
      return false; // Из, Ол, Ай at a sentence start
    }
    if (KK_PATRONYMIC.matcher(word).matches()
        || RU_PATRONYMIC.matcher(word).matches()
        || (Letters.hasKazakhOnly(word) && NameVariants.hasRussianSurnameEnding(NameVariants.fold(word)))) {
      return true; // Әбілұлы, Сергеевна, Байтұрсынов, Сәтбаевтың
    }
    scratch.clear();
    boolean kazakhWord = kazakh.stem(word, scratch);
    boolean common = kazakhWord || russian.isCommonWord(word);
    KazakhLexicon lexicon = kazakh.lexicon();
    String stem = kazakhWord ? scratch.get(0) : word;
    boolean kazakhName = lexicon.isName(word) || lexicon.isName(stem) || isKazakhSpelledProperNoun(word) || isKazakhSpelledProperNoun(stem);
    if (kazakhWord
        && !kazakhName
        && !russian.isCommonWord(word)
        && !NameVariants.hasRussianSurnameEnding(NameVariants.fold(word))) {
      // an everyday Kazakh word that only the Russian lists know, as some surname (тарих,
      // тарихының, сауда, алтынын): the word, not a name
      return false;
    }
    boolean proper = kazakhName || isRussianSpelledProperNoun(word) || isRussianSpelledProperNoun(stem);
    if (!proper) {
      return !common;
    }
    // a name that is also an everyday word is taken for the word: Азамат "citizen", Жолдас
    // "comrade"; short ones too, the lists have many (Ата, Лев, Кун)
    return !common
        || !(word.length() < MIN_PROPER_OVER_COMMON
            || lexicon.isNameAndCommonWord(word)
            || lexicon.isNameAndCommonWord(stem));
  }

  private boolean isKazakhSpelledProperNoun(String word) {
    return Letters.hasKazakhOnly(word) && isKazakhProperNoun(word, kazakh.lexicon(), russian);
  }

  /** A word without Kazakh letters that the Russian spelling dictionary lists as a proper noun. */
  private static boolean isRussianSpelledProperNoun(String word) {
    return !Letters.hasKazakhOnly(word) && RussianProperNouns.contains(word);
  }

  /**
   * Whether a Kazakh-spelled word is a proper noun: a name of the Kazakh lexicon that is not also
   * an everyday word there (Райымбек), or a place whose Russian spelling the Russian dictionaries
   * list as a proper noun and read only as an inanimate noun (Қарағанды → Караганды). The Russian
   * spelling of an everyday Kazakh word is often some surname of the Russian list (күні → Куни,
   * қол → Кол), which the readings rule out, or a short word (оқу → Оку), which the length does.
   */
  public static boolean isKazakhProperNoun(String word, KazakhLexicon lexicon, RussianLemmatizer russian) {
    if (lexicon.isName(word) && !lexicon.isNameAndCommonWord(word)) {
      return true;
    }
    String ru = NameVariants.russianSpelling(word);
    return ru.length() >= MIN_PLACE
        && RussianProperNouns.contains(ru)
        && russian.isOnlyInanimateNoun(ru);
  }
}
