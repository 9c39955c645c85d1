package kz.muragat.indexer.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.ru.RussianLemmatizer;

/**
 * Repairs Cyrillic words in which OCR took a letter for its twin — a Kazakh letter for the Russian
 * one it is built on or the other way round ({@code туган → туған}, {@code өтсутс- → отсутс-},
 * {@code кцңілді → көңілді}), or one of the shapes typewriter OCR confuses ({@code о/е}, {@code
 * к/х}, {@code ш/щ}, {@code б/6}). A word neither the Russian dictionary nor the Kazakh lexicon
 * knows is tried with one or two letters swapped for their twins; when exactly one spelling with
 * the fewest swaps is a word the dictionaries list, it replaces the reading. A capitalised word
 * may be a name the dictionaries do not know but hold a look-alike of ({@code Шайхиова}, not
 * {@code Шайхиева}): in it only Kazakh and Russian twins are swapped. Words the
 * dictionaries know, names they do not, and anything ambiguous stay as read. Not thread-safe: one
 * instance per thread.
 */
final class LetterTwins {
  /** Each letter and the letters OCR takes it for. */
  static final Map<Character, String> TWINS = Map.ofEntries(
      Map.entry('о', "өе"), Map.entry('ө', "оц"), Map.entry('у', "үұ"), Map.entry('ү', "уұ"), Map.entry('ұ', "уү"),
      Map.entry('к', "қх"), Map.entry('қ', "к"), Map.entry('г', "ғ"), Map.entry('ғ', "г"), Map.entry('н', "ң"),
      Map.entry('ң', "н"), Map.entry('и', "іө"), Map.entry('і', "и"), Map.entry('х', "һк"), Map.entry('һ', "х"),
      Map.entry('а', "ә"), Map.entry('ә', "а"), Map.entry('э', "ә"), Map.entry('ц', "ө"), Map.entry('е', "о"),
      Map.entry('ш', "щ"), Map.entry('щ', "ш"), Map.entry('6', "б"));

  /** Each Kazakh letter and the Russian one it is built on: the only swaps tried in a capitalised word (a name keeps its spelling otherwise). */
  static final Map<Character, String> KAZAKH_RUSSIAN = Map.ofEntries(
      Map.entry('о', "ө"), Map.entry('ө', "о"), Map.entry('у', "үұ"), Map.entry('ү', "уұ"), Map.entry('ұ', "уү"),
      Map.entry('к', "қ"), Map.entry('қ', "к"), Map.entry('г', "ғ"), Map.entry('ғ', "г"), Map.entry('н', "ң"),
      Map.entry('ң', "н"), Map.entry('и', "і"), Map.entry('і', "и"), Map.entry('х', "һ"), Map.entry('һ', "х"),
      Map.entry('а', "ә"), Map.entry('ә', "а"), Map.entry('э', "ә"));

  private static final ThreadLocal<LetterTwins> PER_THREAD = ThreadLocal.withInitial(LetterTwins::new);

  /** This thread's instance. */
  static LetterTwins get() {
    return PER_THREAD.get();
  }

  /** Whether the Russian dictionary or the Kazakh lexicon (with its stems) knows a word, in any letter case, punctuation around it ignored. */
  boolean isKnown(String word) {
    int start = 0, end = word.length();
    while (start < end && !Character.isLetterOrDigit(word.charAt(start))) start++;
    while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) end--;
    return end > start && known(word.substring(start, end).toLowerCase(Locale.ROOT), true);
  }

  static final int MAX_SWAPS = 2;
  static final int MIN_LETTERS = 3;

  private final RussianLemmatizer russian = new RussianLemmatizer(false);
  private final KazakhLexicon lexicon = KazakhLexicon.getDefault();
  private final KazakhStemmer kazakh = new KazakhStemmer(lexicon);
  private final List<String> scratch = new ArrayList<>();
  private boolean capitalised;

  /** The word repaired, or as it was. {@code kazakhPage}: Kazakh stems confirmed by the lexicon count as words too. */
  String repair(String word, boolean kazakhPage) {
    int start = 0, end = word.length();
    while (start < end && !Character.isLetterOrDigit(word.charAt(start))) start++;
    while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) end--;
    String core = word.substring(start, end);
    if (core.length() < MIN_LETTERS || !cyrillicWord(core)) return word;
    String lower = core.toLowerCase(Locale.ROOT);
    if (known(lower, true)) return word;
    capitalised = Character.isUpperCase(core.charAt(0)) && !core.equals(core.toUpperCase(Locale.ROOT));
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < lower.length(); i++) if (TWINS.containsKey(lower.charAt(i))) positions.add(i);
    if (positions.isEmpty() || positions.size() > 14) return word;
    for (int swaps = 1; swaps <= MAX_SWAPS; swaps++) {
      String found = search(lower.toCharArray(), positions, 0, swaps, kazakhPage, new String[1]);
      if (found == AMBIGUOUS) return word;
      if (found != null) return word.substring(0, start) + withCase(core, found) + word.substring(end);
    }
    return word;
  }

  private static final String AMBIGUOUS = new String("ambiguous");

  /** The only known spelling with exactly {@code swaps} swaps at positions from {@code from} on, null for none, AMBIGUOUS for several. */
  private String search(char[] w, List<Integer> positions, int from, int swaps, boolean kazakhPage, String[] found) {
    if (swaps == 0) {
      String s = new String(w);
      if (!known(s, kazakhPage)) return found[0];
      if (found[0] != null && !found[0].equals(s)) return AMBIGUOUS;
      found[0] = s;
      return s;
    }
    for (int k = from; k < positions.size(); k++) {
      int p = positions.get(k);
      char orig = w[p];
      for (char t : TWINS.get(orig).toCharArray()) {
        if (capitalised && KAZAKH_RUSSIAN.getOrDefault(orig, "").indexOf(t) < 0) continue;
        w[p] = t;
        String r = search(w, positions, k + 1, swaps - 1, kazakhPage, found);
        w[p] = orig;
        if (r == AMBIGUOUS) return AMBIGUOUS;
      }
    }
    return found[0];
  }

  private boolean known(String lower, boolean withStems) {
    scratch.clear();
    if (russian.lemmas(lower, scratch) || lexicon.isNoun(lower) || lexicon.isVerb(lower)) return true;
    scratch.clear();
    return withStems && !lexicon.isEmpty() && kazakh.stem(lower, scratch);
  }

  private static boolean cyrillicWord(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeBlock.of(c) != Character.UnicodeBlock.CYRILLIC) return false;
        letter = true;
      } else if (c != '-' && c != '6') {
        return false;
      }
    }
    return letter;
  }

  /** {@code repaired} in the letter case of {@code original}. */
  private static String withCase(String original, String repaired) {
    StringBuilder sb = new StringBuilder(repaired.length());
    for (int i = 0; i < repaired.length(); i++) {
      char c = repaired.charAt(i);
      sb.append(i < original.length() && Character.isUpperCase(original.charAt(i)) ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }
}
