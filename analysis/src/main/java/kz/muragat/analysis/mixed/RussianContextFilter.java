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
 * Marks the words of running Russian text: a word gets the flag {@link #RUSSIAN} when the words
 * around it hold at least {@value #MIN_CYRILLIC} Cyrillic words and at most one in {@value
 * #KAZAKH_AT_MOST_ONE_IN} of them has a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і). Kazakh text
 * writes such a letter in about every other word, so text that has almost none is Russian. A short
 * text (a title, a query) has too few words to be marked. {@link MixedLemmaFilter} reads the flag: a
 * word the Russian dictionary knows in Russian text is Russian, and gets no Kazakh stem ({@code дам}
 * is a form of дать or дама there, not the Kazakh verb дам "develop"; {@code сына} is "son's", not
 * сын "critique").
 *
 * <p>The words around are the {@value #CONTEXT} before it once there are enough of them; the first
 * words of a text, which have too few before them, are judged with the {@value #AHEAD} after them
 * as well. Holding every token back to look ahead would cost as much as the morphological analysis
 * after this filter, so only those first tokens wait. So that a Kazakh paragraph after Russian text
 * is not read as Russian until its Kazakh letters outweigh the Russian before it, a word is not
 * marked either when one of the {@value #RECENT} words just before it has a Kazakh-only letter:
 * only a Kazakh paragraph's first words, up to its first word with such a letter (mostly the first
 * or second), can still be marked. Terms, offsets and positions pass unchanged.
 */
public final class RussianContextFilter extends TokenFilter {
  /** The flag bit of a word in Russian text. */
  public static final int RUSSIAN = 1 << 20;

  /** Words looked at before each word. */
  static final int CONTEXT = 32;

  /** Words just before a word none of which may have a Kazakh-only letter. */
  static final int RECENT = 4;

  /** Words looked at after each of the first words of a text. */
  static final int AHEAD = 16;

  /** Cyrillic words around a word that make a context (fewer: too little text to tell). */
  static final int MIN_CYRILLIC = 16;

  /**
   * Words with a Kazakh-only letter that Russian text may hold, as a share of its Cyrillic words:
   * OCR noise ({@code кеожалениіб}, a stray {@code ғ}) and a Kazakh name now and then. Kazakh text,
   * even read badly, has several times more.
   */
  static final int KAZAKH_AT_MOST_ONE_IN = 8;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

  /** A token held back: its state, whether it starts a position, and what its letters are. */
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
  /** Whether the word whose tokens are being given is in Russian text. */
  private boolean wordRussian;

  public RussianContextFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (ahead.isEmpty()) {
      if (exhausted || !input.incrementToken()) {
        exhausted = true;
        return false;
      }
      boolean word = posIncAtt.getPositionIncrement() > 0;
      boolean cyrillic = word && Letters.isCyrillicWord(termAtt);
      boolean kazakh = Letters.hasKazakhOnly(termAtt);
      if (!word || cyrillicBefore >= MIN_CYRILLIC) {
        give(word, cyrillic, kazakh, false);
        return true;
      }
      ahead.addLast(new Ahead(captureState(), word, cyrillic, kazakh));
      aheadWords++;
    }
    // one of the first words of the text: read on until AHEAD words follow it
    while (!exhausted && cyrillicBefore < MIN_CYRILLIC && aheadWords - (ahead.peekFirst().word ? 1 : 0) < AHEAD) {
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
      boolean word = posIncAtt.getPositionIncrement() > 0;
      ahead.addLast(new Ahead(captureState(), word, word && Letters.isCyrillicWord(termAtt), Letters.hasKazakhOnly(termAtt)));
      if (word) aheadWords++;
    }
    Ahead a = ahead.pollFirst();
    if (a.word) aheadWords--;
    restoreState(a.state);
    give(a.word, a.cyrillic, a.kazakh, a.word && cyrillicBefore < MIN_CYRILLIC);
    return true;
  }

  /** Marks the current token if its word is in Russian text, and counts the word as before the next. */
  private void give(boolean word, boolean cyrillic, boolean kazakh, boolean lookAhead) {
    if (word) {
      int c = cyrillicBefore;
      int k = kazakhBefore;
      if (lookAhead) {
        int words = 0;
        for (Iterator<Ahead> it = ahead.iterator(); it.hasNext(); ) {
          Ahead n = it.next();
          if (n.word && ++words > AHEAD) break;
          if (n.cyrillic) c++;
          if (n.kazakh) k++;
        }
      }
      wordRussian = c >= MIN_CYRILLIC && k * KAZAKH_AT_MOST_ONE_IN <= c && !kazakhRecently();
      if (cyrillicRing[at]) cyrillicBefore--;
      if (kazakhRing[at]) kazakhBefore--;
      cyrillicRing[at] = cyrillic;
      kazakhRing[at] = kazakh;
      if (cyrillic) cyrillicBefore++;
      if (kazakh) kazakhBefore++;
      at = (at + 1) % CONTEXT;
    } else if (kazakh && !kazakhRing[(at + CONTEXT - 1) % CONTEXT]) {
      // another reading stacked on the word (OCR) with a Kazakh letter counts for the word
      kazakhRing[(at + CONTEXT - 1) % CONTEXT] = true;
      kazakhBefore++;
    }
    if (wordRussian) flagsAtt.setFlags(flagsAtt.getFlags() | RUSSIAN);
  }

  /** Whether one of the {@value #RECENT} words before the current one has a Kazakh-only letter. */
  private boolean kazakhRecently() {
    for (int i = 1; i <= RECENT; i++) {
      if (kazakhRing[(at + CONTEXT - i) % CONTEXT]) return true;
    }
    return false;
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
