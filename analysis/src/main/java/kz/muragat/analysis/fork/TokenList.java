package kz.muragat.analysis.fork;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.Attribute;
import org.apache.lucene.util.AttributeSource;

/**
 * The tokens of one analysed text, captured once and replayed as often as needed: term, offsets,
 * position increment, position length, type and keyword flag of every token, plus the final
 * offset and position increment that {@code end()} reported. Immutable, so one list may be
 * replayed by several threads at once, each through its own {@link #stream()}.
 *
 * <p>Kept compact (one {@code char[]} for all terms, five ints a token), since a block holds the
 * lists of every page of a file until the block is written.
 */
public final class TokenList {
  /**
   * Attributes a captured stream may carry: those copied below, ones only the indexer sets, and
   * flags, which are signals between the filters of one chain ({@code muragatRussianContext} to
   * {@code muragatMixedLemma}) that the index never reads, so they are not kept.
   */
  private static final Set<Class<? extends Attribute>> KNOWN =
      Set.of(
          CharTermAttribute.class,
          TermToBytesRefAttribute.class,
          OffsetAttribute.class,
          PositionIncrementAttribute.class,
          PositionLengthAttribute.class,
          TypeAttribute.class,
          KeywordAttribute.class,
          TermFrequencyAttribute.class,
          FlagsAttribute.class);

  private static final int KEYWORD = 1 << 30;
  private static final int INTS = 5; // term end, start offset, end offset, position increment, position length | keyword

  private final char[] chars;
  private final int[] data;
  private final String[] types;
  private final int size;
  private final int finalOffset;
  private final int finalPositionIncrement;

  private TokenList(char[] chars, int[] data, String[] types, int size, int finalOffset, int finalPosInc) {
    this.chars = chars;
    this.data = data;
    this.types = types;
    this.size = size;
    this.finalOffset = finalOffset;
    this.finalPositionIncrement = finalPosInc;
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /**
   * Consumes {@code ts} entirely ({@code reset}, every token, {@code end}, {@code close}) and
   * returns what it produced. Fails on an attribute it would not replay (a payload), so a
   * change of the analysis chain cannot silently lose information.
   */
  public static TokenList capture(TokenStream ts) throws IOException {
    try (ts) {
      for (Iterator<Class<? extends Attribute>> it = ts.getAttributeClassesIterator(); it.hasNext(); ) {
        Class<? extends Attribute> c = it.next();
        if (!KNOWN.contains(c)) throw new IllegalStateException("cannot replay attribute " + c.getName());
      }
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      KeywordAttribute keyword = ts.hasAttribute(KeywordAttribute.class) ? ts.getAttribute(KeywordAttribute.class) : null;
      TermFrequencyAttribute freq =
          ts.hasAttribute(TermFrequencyAttribute.class) ? ts.getAttribute(TermFrequencyAttribute.class) : null;
      char[] chars = new char[256];
      int[] data = new int[64 * INTS];
      String[] types = new String[64];
      int n = 0;
      int len = 0;
      ts.reset();
      while (ts.incrementToken()) {
        if (freq != null && freq.getTermFrequency() != 1) throw new IllegalStateException("cannot replay a term frequency");
        if (len + term.length() > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, len + term.length()));
        System.arraycopy(term.buffer(), 0, chars, len, term.length());
        len += term.length();
        if ((n + 1) * INTS > data.length) {
          data = Arrays.copyOf(data, data.length * 2);
          types = Arrays.copyOf(types, types.length * 2);
        }
        int i = n * INTS;
        data[i] = len;
        data[i + 1] = offset.startOffset();
        data[i + 2] = offset.endOffset();
        data[i + 3] = posInc.getPositionIncrement();
        data[i + 4] = posLen.getPositionLength() | (keyword != null && keyword.isKeyword() ? KEYWORD : 0);
        types[n] = type.type();
        n++;
      }
      ts.end();
      return new TokenList(
          Arrays.copyOf(chars, len), Arrays.copyOf(data, n * INTS), Arrays.copyOf(types, n), n,
          offset.endOffset(), posInc.getPositionIncrement());
    }
  }

  /** A new stream replaying these tokens (one consumer; make one per field that indexes them). */
  public TokenStream stream() {
    return new Replay(this);
  }

  /**
   * These tokens as a {@link Reader} for an analyzer whose tokenizer is a {@link ReplayTokenizer}
   * (so the analyzer's per-thread reuse of its filters applies). It holds no characters.
   */
  Reader reader() {
    return new TokensReader(this);
  }

  /** Sets the attributes of token {@code t}. */
  private void fill(int t, Attrs a) {
    int i = t * INTS;
    int from = t == 0 ? 0 : data[i - INTS];
    a.term.copyBuffer(chars, from, data[i] - from);
    a.offset.setOffset(data[i + 1], data[i + 2]);
    a.posInc.setPositionIncrement(data[i + 3]);
    a.posLen.setPositionLength(data[i + 4] & ~KEYWORD);
    a.type.setType(types[t]);
    a.keyword.setKeyword((data[i + 4] & KEYWORD) != 0);
  }

  private void end(Attrs a) {
    a.offset.setOffset(finalOffset, finalOffset);
    a.posInc.setPositionIncrement(finalPositionIncrement);
  }

  /** The attributes a replay sets, added to its stream. */
  static final class Attrs {
    final CharTermAttribute term;
    final OffsetAttribute offset;
    final PositionIncrementAttribute posInc;
    final PositionLengthAttribute posLen;
    final TypeAttribute type;
    final KeywordAttribute keyword;

    Attrs(AttributeSource s) {
      term = s.addAttribute(CharTermAttribute.class);
      offset = s.addAttribute(OffsetAttribute.class);
      posInc = s.addAttribute(PositionIncrementAttribute.class);
      posLen = s.addAttribute(PositionLengthAttribute.class);
      type = s.addAttribute(TypeAttribute.class);
      keyword = s.addAttribute(KeywordAttribute.class);
    }
  }

  /** A cursor over a list: shared by {@link Replay} and {@link ReplayTokenizer}. */
  static final class Cursor {
    private final Attrs attrs;
    private TokenList list;
    private int next;

    Cursor(AttributeSource s) {
      attrs = new Attrs(s);
    }

    void start(TokenList l) {
      list = l;
      next = 0;
    }

    /** Fills the next token; false at the end. The caller has cleared the attributes. */
    boolean increment() {
      if (next >= list.size) return false;
      list.fill(next++, attrs);
      return true;
    }

    /** Sets the final offset and position increment; the caller has run its {@code end()}. */
    void end() {
      list.end(attrs);
    }

    void stop() {
      list = null;
    }
  }

  private static final class Replay extends TokenStream {
    private final Cursor cursor = new Cursor(this);
    private final TokenList list;

    Replay(TokenList list) {
      this.list = list;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      cursor.start(list);
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      return cursor.increment();
    }

    @Override
    public void end() throws IOException {
      super.end();
      cursor.end();
    }
  }

  /** Carries a list to a {@link ReplayTokenizer} through {@code Analyzer.tokenStream(String, Reader)}. */
  static final class TokensReader extends Reader {
    final TokenList tokens;

    TokensReader(TokenList tokens) {
      this.tokens = tokens;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      return -1;
    }

    @Override
    public void close() {}
  }
}
