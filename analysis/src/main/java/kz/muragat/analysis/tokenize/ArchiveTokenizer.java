package kz.muragat.analysis.tokenize;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Word tokenizer for archive text. A token is a run of letters and digits (with their combining
 * marks), kept whole across internal connectors:
 *
 * <ul>
 *   <li>a hyphen (-, U+2010, U+2011) between two letters or digits: hyphenated words and codes stay
 *       one token ({@code Алма-Ата, ата-ана, северо-западный, 1930-х, Ту-154, 2-й}), so a search
 *       for the compound does not match its parts scattered over a page and the lemmatizers see
 *       the whole word;
 *   <li>an apostrophe (', U+2019, U+02BC) between letters ({@code O'Neil}, Kazakh Latin {@code
 *       Qazaq'stan});
 *   <li>a period or comma between digits ({@code 3.14, 999,9}).
 * </ul>
 *
 * Everything else separates tokens. Tokens longer than {@link #MAX_TOKEN_LENGTH} chars are cut.
 * Reads the whole input on reset.
 *
 * <p>The type of a token says how it was written, which later filters need after {@code lowercase}
 * has erased it (a name is written with a capital letter inside a sentence):
 *
 * <ul>
 *   <li>{@value #CAPITALIZED}: starts with an upper-case letter, inside a sentence ({@code ...
 *       обвинению Абильева Узака}, {@code К. Жумабаев}, {@code ПОСТАНОВИЛИ: Абильев});
 *   <li>{@value #SENTENCE_INITIAL}: starts with an upper-case letter and begins a sentence — the
 *       first word of the text, a word after {@code . ! ? …} (not after an initial or an
 *       abbreviation such as {@code г.}, {@code тов.}), after {@code :}, or at the start of a line
 *       when the line before did not break off mid-sentence (a heading, a line ending in a
 *       number or punctuation);
 *   <li>{@value #UPPERCASE}: two or more letters, all upper case (headings, acronyms);
 *   <li>{@value #WORD}: any other token with a letter (lower case, or starting with a digit);
 *   <li>{@value #NUM}: no letter.
 * </ul>
 */
public final class ArchiveTokenizer extends Tokenizer {
  public static final int MAX_TOKEN_LENGTH = 255;

  /** Type of a token with a letter that is not capitalised. */
  public static final String WORD = "<ALPHANUM>";

  /** Type of a token without letters. */
  public static final String NUM = "<NUM>";

  /** Type of a capitalised word inside a sentence. */
  public static final String CAPITALIZED = "<CAPITALIZED>";

  /** Type of a capitalised word that begins a sentence. */
  public static final String SENTENCE_INITIAL = "<SENTENCE_INITIAL>";

  /** Type of a word of two or more letters, all upper case. */
  public static final String UPPERCASE = "<UPPERCASE>";

  /** Whether a token type says the word was written with a capital letter (any position). */
  public static boolean isCapitalized(String type) {
    return CAPITALIZED.equals(type) || SENTENCE_INITIAL.equals(type) || UPPERCASE.equals(type);
  }

  /** Lower-case abbreviations whose period does not end a sentence ({@code тов. Абильев}). */
  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of(
          "гр", "тов", "им", "ст", "гг", "оп", "обл", "ул", "пр", "проф", "акад", "доц", "см", "ср",
          "св", "тт", "мр", "mr", "dr", "st");

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final StringBuilder text = new StringBuilder();
  private int pos;
  private int finalOffset;

  public ArchiveTokenizer() {}

  public ArchiveTokenizer(AttributeFactory factory) {
    super(factory);
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    int n = text.length();
    while (pos < n && !isWordChar(text.codePointAt(pos))) {
      pos += Character.charCount(text.codePointAt(pos));
    }
    if (pos >= n) {
      return false;
    }
    int start = pos;
    boolean letter = false;
    while (pos < n) {
      int cp = text.codePointAt(pos);
      if (isWordChar(cp)) {
        if (Character.isLetter(cp)) {
          letter = true;
        }
        int next = pos + Character.charCount(cp);
        if (next - start > MAX_TOKEN_LENGTH) {
          break;
        }
        pos = next;
        continue;
      }
      char c = text.charAt(pos);
      if (pos > start && pos + 1 < n) {
        int prev = text.codePointBefore(pos);
        int after = text.codePointAt(pos + 1);
        boolean join =
            (isHyphen(c) && isWordChar(prev) && isWordChar(after))
                || (isApostrophe(c) && Character.isLetter(prev) && Character.isLetter(after))
                || ((c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(after));
        if (join && pos + 1 - start < MAX_TOKEN_LENGTH) {
          pos++;
          continue;
        }
      }
      break;
    }
    termAtt.setEmpty().append(text, start, pos);
    offsetAtt.setOffset(correctOffset(start), correctOffset(pos));
    posIncAtt.setPositionIncrement(1);
    typeAtt.setType(letter ? wordType(start, pos) : NUM);
    return true;
  }

  /** {@link #WORD}, {@link #CAPITALIZED}, {@link #SENTENCE_INITIAL} or {@link #UPPERCASE}. */
  private String wordType(int start, int end) {
    int first = text.codePointAt(start);
    if (!Character.isUpperCase(first)) {
      return WORD;
    }
    int letters = 0;
    boolean lower = false;
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        lower |= !Character.isUpperCase(cp);
      }
      i += Character.charCount(cp);
    }
    if (letters >= 2 && !lower) {
      return UPPERCASE;
    }
    return startsSentence(start) ? SENTENCE_INITIAL : CAPITALIZED;
  }

  /** Quotes and brackets, which stand between a sentence's end and the next one's first word. */
  private static boolean isQuoteOrBracket(char c) {
    return "«»\"'„“”‘’()[]{}<>".indexOf(c) >= 0;
  }

  /** Whether the word at {@code start} begins a sentence (see the class comment). */
  private boolean startsSentence(int start) {
    int i = start - 1;
    boolean newline = false;
    for (; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029') {
        newline = true;
      } else if (!Character.isWhitespace(c) && !isQuoteOrBracket(c)) {
        break;
      }
    }
    if (i < 0) {
      return true;
    }
    char c = text.charAt(i);
    if (c == '.') {
      return !abbreviationEndsAt(i);
    }
    if (c == '!' || c == '?' || c == '…' || c == ':') {
      return true;
    }
    // a line break ends a sentence unless the line before broke off inside one
    return newline && !Character.isLowerCase(c) && ",;-\u2010\u2011\u00AD".indexOf(c) < 0;
  }

  /** Whether the period at {@code dot} follows an initial or a known abbreviation. */
  private boolean abbreviationEndsAt(int dot) {
    int i = dot;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    int n = dot - i;
    if (n == 0) {
      return false;
    }
    if (n == 1) {
      return true; // К. Жумабаев, г. Алма-Ата
    }
    return n <= 5 && ABBREVIATIONS.contains(text.substring(i, dot).toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    char[] buf = new char[4096];
    int r;
    while ((r = input.read(buf)) != -1) {
      text.append(buf, 0, r);
    }
    pos = 0;
    finalOffset = correctOffset(text.length());
  }
}
