package kz.muragat.analysis.translit;

import java.util.Map;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class JanalifCyrillicFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(KazakhStemmer stemmer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(t, new JanalifCyrillicFilter(new LowerCaseFilter(t), stemmer));
      }
    };
  }

  private static void conv(String janalif, String cyrillic) {
    assertEquals(janalif, cyrillic, JanalifToCyrillic.convert(janalif));
  }

  public void testLettersOfTheAlphabet() {
    conv("aqtaldƅ", "ақталды");
    conv("qazaqstan", "қазақстан");
    conv("ʙolƅp", "болып");
    conv("muraƣat", "мұрағат");
    conv("ƶƅlƅ", "жылы");
    conv("yştiginiꞑ", "үштігінің");
    conv("yştiginiŋ", "үштігінің");
    conv("ɵskemen", "өскемен");
    conv("əʙilulƅ", "әбілұлы");
    conv("kijim", "киім");
    conv("tau", "тау");
    conv("kelu", "келу");
    conv("jasaq", "ясақ");
    conv("şeşimi", "шешімі");
    conv("su", "су");
  }

  public void testWhatModelsWithoutTheHistoricLettersWrite() {
    conv("aqtaldь", "ақталды");
    conv("ğabijt", "ғабит");
    conv("köşe", "көше");
    conv("ıñ", "ıң");
  }

  public void testWordsWithJanalifLettersAreRewrittenOthersPass() throws Exception {
    Analyzer a = analyzer(null);
    assertAnalyzesTo(a, "Aqtaldƅ NKVD yştiginiŋ Smith aqtaldy іс", new String[] {"ақталды", "nkvd", "үштігінің", "smith", "aqtaldy", "іс"});
    assertOffsets(a);
    a.close();
  }

  public void testPlainLetterWordsNeedTheLexicon() throws Exception {
    KazakhLexicon lexicon = KazakhLexicon.getDefault();
    assumeTrue("needs hunspell-kk", !lexicon.isEmpty());
    Analyzer a = analyzer(new KazakhStemmer(lexicon));
    // kelip, isi, tergeu are Kazakh in letters both Latin alphabets share; smith and nkvd are not
    // Kazakh; aqtaldy has y, which the two alphabets read differently, so it stays for the variant field
    assertAnalyzesTo(a, "kelip isi tergeu smith nkvd aqtaldy", new String[] {"келіп", "ісі", "тергеу", "smith", "nkvd", "aqtaldy"});
    a.close();
  }

  private static void assertOffsets(Analyzer a) throws Exception {
    assertAnalyzesTo(a, "qamauƣa alƅnƅp", new String[] {"қамауға", "алынып"}, new int[] {0, 8}, new int[] {7, 14});
  }

  public void testRandomStrings() throws Exception {
    Analyzer a = analyzer(null);
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    a.close();
  }

  public void testFactory() throws Exception {
    JanalifCyrillicFilterFactory f = new JanalifCyrillicFilterFactory(new java.util.HashMap<>(Map.of("lexicon", "/nonexistent.dic")));
    Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
    t.setReader(new java.io.StringReader("ʙolƅp"));
    assertTokenStreamContents(f.create(t), new String[] {"болып"});
    expectThrows(IllegalArgumentException.class, () -> new JanalifCyrillicFilterFactory(new java.util.HashMap<>(Map.of("bogus", "1"))));
  }
}
