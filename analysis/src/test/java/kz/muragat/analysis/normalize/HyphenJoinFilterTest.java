package kz.muragat.analysis.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class HyphenJoinFilterTest extends BaseTokenStreamTestCase {
  private static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(t, new HyphenJoinFilter(new LowerCaseFilter(t)));
      }
    };
  }

  public void testHyphenatedWordIsAlsoJoinedAtItsPosition() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a,
          "контр-революционной группы Алма\u2010Ата",
          new String[] {"контр-революционной", "контрреволюционной", "группы", "алма\u2010ата", "алмаата"},
          new int[] {0, 0, 20, 27, 27},
          new int[] {19, 19, 26, 35, 35},
          new int[] {1, 0, 1, 1, 0});
      assertAnalyzesTo(a, "из-за кое-где-то", new String[] {"из-за", "изза", "кое-где-то", "коегдето"});
    }
  }

  public void testPartsAreNotIndexedAlone() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "чёрно-белый ата-ана", new String[] {"чёрно-белый", "чёрнобелый", "ата-ана", "атаана"});
    }
  }

  public void testCodesAndLoneHyphensAreLeftAlone() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a, "58-10 1937-38 58-1а ст.58 - -то то- а--б", new String[] {"58-10", "1937-38", "58-1а", "ст.58", "-", "-то", "то-", "а--б"});
    }
  }

  public void testEitherSpellingFindsTheOther() throws Exception {
    try (Analyzer index = MuragatAnalysis.morphAnalyzer();
        Analyzer query = MuragatAnalysis.morphQueryAnalyzer()) {
      List<String> hyphenated = terms(index, "член контр-революционной организации");
      List<String> joined = terms(index, "член контрреволюционной организации");
      assertTrue(hyphenated.toString(), hyphenated.contains("контрреволюционный"));
      assertTrue(hyphenated.containsAll(terms(query, "контрреволюционная")));
      assertTrue(joined.toString(), joined.stream().anyMatch(terms(query, "контр-революционная")::contains));
      // a part alone does not meet the word
      assertFalse(hyphenated.stream().anyMatch(terms(query, "революционный")::contains));
    }
  }

  private static List<String> terms(Analyzer a, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  public void testRandomData() throws Exception {
    try (Analyzer a = analyzer()) {
      checkRandomData(new Random(17), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
