package kz.muragat.analysis.tokenize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class ArchiveTokenizerTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ArchiveTokenizer();
        return new TokenStreamComponents(t, t);
      }
    };
  }

  public void testHyphenatedWordsAndCodesStayWhole() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a,
          "Алма-Ата, 1930-х гг. (Ту-154) — ата-ана; 3,5 и 2.7 - O'Neil @screened-10",
          new String[] {
            "Алма-Ата", "1930-х", "гг", "Ту-154", "ата-ана", "3,5", "и", "2.7", "O'Neil", "screened-10"
          },
          new int[] {0, 10, 17, 22, 32, 41, 45, 47, 53, 61},
          new int[] {8, 16, 19, 28, 39, 44, 46, 50, 59, 72},
          new String[] {
            "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>", "<NUM>",
            "<ALPHANUM>", "<NUM>", "<ALPHANUM>", "<ALPHANUM>"
          },
          null);
      assertAnalyzesTo(a, "-начало конец- ", new String[] {"начало", "конец"});
    }
  }

  public void testRandom() throws Exception {
    try (Analyzer a = analyzer()) {
      checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 50 * RANDOM_MULTIPLIER, 1024);
    }
  }
}
