package kz.muragat.analysis.mixed;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import kz.muragat.analysis.util.Letters;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Marks the words of running Russian text: a word gets the flag {@link #RUSSIAN} when the {@value
 * #CONTEXT} words before it and the {@value #CONTEXT} after it hold at least {@value #MIN_CYRILLIC}
 * Cyrillic words and at most one in {@value #KAZAKH_AT_MOST_ONE_IN} of them has a letter only Kazakh
 * has (ә ғ қ ң ө ұ ү һ і). Kazakh text writes such a letter in about every other word, so text
 * around a word that has almost none is Russian, while a Kazakh paragraph on a Russian page leaves
 * the words near it unmarked. A short text (a title, a query)
 * has too few neighbours to be marked. {@link MixedLemmaFilter} reads the flag: a word the Russian
 * dictionary knows in Russian text is Russian, and gets no Kazakh stem ({@code дам} is a form of
 * дать or дама there, not the Kazakh verb дам "develop"; {@code сына} is "son's", not сын "critique").
 *
 * <p>Only tokens are marked; terms, offsets and positions pass unchanged. Reads up to {@value
 * #CONTEXT} words ahead.
 */
public final class RussianContextFilter extends TokenFilter {
  /** The flag bit of a word in Russian text. */
  public static final int RUSSIAN = 1 << 20;

  /** Words looked at on each side. */
  static final int CONTEXT = 16;

  /** Cyrillic words among them that make a context (fewer: too little text to tell). */
  static final int MIN_CYRILLIC = 8;

  /**
   * Words with a Kazakh-only letter that Russian text may hold, as a share of its Cyrillic words:
   * OCR noise ({@code кеожалениіб}, a stray {@code ғ}) and a Kazakh name now and then. Kazakh text,
   * even read badly, has several times more.
   */
  static final int KAZAKH_AT_MOST_ONE_IN = 8;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

  /** A token read ahead: its state, whether it starts a position, and what its letters are. */
  private record Ahead(State state, boolean word, boolean cyrillic, boolean kazakh) {}

  private final ArrayDeque<Ahead> ahead = new ArrayDeque<>();
  private int aheadWords;
  private boolean exhausted;
  /** The last {@value #CONTEXT} words given (ring): Cyrillic, and with a Kazakh-only letter. */
  private final boolean[] cyrillicRing = new boolean[CONTEXT];
  private final boolean[] kazakhRing = new boolean[CONTEXT];
  private int at;
  private int cyrillicBefore;
  private int kazakhBefore;
  /** Whether the word whose stacked tokens are being given is in Russian text. */
  private boolean wordRussian;

  public RussianContextFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (!exhausted && (ahead.isEmpty() || aheadWords - (ahead.peekFirst().word ? 1 : 0) < CONTEXT)) {
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
      boolean word = posIncAtt.getPositionIncrement() > 0;
      ahead.addLast(new Ahead(captureState(), word, Letters.isCyrillicWord(termAtt), Letters.hasKazakhOnly(termAtt)));
      if (word) aheadWords++;
    }
    Ahead a = ahead.pollFirst();
    if (a == null) return false;
    if (a.word) {
      aheadWords--;
      wordRussian = russianAround();
    }
    restoreState(a.state);
    if (wordRussian) flagsAtt.setFlags(flagsAtt.getFlags() | RUSSIAN);
    if (a.word) {
      if (cyrillicRing[at]) cyrillicBefore--;
      if (kazakhRing[at]) kazakhBefore--;
      cyrillicRing[at] = a.cyrillic;
      kazakhRing[at] = a.kazakh;
      if (a.cyrillic) cyrillicBefore++;
      if (a.kazakh) kazakhBefore++;
      at = (at + 1) % CONTEXT;
    }
    return true;
  }

  /** Whether the words around the next word (itself not counted) are Russian text. */
  private boolean russianAround() {
    int cyrillic = cyrillicBefore;
    int kazakh = kazakhBefore;
    int words = 0;
    for (Iterator<Ahead> it = ahead.iterator(); it.hasNext(); ) {
      Ahead a = it.next();
      if (a.word && ++words > CONTEXT) break;
      if (a.word && a.cyrillic) cyrillic++;
      if (a.kazakh) kazakh++;
    }
    return cyrillic >= MIN_CYRILLIC && kazakh * KAZAKH_AT_MOST_ONE_IN <= cyrillic;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead.clear();
    aheadWords = 0;
    exhausted = false;
    Arrays.fill(cyrillicRing, false);
    Arrays.fill(kazakhRing, false);
    at = 0;
    cyrillicBefore = 0;
    kazakhBefore = 0;
    wordRussian = false;
  }
}
