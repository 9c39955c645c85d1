package kz.muragat.analysis.translit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.tokenize.ArchiveTokenizer;
import kz.muragat.analysis.util.AlternativesFilter;
import org.apache.lucene.analysis.TokenStream;
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
 *       {@value #CONTEXT} words before it had a letter only Jaŋalif has: on a Jaŋalif page whose
 *       OCR lost the special letters ({@code tudan}, {@code qamauda}); Latin names on a Russian
 *       page have no such words around them;
 *   <li>elsewhere, a word of 3+ letters that read alike in Jaŋalif and in today's Kazakh Latin,
 *       when the Kazakh lexicon confirms its Cyrillic reading ({@code kelip} → {@code келіп});
 *       English {@code Smith} or a 2021-alphabet {@code aqtaldy} pass unchanged.
 * </ul>
 *
 * The first two get, with a lexicon, the readings of {@link JanalifOcrReading} stacked on their
 * position (the plain reading first, then what the OCR model's confusions make of it and the
 * lexicon confirms: {@code zƅlƅ} → {@code зылы}, {@code жылы}); without one, the plain reading.
 * Keyword tokens pass. Whole-term replacement: offsets and positions are untouched.
 */
public final class JanalifCyrillicFilter extends AlternativesFilter {
  /** Shorter words are confirmed by the lexicon too easily (English {@code on}, {@code as}). */
  static final int MIN_CONFIRMED_LENGTH = 3;

  /** Words looked back at for Jaŋalif ones. */
  static final int CONTEXT = 16;

  /** Jaŋalif words among them that make a plain-letter word Jaŋalif. */
  static final int CONTEXT_MIN = 2;

  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KazakhStemmer stemmer;
  private final JanalifOcrReading reading;
  private final List<String> stems = new ArrayList<>();
  /** Whether each of the last {@value #CONTEXT} words (ring) had a letter only Jaŋalif has. */
  private final boolean[] recent = new boolean[CONTEXT];
  private int at;
  private int janalifRecent;

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
  protected void analyze(String term, List<String> out) {
    boolean own = JanalifToCyrillic.hasOwnLetter(term);
    if (own || (janalifRecent >= CONTEXT_MIN && JanalifToCyrillic.onlyJanalifLetters(term))) {
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
      if (stemmer.lexicon().isNoun(c) || stemmer.stem(c, stems)) out.add(c);
    }
    if (posIncAtt.getPositionIncrement() > 0) {
      if (recent[at]) janalifRecent--;
      recent[at] = own;
      if (own) janalifRecent++;
      at = (at + 1) % CONTEXT;
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    Arrays.fill(recent, false);
    at = 0;
    janalifRecent = 0;
  }
}
