package kz.muragat.analysis.ru;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class RussianLemmaFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(boolean derivation) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        TokenStream ts = new RussianLemmaFilter(new LowerCaseFilter(t), derivation);
        return new TokenStreamComponents(t, ts);
      }
    };
  }

  static Set<String> terms(Analyzer a, String word) throws Exception {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = a.tokenStream("f", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private static boolean share(Analyzer a, String x, String y) throws Exception {
    Set<String> s = terms(a, x);
    s.retainAll(terms(a, y));
    return !s.isEmpty();
  }

  public void testLemmasWithOffsetsAndPositions() throws Exception {
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(
          a,
          "Протоколы допроса стали",
          new String[] {"протокол", "допрос", "сталь", "стать"},
          new int[] {0, 10, 18, 18},
          new int[] {9, 17, 23, 23},
          new int[] {1, 1, 1, 0});
    }
  }

  public void testSurnamesConflateAcrossCases() throws Exception {
    try (Analyzer a = analyzer(false)) {
      String[] forms = {"Бекмаханов", "Бекмаханова", "Бекмахановым", "Бекмаханову", "Бекмаханове"};
      for (String f : forms) {
        assertTrue(f + " " + terms(a, f), terms(a, f).contains("бекмаханов"));
      }
      assertTrue(terms(a, "Байтурсынову").contains("байтурсынов"));
      assertTrue(terms(a, "Байтурсыновым").contains("байтурсынов"));
      // a common noun is not read as a first name's plural
      assertFalse(terms(a, "Иванов").contains("иван"));
    }
  }

  public void testSuperlativeAndParticipleReadings() throws Exception {
    try (Analyzer a = analyzer(false)) {
      assertTrue(terms(a, "лучшая").contains("лучший"));
      assertFalse(terms(a, "лучшая").contains("хороший"));
      assertEquals(Set.of("данный"), terms(a, "данная"));
    }
  }

  public void testDerivationalLink() throws Exception {
    try (Analyzer plain = analyzer(false);
        Analyzer deriv = analyzer(true)) {
      assertFalse(share(plain, "реабилитация", "реабилитированы"));
      for (String f : new String[] {"реабилитированы", "реабилитации", "реабилитирован"}) {
        assertTrue(f, share(deriv, "реабилитация", f));
      }
      assertTrue(share(deriv, "реабилитация", "реабилитации"));
    }
  }

  public void testRandom() throws Exception {
    try (Analyzer a = analyzer(true)) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
  }
}
