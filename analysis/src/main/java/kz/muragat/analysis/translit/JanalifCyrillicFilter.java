package kz.muragat.analysis.translit;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.tokenize.ArchiveTokenizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Indexes Kazakh words written in Jaŋalif (the Latin alphabet of 1929–1940) in Cyrillic ({@link
 * JanalifToCyrillic}), so that {@code aqtaldƅ} is indexed as {@code ақталды} and every later filter
 * — Kazakh stems, name variants — treats it as the Cyrillic word; the stored text keeps its Latin
 * spelling. Which tokens (lower case) are read:
 *
 * <ul>
 *   <li>a word with a letter only Jaŋalif has ({@code ə ʙ ƣ ƶ ꞑ ŋ ɵ ƅ ь});
 *   <li>a word of Jaŋalif's plain Latin letters when at least {@value #CONTEXT_MIN} of the
 *       {@value #CONTEXT} words before it, or of the {@value #CONTEXT} after it, have a letter only
 *       Jaŋalif has: on a Jaŋalif page whose OCR lost the special letters ({@code tudan}, {@code
 *       qamauda}), also at its top; Latin names on a Russian page have no such words around them;
 *   <li>elsewhere, a word of 3+ letters that read alike in Jaŋalif and in today's Kazakh Latin,
 *       when the Kazakh lexicon confirms its Cyrillic reading ({@code kelip} → {@code келіп}), or,
 *       for a word of {@value #MIN_READ_LENGTH}+ letters, one of its OCR readings ({@code kerseter}
 *       → {@code көрсетер}, ɵ read as e; then stacked after its plain reading); English {@code
 *       Smith} or a 2021-alphabet {@code aqtaldy} pass unchanged.
 * </ul>
 *
 * The first two get, with a lexicon, the readings of {@link JanalifOcrReading} stacked on their
 * position (the plain reading first, then what the OCR model's confusions make of it and the
 * lexicon confirms: {@code zƅlƅ} → {@code зылы}, {@code жылы}); without one, the plain reading. A
 * word read as Jaŋalif that the tokenizer typed {@code <CAPITALIZED>} and that starts with {@code
 * b} is typed {@code <SENTENCE_INITIAL>}: OCR models write Jaŋalif's small capital ʙ as {@code B},
 * so the capital is not known to be meant. Keyword tokens pass. Whole-term replacement: offsets
 * and positions are untouched. Only a plain-letter Latin word that the words before it do not
 * decide waits for up to {@value #CONTEXT} words after it; every other token passes at once, so
 * Cyrillic text costs no holding back.
 */
public final class JanalifCyrillicFilter extends TokenFilter {
  /** Shorter words are confirmed by the lexicon too easily (English {@code on}, {@code as}). */
  static final int MIN_CONFIRMED_LENGTH = 3;

  /**
   * Shorter plain-letter words outside Jaŋalif text are not read through the OCR model's
   * confusions: too many short Latin words become some Kazakh word that way.
   */
  static final int MIN_READ_LENGTH = 6;

  /** Words looked at on each side of a word for Jaŋalif ones. */
  static final int CONTEXT = 16;

  /** Jaŋalif words on one side that make a plain-letter word Jaŋalif. */
  static final int CONTEXT_MIN = 2;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KazakhStemmer stemmer;
  private final JanalifOcrReading reading;
  private final List<String> stems = new ArrayList<>();
  /** Whether each of the last {@value #CONTEXT} words (ring) had a letter only Jaŋalif has. */
  private final boolean[] recent = new boolean[CONTEXT];
  private int at;
  private int janalifBefore;
  /** Tokens held back, oldest first: a plain-letter Latin word and the words after it. */
  private final ArrayDeque<Ahead> ahead = new ArrayDeque<>();
  /** Words (positions) among {@link #ahead}. */
  private int aheadWords;
  private boolean exhausted;
  /** Terms of the current token still to give, stacked on its position. */
  private final List<String> out = new ArrayList<>();
  private int next;
  private State current;

  /**
   * A token held back: its state, whether it starts a position, whether it has Jaŋalif's own
   * letters, whether it has only Jaŋalif's (Latin) letters.
   */
  private record Ahead(State state, boolean word, boolean own, boolean latin) {}

  /**
   * @param stemmer confirms plain-letter words and readings through its lexicon; {@code null}: the
   *     plain reading of Jaŋalif words only
   * @param stack whether to stack the readings of {@link JanalifOcrReading} (false: one term per
   *     token, the plain reading, as query-term normalization needs)
   */
  public JanalifCyrillicFilter(TokenStream input, KazakhStemmer stemmer, boolean stack) {
    super(input);
    this.stemmer = stemmer;
    this.reading = stemmer != null && stack ? new JanalifOcrReading(stemmer) : null;
  }

  public JanalifCyrillicFilter(TokenStream input, KazakhStemmer stemmer) {
    this(input, stemmer, true);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (current != null && next < out.size()) {
      restoreState(current);
      termAtt.setEmpty().append(out.get(next++));
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    current = null;
    if (ahead.isEmpty()) {
      if (exhausted || !input.incrementToken()) {
        exhausted = true;
        return false;
      }
      boolean word = posIncAtt.getPositionIncrement() > 0;
      boolean own = ownLetters();
      boolean latin = latinLetters();
      if (!needsAhead(own, latin)) {
        // a Cyrillic word, or a Latin one whose words before decide: no need to hold it back
        give(word, own, latin);
        return true;
      }
      hold(word, own, latin);
    }
    Ahead first = ahead.peekFirst();
    if (needsAhead(first.own, first.latin)) {
      // a plain-letter Latin word that the words before do not decide: read on until CONTEXT
      // words follow it (or the text ends)
      while (!exhausted && aheadWords - (first.word ? 1 : 0) < CONTEXT) {
        if (!input.incrementToken()) {
          exhausted = true;
          break;
        }
        hold(posIncAtt.getPositionIncrement() > 0, ownLetters(), latinLetters());
      }
    }
    Ahead a = ahead.pollFirst();
    if (a.word) aheadWords--;
    restoreState(a.state);
    give(a.word, a.own, a.latin);
    return true;
  }

  /** Whether the current token is a word with a letter only Jaŋalif has (keywords are not words). */
  private boolean ownLetters() {
    return !keywordAtt.isKeyword() && JanalifToCyrillic.hasOwnLetter(termAtt);
  }

  /** Whether the current token is a word of Jaŋalif's (Latin) letters only. */
  private boolean latinLetters() {
    return !keywordAtt.isKeyword() && JanalifToCyrillic.onlyJanalifLetters(termAtt);
  }

  /** Whether a token is read only once the words after it are known (see the class comment). */
  private boolean needsAhead(boolean own, boolean latin) {
    return latin && !own && janalifBefore < CONTEXT_MIN;
  }

  private void hold(boolean word, boolean own, boolean latin) {
    ahead.addLast(new Ahead(captureState(), word, own, latin));
    if (word) aheadWords++;
  }

  /** Reads the current token (its attributes set) and counts its word as before the next. */
  private void give(boolean word, boolean own, boolean latin) {
    if (own || latin) {
      out.clear();
      analyze(termAtt.toString(), own, latin, out);
      if (!out.isEmpty()) {
        termAtt.setEmpty().append(out.get(0));
        if (out.size() > 1) {
          current = captureState();
          next = 1;
        }
      }
    }
    if (word) {
      if (recent[at]) janalifBefore--;
      recent[at] = own;
      if (own) janalifBefore++;
      at = (at + 1) % CONTEXT;
    }
  }

  /** Jaŋalif words among the next {@value #CONTEXT} words read ahead. */
  private int janalifAfter() {
    int n = 0;
    int words = 0;
    for (Iterator<Ahead> it = ahead.iterator(); it.hasNext() && words < CONTEXT; ) {
      Ahead a = it.next();
      if (a.word) words++;
      if (a.own) n++;
    }
    return n;
  }

  /** {@code own}, {@code latin}: whether the term has Jaŋalif's own letters, and only Jaŋalif's letters. */
  private void analyze(String term, boolean own, boolean latin, List<String> out) {
    if (own || (latin && (janalifBefore >= CONTEXT_MIN || janalifAfter() >= CONTEXT_MIN))) {
      if (reading != null) reading.read(term, out);
      else out.add(JanalifToCyrillic.convert(term));
      if (term.startsWith("b") && ArchiveTokenizer.CAPITALIZED.equals(typeAtt.type())) {
        // OCR models read Jaŋalif's small capital ʙ as B: a B-word inside a sentence is not
        // known to be capitalised, so it is judged as at a sentence start (not a name for that alone)
        typeAtt.setType(ArchiveTokenizer.SENTENCE_INITIAL);
      }
    } else if (stemmer != null && term.length() >= MIN_CONFIRMED_LENGTH && JanalifToCyrillic.onlySharedLetters(term)) {
      String c = JanalifToCyrillic.convert(term);
      stems.clear();
      if (stemmer.lexicon().isNoun(c) || stemmer.stem(c, stems)) {
        out.add(c);
      } else if (reading != null && term.length() >= MIN_READ_LENGTH) {
        // not a word as it stands, but one the OCR model's confusions make of it may be (kerseter:
        // көрсетер, ɵ read as e): the readings, if the lexicon confirms one
        int from = out.size();
        reading.read(term, out);
        if (out.size() - from < 2) out.subList(from, out.size()).clear();
      }
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    Arrays.fill(recent, false);
    at = 0;
    janalifBefore = 0;
    ahead.clear();
    aheadWords = 0;
    exhausted = false;
    out.clear();
    next = 0;
    current = null;
  }
}
