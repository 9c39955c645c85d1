package kz.muragat.analysis.ru;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian lemmatizer: LanguageTool's Russian morfologik dictionary (AOT-derived, lower case), with
 * Snowball Russian for words the dictionary does not know and a surname rule (-ов/-ев/-ин/-ын +
 * case ending → the masculine nominative) before Snowball. The dictionary is loaded once, lazily,
 * and shared; an instance of this class holds a (non thread-safe) lookup and stemmer, so each
 * token stream owns its own instance.
 *
 * <p>Readings that cost precision more than they bring recall are cut: plural readings of first
 * names ({@code иванов → иван}) and first-name/patronymic readings when a common reading exists;
 * full participles when the form also reads as an adjective ({@code данная → данный}, not {@code
 * дать}); a short adjective when a short participle exists ({@code открыт → открыть}).
 * Superlatives keep their own lemma ({@code лучшая → лучший}); comparatives give the form and the
 * positive.
 */
public final class RussianLemmatizer {
  /** Resource path of the dictionary inside org.languagetool:language-ru. */
  public static final String DICT_RESOURCE = "/org/languagetool/resource/ru/russian.dict";

  private static final class Holder {
    static final Dictionary DICT = load();

    private static Dictionary load() {
      URL url = RussianLemmatizer.class.getResource(DICT_RESOURCE);
      if (url == null) {
        throw new IllegalStateException("Russian dictionary not on the classpath: " + DICT_RESOURCE);
      }
      try {
        return Dictionary.read(url);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The shared dictionary (loaded on first use). */
  public static Dictionary dictionary() {
    return Holder.DICT;
  }

  private static final Pattern SURNAME =
      Pattern.compile("(\\p{IsCyrillic}{3,}?(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?");

  private final DictionaryLookup lookup = new DictionaryLookup(dictionary());
  private final RussianStemmer snowball = new RussianStemmer();
  private final boolean derivation;
  private final List<String[]> readings = new ArrayList<>();

  public RussianLemmatizer(boolean derivation) {
    this.derivation = derivation;
  }

  /**
   * Adds the dictionary lemmas of a lower-case word to out. Returns false (adding nothing) if the
   * dictionary does not know the word.
   */
  public boolean lemmas(String word, List<String> out) {
    readings.clear();
    for (WordData wd : lookup.lookup(word)) {
      CharSequence stem = wd.getStem();
      CharSequence tag = wd.getTag();
      readings.add(new String[] {stem.toString(), tag == null ? "" : tag.toString()});
    }
    if (readings.isEmpty()) {
      return false;
    }
    boolean hasCommon = false;
    boolean hasAdj = false;
    boolean hasAdv = false;
    boolean hasPrdc = false;
    boolean hasShortPt = false;
    for (String[] r : readings) {
      String tag = r[1];
      if (tag.equals("ADV")) {
        hasAdv = true;
      }
      if (tag.equals("PRDC")) {
        hasPrdc = true;
      }
      if (!tag.contains(":Name:") && !tag.contains(":Patr:")) {
        hasCommon = true;
      }
      if (tag.startsWith("ADJ:") && !tag.startsWith("ADJ:Sup") && !tag.startsWith("ADJ:Comp")) {
        hasAdj = true;
      }
      if (tag.startsWith("PT_Short:")) {
        hasShortPt = true;
      }
    }
    int nounLemmas = 0;
    String firstNoun = null;
    for (String[] r : readings) {
      if (r[1].startsWith("NN:") && !r[1].contains(":Name:") && !r[1].contains(":Fam:")) {
        if (firstNoun == null) {
          firstNoun = r[0];
          nounLemmas = 1;
        } else if (!firstNoun.equals(r[0])) {
          nounLemmas = 2;
        }
      }
    }
    int before = out.size();
    for (String[] r : readings) {
      String tag = r[1];
      if (nounLemmas > 1 && tag.startsWith("NN:") && isInfinitive(r[0])) {
        continue; // статей: статья, not the noun стать (a verb's infinitive)
      }
      if (tag.contains(":Name:") && (tag.contains(":PL") || hasCommon)) {
        continue;
      }
      if (tag.contains(":Patr:") && hasCommon) {
        continue;
      }
      if (tag.contains(":Patr:")) {
        String p = patronymic(word);
        if (p != null) {
          out.add(p); // Алексеевна → алексеевна, not the first name алексей
          continue;
        }
      }
      if (hasAdv && !hasPrdc && tag.startsWith("ADJ:Short:Neut")) {
        continue; // активно: the adverb, not активный (predicatives such as страшно keep it)
      }
      if (tag.startsWith("PT:") && hasAdj) {
        continue; // данная: the adjective данный, not a participle of дать
      }
      if (tag.startsWith("PT_Short:") && hasAdv) {
        continue; // видимо
      }
      if (tag.startsWith("ADJ:Short") && hasShortPt && !hasAdv) {
        continue; // открыт: the short participle of открыть
      }
      if (tag.startsWith("ADJ:Sup")) {
        out.add(superlativeLemma(word)); // лучшая → лучший, not хороший
        continue;
      }
      if (tag.startsWith("ADJ:Comp")) {
        out.add(word); // лучше, больше: themselves and (below) the positive
        String adv = adverbOf(r[0]);
        if (adv != null) {
          out.add(adv); // быстрее → быстро too
        }
      }
      out.add(r[0]);
    }
    if (out.size() == before) {
      out.add(readings.get(0)[0]);
    }
    if (derivation) {
      for (int i = before, n = out.size(); i < n; i++) {
        String d = derivationalRoot(out.get(i));
        if (d != null) {
          out.add(d);
        }
      }
    }
    return true;
  }

  /**
   * Whether the dictionary knows a lower-case word as a common word: a reading other than a first
   * name, surname or patronymic ({@code роза} yes, {@code абильев} no). Place names count as
   * common here (the dictionary does not mark them); {@link RussianProperNouns} knows them.
   */
  public boolean isCommonWord(String word) {
    for (WordData wd : lookup.lookup(word)) {
      CharSequence t = wd.getTag();
      String tag = t == null ? "" : t.toString();
      if (!tag.contains(":Name") && !tag.contains(":Fam") && !tag.contains(":Patr")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every reading the dictionary has of a lower-case word is an inanimate noun ({@code
   * караганды}, {@code стамбул}: how it gives place names), none a name, surname or other word.
   */
  public boolean isOnlyInanimateNoun(String word) {
    boolean any = false;
    for (WordData wd : lookup.lookup(word)) {
      CharSequence t = wd.getTag();
      if (t == null || !t.toString().startsWith("NN:Inanim")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private final DictionaryLookup lookup2 = new DictionaryLookup(dictionary());

  /** The -о/-е adverb of an adjective lemma (быстрый → быстро), if the dictionary has it. */
  private String adverbOf(String adj) {
    if (adj.length() < 5 || !(adj.endsWith("ый") || adj.endsWith("ий") || adj.endsWith("ой"))) {
      return null;
    }
    String st = adj.substring(0, adj.length() - 2);
    for (String e : new String[] {"о", "е"}) {
      String a = st + e;
      for (WordData wd : lookup2.lookup(a)) {
        CharSequence t = wd.getTag();
        if (t != null && "ADV".contentEquals(t)) {
          return wd.getStem().toString();
        }
      }
    }
    return null;
  }

  private boolean isInfinitive(String lemma) {
    if (!(lemma.endsWith("ть") || lemma.endsWith("ти") || lemma.endsWith("чь"))) {
      return false;
    }
    for (WordData wd : lookup2.lookup(lemma)) {
      CharSequence t = wd.getTag();
      if (t != null && t.toString().startsWith("VB:INF")) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern PATR_M =
      Pattern.compile("(\\p{IsCyrillic}{2,}?(?:ович|евич|ич))(?:а|у|ем|е|и|ей|ам|ами|ах)?");
  private static final Pattern PATR_F =
      Pattern.compile("(\\p{IsCyrillic}{2,}?(?:овн|евн|ичн|авн))(?:а|ы|е|у|ой|ою|ам|ами|ах)?");

  /** Nominative of a patronymic form (Алексеевны → алексеевна, Никитиче → никитич). */
  static String patronymic(String form) {
    Matcher m = PATR_M.matcher(form);
    if (m.matches()) {
      return m.group(1);
    }
    m = PATR_F.matcher(form);
    if (m.matches()) {
      return m.group(1) + "а";
    }
    return null;
  }

  private static final String[] ADJ_ENDINGS = {
    "ими", "ыми", "ого", "его", "ому", "ему", "ая", "яя", "ую", "юю", "ой", "ей", "ые", "ие", "ых",
    "их", "ым", "им", "ом", "ем", "ее", "ое", "ий", "ый"
  };

  /** Masculine nominative of a superlative adjective form (-ейш-/-айш-/-ш- + ending → -ий). */
  static String superlativeLemma(String form) {
    for (String e : ADJ_ENDINGS) {
      if (form.endsWith(e) && form.length() > e.length() + 2) {
        String stem = form.substring(0, form.length() - e.length());
        char last = stem.charAt(stem.length() - 1);
        return stem + ("шжчщкгх".indexOf(last) >= 0 ? "ий" : "ый");
      }
    }
    return form;
  }

  /**
   * Root shared by -ация nouns, -ирование nouns and -ировать verbs (whose participles the
   * dictionary lemmatizes to the verb): реабилитация, реабилитировать → "реабилит~".
   */
  static String derivationalRoot(String lemma) {
    String[] sfx = {"изация", "ирование", "изировать", "ировать", "ация", "яция"};
    for (String s : sfx) {
      if (lemma.endsWith(s) && lemma.length() - s.length() >= 4) {
        return lemma.substring(0, lemma.length() - s.length()) + "~";
      }
    }
    return null;
  }

  /** Stem of a word the dictionary does not know: surname rule, else Snowball. */
  public String fallback(String word) {
    Matcher m = SURNAME.matcher(word);
    if (m.matches()) {
      return m.group(1);
    }
    snowball.setCurrent(word);
    snowball.stem();
    return snowball.getCurrent();
  }

  /** Lemmas if known, else guessed lemmas and/or the fallback stem. */
  public void analyze(String word, List<String> out) {
    abbreviation(word, out);
    if (!lemmas(word, out)) {
      unknown(word, out);
    }
  }

  /** Analysis of a word the dictionary does not know: guessed lemmas (if any) and the fallback. */
  public void unknown(String word, List<String> out) {
    unknown(word, out, true);
  }

  /**
   * {@link #unknown(String, List)}, with or without reading the word as a one-letter typo of a
   * known one: right for text from the page (a misread letter), wrong for a word someone typed in a
   * query, which would then meet a word it does not spell ({@code имущжство} is not {@code
   * имущество}; ask {@code имущжство~} for that).
   */
  public void unknown(String word, List<String> out, boolean typos) {
    guess(word, out, typos);
    out.add(fallback(word));
  }

  private static final java.util.Map<String, String> ABBR =
      java.util.Map.ofEntries(
          java.util.Map.entry("г", "год"),
          java.util.Map.entry("гг", "год"),
          java.util.Map.entry("вв", "век"),
          java.util.Map.entry("чел", "человек"),
          java.util.Map.entry("тыс", "тысяча"),
          java.util.Map.entry("млн", "миллион"),
          java.util.Map.entry("млрд", "миллиард"),
          java.util.Map.entry("руб", "рубль"),
          java.util.Map.entry("коп", "копейка"),
          java.util.Map.entry("др", "другой"),
          java.util.Map.entry("обл", "область"),
          java.util.Map.entry("ул", "улица"),
          java.util.Map.entry("зп", "зарплата"));

  /** Expansion of a standard abbreviation (the tokenizer has dropped its dot). */
  public void abbreviation(String word, List<String> out) {
    String e = ABBR.get(word);
    if (e != null) {
      out.add(word);
      out.add(e);
    }
  }

  private final List<String> tmp = new ArrayList<>();

  private boolean tryAs(String cand, List<String> out) {
    tmp.clear();
    if (!cand.isEmpty() && lemmas(cand, tmp)) {
      out.addAll(tmp);
      return true;
    }
    return false;
  }

  private boolean tryAsTag(String cand, String tagPrefix, List<String> out) {
    boolean any = false;
    for (WordData wd : lookup2.lookup(cand)) {
      CharSequence t = wd.getTag();
      if (t != null && t.toString().startsWith(tagPrefix)) {
        out.add(wd.getStem().toString());
        any = true;
      }
    }
    return any;
  }

  private static final Pattern ORDINAL = Pattern.compile("(\\d+)-[а-я]{1,3}");
  private static final Pattern RUN3 = Pattern.compile("(\\p{L})\\1{2,}");

  /**
   * Lemmas of a word the dictionary does not know, read as a known word written another way:
   * numeric ordinals (20-х → 20), letters stretched for emphasis, an apostrophe for ъ, pre-reform
   * adjective endings (-ыя, -аго), colloquial -ся after a vowel, -тся/-ться, ь/ъ, the по- of
   * comparatives (побольше), and (last) one-letter typos.
   */
  public boolean guess(String word, List<String> out) {
    return guess(word, out, true);
  }

  /** {@link #guess(String, List)}, with one-letter typos ({@code typos}) or without. */
  public boolean guess(String word, List<String> out, boolean typos) {
    Matcher om = ORDINAL.matcher(word);
    if (om.matches()) {
      out.add(om.group(1));
      return true;
    }
    if (word.length() < 3) {
      return false;
    }
    String w = word;
    if (RUN3.matcher(w).find()) {
      String one = RUN3.matcher(w).replaceAll("$1");
      if (tryAs(one, out)) {
        return true;
      }
      String two = RUN3.matcher(w).replaceAll("$1$1");
      if (tryAs(two, out)) {
        return true;
      }
      w = one;
    }
    if (w.indexOf('\'') >= 0 || w.indexOf('\u2019') >= 0) {
      String a = w.replace('\u2019', '\'');
      if (tryAs(a.replace("'", "ъ"), out) || tryAs(a.replace("'", ""), out)) {
        return true;
      }
    }
    int n = w.length();
    boolean any = false;
    if (w.endsWith("ыя") || w.endsWith("ия")) {
      String st = w.substring(0, n - 2);
      boolean soft = w.endsWith("ия");
      any |= tryAsTag(st + (soft ? "ие" : "ые"), "ADJ:", out);
      any |= tryAsTag(st + (soft ? "ей" : "ой"), "ADJ:", out);
      if (soft) {
        any |= tryAsTag(st + "ой", "ADJ:", out);
      }
    } else if (w.endsWith("аго") || w.endsWith("яго")) {
      any |= tryAsTag(w.substring(0, n - 3) + (w.endsWith("аго") ? "ого" : "его"), "ADJ:", out);
    } else if (w.endsWith("ии") && n > 5) {
      any |= tryAs(w.substring(0, n - 1) + "й", out);
    }
    if (any) {
      return true;
    }
    if (w.endsWith("ся") && n > 5 && "аеиоуыэюя".indexOf(w.charAt(n - 3)) >= 0) {
      if (tryAs(w.substring(0, n - 2) + "сь", out)) {
        return true;
      }
    }
    if (w.endsWith("ться") && tryAs(w.substring(0, n - 4) + "тся", out)) {
      return true;
    }
    if (w.endsWith("тся") && !w.endsWith("ться") && tryAs(w.substring(0, n - 3) + "ться", out)) {
      return true;
    }
    if (w.startsWith("по") && n > 6 && (w.endsWith("е") || w.endsWith("ей"))) {
      if (tryAsTag(w.substring(2), "ADJ:Comp", out)) {
        return true;
      }
    }
    if (w.indexOf('ь') > 0 && tryAs(w.replace('ь', 'ъ'), out)) {
      return true;
    }
    if (w.indexOf('ъ') > 0 && tryAs(w.replace('ъ', 'ь'), out)) {
      return true;
    }
    if (typos && n >= 5) {
      return edits(w, out);
    }
    return false;
  }

  private static final String ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
  private final java.util.LinkedHashSet<String> editLemmas = new java.util.LinkedHashSet<>();

  /** Lemmas of the known words one edit away, if they are few (only if they all give one lemma). */
  private boolean edits(String w, List<String> out) {
    editLemmas.clear();
    int n = w.length();
    StringBuilder sb = new StringBuilder(n + 1);
    // deletions, transpositions, substitutions, insertions; the first letter is kept
    for (int i = 1; i < n; i++) {
      editTry(sb.append(w, 0, i).append(w, i + 1, n));
      if (i + 1 < n) {
        editTry(sb.append(w, 0, i).append(w.charAt(i + 1)).append(w.charAt(i)).append(w, i + 2, n));
      }
      for (int k = 0; k < ALPHABET.length(); k++) {
        char c = ALPHABET.charAt(k);
        if (c != w.charAt(i)) {
          editTry(sb.append(w, 0, i).append(c).append(w, i + 1, n));
        }
        editTry(sb.append(w, 0, i).append(c).append(w, i, n));
      }
      if (editLemmas.size() > 1) {
        return false;
      }
    }
    for (int k = 0; k < ALPHABET.length(); k++) {
      editTry(sb.append(w).append(ALPHABET.charAt(k)));
    }
    if (editLemmas.isEmpty() || editLemmas.size() > 1) {
      return false;
    }
    out.addAll(editLemmas);
    return true;
  }

  private void editTry(StringBuilder sb) {
    String c = sb.toString();
    sb.setLength(0);
    List<WordData> l = lookup2.lookup(c);
    if (l.isEmpty()) {
      return;
    }
    tmp.clear();
    lemmas(c, tmp);
    editLemmas.addAll(tmp);
  }
}
