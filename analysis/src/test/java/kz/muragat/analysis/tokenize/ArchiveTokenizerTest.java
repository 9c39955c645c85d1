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
            "<SENTENCE_INITIAL>", "<ALPHANUM>", "<ALPHANUM>", "<CAPITALIZED>", "<ALPHANUM>", "<NUM>",
            "<ALPHANUM>", "<NUM>", "<CAPITALIZED>", "<ALPHANUM>"
          },
          null);
      assertAnalyzesTo(a, "-начало конец- ", new String[] {"начало", "конец"});
    }
  }

  /** The type says how a word was written: later filters see it after {@code lowercase}. */
  public void testTypesTellCapitalisedWordsInsideSentences() throws Exception {
    try (Analyzer a = analyzer()) {
      String w = ArchiveTokenizer.WORD;
      String c = ArchiveTokenizer.CAPITALIZED;
      String s = ArchiveTokenizer.SENTENCE_INITIAL;
      String u = ArchiveTokenizer.UPPERCASE;
      String n = ArchiveTokenizer.NUM;
      assertAnalyzesTo(
          a,
          "Дело по обвинению Абильева. Абильев Узак; тов. Узак, К. Жумабаев! «Узак» ушёл? Нет: Узак",
          new String[] {
            "Дело", "по", "обвинению", "Абильева", "Абильев", "Узак", "тов", "Узак", "К", "Жумабаев",
            "Узак", "ушёл", "Нет", "Узак"
          },
          new String[] {s, w, w, c, s, c, w, c, c, c, s, w, s, s});
      // a line break ends a sentence after a heading or a finished line, not inside a sentence
      assertAnalyzesTo(
          a,
          "СПРАВКА № 885\nДело по обвинению\nАбильева Узака, 1892\nг.р., пересмотрено.\nАбильев",
          new String[] {"СПРАВКА", "885", "Дело", "по", "обвинению", "Абильева", "Узака", "1892", "г", "р", "пересмотрено", "Абильев"},
          new String[] {u, n, s, w, w, c, c, n, w, w, w, s});
    }
  }

  public void testRandom() throws Exception {
    try (Analyzer a = analyzer()) {
      checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 50 * RANDOM_MULTIPLIER, 1024);
    }
  }
}
