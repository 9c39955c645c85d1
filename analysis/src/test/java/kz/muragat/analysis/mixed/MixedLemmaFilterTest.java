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
    return analyzer(false);
  }

  private static Analyzer analyzer(boolean query) {
    KazakhStemmer kk = new KazakhStemmer(KazakhLexicon.getDefault());
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        TokenStream ts = new MixedLemmaFilter(new LowerCaseFilter(t), kk, true, query);
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

  public void testQueryModeAddsDictionaryFormReadings() throws Exception {
    try (Analyzer index = analyzer(false);
        Analyzer query = analyzer(true)) {
      // a lone dictionary form the index reads as stem + ending (жалын "flame" = жал + ын,
      // қолда "support" = қол + да, тарап "side" = тара + п): the query also asks for the word
      // as the stem its inflected forms are indexed under
      for (String[] c :
          new String[][] {
            {"жалын", "жалынбайды"}, {"қолда", "қолдайды"}, {"тарап", "тарапынан"},
            {"айқында", "айқындалады"}, {"есті", "естиді"}, {"туынды", "туындылар"},
            // doubtful endings the index keeps: 1st person possessive, passive
            {"әке", "әкемнің"}, {"қабылда", "қабылданды"}
          }) {
        Set<String> q = terms(query, c[0]);
        Set<String> doc = terms(index, c[1]);
        assertTrue(c[0] + " " + q + " / " + c[1] + " " + doc, q.stream().anyMatch(doc::contains));
        // the query keeps the index's own reading too
        assertTrue(q.containsAll(terms(index, c[0])));
      }
      // Russian words and inflected Kazakh forms are analysed as in the index
      assertEquals(terms(index, "протоколы"), terms(query, "протоколы"));
      assertTrue(terms(query, "балаларына").contains("бала"));
      checkRandomData(random(), query, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testEAfterConsonantInUnknownWordReadsAsKazakhAe() throws Exception {
    try (Analyzer a = analyzer()) {
      // OCR's Мэскеуде for Мәскеуде meets Мәскеу; a Russian word with э keeps its lemma
      assertTrue(terms(a, "мэскеуде").contains("мәскеу"));
      assertTrue(terms(a, "мэскеуде").stream().anyMatch(terms(a, "мәскеуге")::contains));
      assertEquals(Set.of("мэр"), terms(a, "мэра"));
    }
  }

  public void testKazakhLettersRestoredByHarmonyInUnknownWords() throws Exception {
    try (Analyzer a = analyzer()) {
      // OCR without Kazakh marks: back-vowel кылмыс is қылмыс, front-vowel дуниеге is дүниеге
      assertTrue(terms(a, "кылмыс").contains("қылмыс"));
      assertTrue(terms(a, "дуниеге").contains("дүние"));
      // Russian words (known to the dictionary) are not touched
      assertEquals(Set.of("угол"), terms(a, "угол"));
      assertEquals(Set.of("приговор"), terms(a, "приговор"));
    }
    // only a guess for the lexicon to confirm: the filter never asks it for a known Russian word
    assertEquals("протоқол", KazakhLetters.restore("протокол"));
    assertNull(KazakhLetters.restore("газета")); // both vowel rows: not a Kazakh word
    assertNull(KazakhLetters.restore("тауда")); // у beside a vowel is the consonant у
    assertEquals("құрамы", KazakhLetters.restore("курамы"));
    assertEquals("өзгерді", KazakhLetters.restore("озгерді"));
  }
}
