package kz.muragat.analysis.normalize;

import java.io.Reader;
import kz.muragat.analysis.tokenize.ArchiveTokenizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class NormalizeFiltersTest extends BaseTokenStreamTestCase {

  private static Analyzer charFilterAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ArchiveTokenizer();
        return new TokenStreamComponents(t, t);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new ArchiveCharFilter(reader);
      }
    };
  }

  public void testLineEndHyphenJoinedWithOffsetsSpanningBothParts() throws Exception {
    try (Analyzer a = charFilterAnalyzer()) {
      String text = "Дело объ-\nективно рассмотрено";
      int start = text.indexOf("объ");
      int end = text.indexOf("ективно") + "ективно".length();
      assertAnalyzesTo(
          a,
          text,
          new String[] {"Дело", "объективно", "рассмотрено"},
          new int[] {0, start, end + 1},
          new int[] {4, end, text.length()});
      // CRLF, indentation and soft hyphen at the line end
      String t2 = "объ\u00AD\r\n   ективно";
      assertAnalyzesTo(a, t2, new String[] {"объективно"}, new int[] {0}, new int[] {t2.length()});
      // a capital after the break is a real compound, not a line-end hyphenation
      assertAnalyzesTo(a, "Алма-\nАта", new String[] {"Алма", "Ата"});
    }
  }

  public void testStressSoftHyphenYoAndNfc() throws Exception {
    try (Analyzer a = charFilterAnalyzer()) {
      String text = "го\u0301род пере\u00ADводчик ёлка Е\u0308ж и\u0306од";
      assertAnalyzesTo(
          a,
          text,
          new String[] {"город", "переводчик", "елка", "Еж", "йод"},
          new int[] {0, 7, 19, 24, 28},
          new int[] {6, 18, 23, 27, 32});
    }
  }

  public void testRandomCharFilter() throws Exception {
    try (Analyzer a = charFilterAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  private static Analyzer filterAnalyzer(boolean homoglyph) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        TokenStream ts = new LowerCaseFilter(t);
        ts = homoglyph ? new HomoglyphFilter(ts) : new PreReformFoldFilter(ts);
        return new TokenStreamComponents(t, ts);
      }
    };
  }

  public void testHomoglyphs() throws Exception {
    try (Analyzer a = filterAnalyzer(true)) {
      // Latin o, c, a inside a Cyrillic word; Cyrillic е, о inside a Latin word; Latin i in Kazakh
      assertAnalyzesTo(
          a,
          "Mocквa Lеnin bоok кiтап Москва Paris",
          new String[] {"москва", "lenin", "book", "кітап", "москва", "paris"},
          new int[] {0, 7, 13, 18, 24, 31},
          new int[] {6, 12, 17, 23, 30, 36});
    }
  }

  public void testOcrDigitsInsideCyrillicWords() throws Exception {
    try (Analyzer a = filterAnalyzer(true)) {
      // 1 for і and 0 for о inside Cyrillic words; numbers, ordinals and model names stay
      assertAnalyzesTo(
          a,
          "өзгеред1 1ске к0миссия 1-й 1937 15-жылы М1-2 ф1",
          new String[] {"өзгереді", "іске", "комиссия", "1-й", "1937", "15-жылы", "м1-2", "ф1"},
          new int[] {0, 9, 14, 23, 27, 32, 40, 45},
          new int[] {8, 13, 22, 26, 31, 39, 44, 47});
    }
  }

  public void testPreReform() throws Exception {
    try (Analyzer a = filterAnalyzer(false)) {
      assertAnalyzesTo(
          a,
          "Россія домъ вѣра исторіи ѳеодоръ мѵро білім кітап іс",
          new String[] {"россия", "дом", "вера", "истории", "феодор", "миро", "білім", "кітап", "іс"});
      // і folds in a word with another pre-reform mark even before a consonant
      assertAnalyzesTo(a, "мiръ".replace('i', 'і'), new String[] {"мир"});
      // Kazakh word with і before a vowel keeps it when it has Kazakh-only letters
      assertAnalyzesTo(a, "сүйіә", new String[] {"сүйіә"});
    }
  }

  public void testRandomFilters() throws Exception {
    try (Analyzer a = filterAnalyzer(true);
        Analyzer b = filterAnalyzer(false)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), b, 200 * RANDOM_MULTIPLIER);
    }
  }
}
