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
    boolean hasShortPt = false;
    for (String[] r : readings) {
      String tag = r[1];
      if (!tag.contains(":Name:") && !tag.contains(":Patr:")) {
        hasCommon = true;
      }
      if (tag.startsWith("ADJ:") && !tag.startsWith("ADJ:Sup") && !tag.startsWith("ADJ:Comp")) {
        hasAdj = true;
      }
      if (tag.equals("ADV")) {
        hasAdv = true;
      }
      if (tag.startsWith("PT_Short:")) {
        hasShortPt = true;
      }
    }
    int before = out.size();
    for (String[] r : readings) {
      String tag = r[1];
      if (tag.contains(":Name:") && (tag.contains(":PL") || hasCommon)) {
        continue;
      }
      if (tag.contains(":Patr:") && hasCommon) {
        continue;
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

  /** Lemmas if known, else the fallback stem. */
  public void analyze(String word, List<String> out) {
    if (!lemmas(word, out)) {
      out.add(fallback(word));
    }
  }
}
