package kz.muragat.analysis.ru;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.Charset;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;

/**
 * Proper nouns of Russian: every form the LanguageTool Russian spelling dictionary lists with a
 * capital letter — first names, patronymics, surnames, places, in all their case forms (Польша,
 * Алматы, Караганды, Абильевым, Сейфуллина, Ахмет, Роза). The AOT-derived list behind it has many
 * Kazakh and Central Asian names in their Russian spelling. Lower-case entries of the same list
 * say nothing (the morphological dictionary is written in lower case and adds names that way), so
 * only the capitalised ones are read. Loaded once, lazily; thread-safe.
 */
public final class RussianProperNouns {
  /** Resource path of the spelling dictionary inside org.languagetool:language-ru. */
  public static final String RESOURCE = "/org/languagetool/resource/ru/hunspell/ru_RU.dict";

  private static final Charset KOI8_R = Charset.forName("KOI8-R");

  private RussianProperNouns() {}

  private static final class Holder {
    static final FSA FSA = load();
    static final FSATraversal MATCHER = new FSATraversal(FSA);

    private static FSA load() {
      URL url = RussianProperNouns.class.getResource(RESOURCE);
      if (url == null) {
        throw new IllegalStateException("Russian spelling dictionary not on the classpath: " + RESOURCE);
      }
      try {
        return Dictionary.read(url).fsa;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Loads the list now rather than on first use. */
  public static void load() {
    Holder.FSA.getRootNode();
  }

  /**
   * Whether a lower-case Russian word (letters а–я, ё, hyphens) is listed capitalised: {@code
   * польша}, {@code абильевым}, {@code алма-ата}. False for anything else (Kazakh letters, Latin).
   */
  public static boolean contains(String word) {
    int n = word.length();
    if (n < 2) {
      return false;
    }
    char[] c = new char[n + 1];
    boolean start = true;
    for (int i = 0; i < n; i++) {
      char ch = word.charAt(i);
      if (ch == '-') {
        if (start) {
          return false;
        }
        start = true;
        c[i] = ch;
        continue;
      }
      if (!((ch >= 'а' && ch <= 'я') || ch == 'ё')) {
        return false;
      }
      c[i] = start ? Character.toUpperCase(ch) : ch;
      start = false;
    }
    c[n] = '+';
    byte[] b = new String(c).getBytes(KOI8_R);
    MatchResult r = Holder.MATCHER.match(b);
    return r.kind == MatchResult.SEQUENCE_IS_A_PREFIX;
  }
}
