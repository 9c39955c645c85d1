package kz.muragat.analysis.mixed;

import kz.muragat.analysis.AnalysisTestUtil;
import java.util.Set;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class MixedLemmaFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer() {
    KazakhStemmer kk = new KazakhStemmer(KazakhLexicon.getDefault());
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        TokenStream ts = new MixedLemmaFilter(new LowerCaseFilter(t), kk, true);
        return new TokenStreamComponents(t, ts);
      }
    };
  }

  private static Set<String> terms(Analyzer a, String text) throws Exception {
    return AnalysisTestUtil.terms(a, "f", text);
  }

  public void testRoutesPerToken() throws Exception {
    try (Analyzer a = analyzer()) {
      // Russian sentence, Kazakh sentence, on one page
      Set<String> t = terms(a, "Протоколы допроса Ақталды кітаптарымызда Москва latin");
      assertTrue(t.toString(), t.containsAll(Set.of("протокол", "допрос", "ақта", "кітап", "москва", "latin")));
      // a Russian word keeps only Russian analyses
      assertEquals(Set.of("протокол"), terms(a, "протоколы"));
      // the same word is analysed the same alone and in context (query = index)
      assertEquals(terms(a, "балалары"), terms(a, "балалары"));
      assertTrue(terms(a, "балалары").contains("бала"));
    }
  }

  public void testOffsetsAndRandom() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a,
          "реабилитирован кітабы",
          new String[] {"реабилитировать", "реабилит~", "кітап"},
          new int[] {0, 0, 15},
          new int[] {14, 14, 21},
          new int[] {1, 0, 1});
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
  }
}
