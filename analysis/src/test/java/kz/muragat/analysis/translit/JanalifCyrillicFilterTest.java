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
    // i + j is и before any letter: и before a vowel is written ij too; ƅ + j before a vowel is ый
    conv("qijƅn", "қиын");
    conv("ije", "ие");
    conv("tijis", "тиіс");
    conv("azijja", "азия");
    conv("sƅjƅ", "сыйы");
  }

  public void testWhatModelsWithoutTheHistoricLettersWrite() {
    conv("aqtaldь", "ақталды");
    conv("ğabijt", "ғабит");
    conv("köşe", "көше");
    conv("ıñ", "ıң");
  }

  public void testWordsWithJanalifLettersAreRewrittenOthersPass() throws Exception {
    Analyzer a = analyzer(null);
    assertAnalyzesTo(a, "Aqtaldƅ yştiginiŋ іс", new String[] {"ақталды", "үштігінің", "іс"});
    assertAnalyzesTo(a, "Smith NKVD aqtaldy", new String[] {"smith", "nkvd", "aqtaldy"});
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

  public void testALongPlainLetterWordTheLexiconConfirmsOnlyThroughAnOcrReadingGetsThatReading() throws Exception {
    KazakhLexicon lexicon = KazakhLexicon.getDefault();
    assumeTrue("needs hunspell-kk", !lexicon.isEmpty());
    Analyzer a = analyzer(new KazakhStemmer(lexicon));
    // kerseter is no Kazakh word as it stands (керсетер); with ɵ read as e it is көрсетер "will
    // show": its plain reading and the confirmed one, stacked. A Latin word no reading confirms
    // stays as written, and short words are not read so at all
    assertAnalyzesTo(a, "kerseter standard isi", new String[] {"керсетер", "көрсетер", "standard", "ісі"},
        new int[] {1, 0, 1, 1});
    a.close();
  }

  public void testPlainLetterWordsAmongJanalifWordsAreJanalif() throws Exception {
    Analyzer a = analyzer(null);
    // two Jaŋalif words before them: plain-letter words are read too (an OCR that lost ƶ, ş)
    assertAnalyzesTo(a, "ʙolƅp ƶazƅp sesen Smith", new String[] {"болып", "жазып", "сесен", "смітһ"});
    // one is not enough, and a Russian page's Latin name stays
    assertAnalyzesTo(a, "ʙolƅp sesen", new String[] {"болып", "sesen"});
    assertAnalyzesTo(a, "Иванов Smith допрошен", new String[] {"иванов", "smith", "допрошен"});
    // the words looked back at are the last 16
    StringBuilder far = new StringBuilder("ʙolƅp ƶazƅp");
    for (int i = 0; i < JanalifCyrillicFilter.CONTEXT - 2; i++) far.append(" слово");
    String[] terms = far.append(" sesen sesen").toString().split(" ");
    terms[0] = "болып";
    terms[1] = "жазып";
    terms[terms.length - 2] = "сесен"; // ʙolƅp is the 16th word before it, out of sight of the next
    assertAnalyzesTo(a, far.toString(), terms);
    // a new text starts without context
    assertAnalyzesTo(a, "sesen", new String[] {"sesen"});
    // the words after it count too (the top of a page), as far as the 16th
    assertAnalyzesTo(a, "sesen ʙolƅp ƶazƅp", new String[] {"сесен", "болып", "жазып"});
    StringBuilder before = new StringBuilder("sesen");
    for (int i = 0; i < JanalifCyrillicFilter.CONTEXT - 1; i++) before.append(" слово");
    String[] kept = before.append(" ʙolƅp ƶazƅp").toString().split(" ");
    kept[kept.length - 2] = "болып";
    kept[kept.length - 1] = "жазып";
    assertAnalyzesTo(a, before.toString(), kept);
    a.close();
  }

  public void testABWordReadAsJanalifIsNotTakenAsCapitalised() throws Exception {
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new kz.muragat.analysis.tokenize.ArchiveTokenizer();
            return new TokenStreamComponents(t, new JanalifCyrillicFilter(new LowerCaseFilter(t), null));
          }
        };
    // the uzb model writes ʙ as B: Berip inside a sentence is a verb, not a name for its capital
    assertAnalyzesTo(
        a,
        "Ol ʙolƅp ƶazƅp Berip Qalƅ",
        new String[] {"ол", "болып", "жазып", "беріп", "қалы"},
        new String[] {"<SENTENCE_INITIAL>", "<ALPHANUM>", "<ALPHANUM>", "<SENTENCE_INITIAL>", "<CAPITALIZED>"});
    // a Latin name on a Russian page keeps its type
    assertAnalyzesTo(a, "Был Brown", new String[] {"был", "brown"}, new String[] {"<SENTENCE_INITIAL>", "<CAPITALIZED>"});
    a.close();
  }

  public void testReadingsOfTheOcrModelsConfusionsAreStacked() throws Exception {
    KazakhLexicon lexicon = KazakhLexicon.getDefault();
    assumeTrue("needs hunspell-kk", !lexicon.isEmpty());
    Analyzer a = analyzer(new KazakhStemmer(lexicon));
    TokenStreamToList ts = new TokenStreamToList(a, "ʙolƅp ƶazuşƅ sesen dalƅm");
    assertEquals("болып", ts.at(0).get(0));
    assertTrue(ts.at(1).toString(), ts.at(1).contains("жазушы"));
    assertEquals("сесен", ts.at(2).get(0));
    assertTrue(ts.at(2).toString(), ts.at(2).contains("шешен"));
    assertTrue(ts.at(3).toString(), ts.at(3).contains("ғалым"));
    for (int p = 0; p < 4; p++) assertTrue(ts.at(p).size() <= JanalifOcrReading.MAX_READINGS);
    a.close();
  }

  /** The terms of a text by position. */
  private static final class TokenStreamToList {
    private final java.util.List<java.util.List<String>> positions = new java.util.ArrayList<>();

    TokenStreamToList(Analyzer a, String text) throws Exception {
      try (org.apache.lucene.analysis.TokenStream ts = a.tokenStream("f", text)) {
        var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (inc.getPositionIncrement() > 0) positions.add(new java.util.ArrayList<>());
          positions.get(positions.size() - 1).add(term.toString());
        }
        ts.end();
      }
    }

    java.util.List<String> at(int p) {
      return positions.get(p);
    }
  }

  private static void assertOffsets(Analyzer a) throws Exception {
    assertAnalyzesTo(a, "qamauƣa alƅnƅp", new String[] {"қамауға", "алынып"}, new int[] {0, 8}, new int[] {7, 14});
  }

  public void testRandomStrings() throws Exception {
    Analyzer a = analyzer(null);
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    a.close();
  }

  public void testRandomJanalifTextWithTheLexicon() throws Exception {
    KazakhLexicon lexicon = KazakhLexicon.getDefault();
    assumeTrue("needs hunspell-kk", !lexicon.isEmpty());
    Analyzer a = analyzer(new KazakhStemmer(lexicon));
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    // words of Jaŋalif letters, so the readings are searched and stacked
    String letters = "aəʙdeƶzijklmnŋoɵpqrsştuƅy ";
    for (int i = 0; i < 20 * RANDOM_MULTIPLIER; i++) {
      StringBuilder sb = new StringBuilder("ʙolƅp ƶazuşƅ ");
      int n = random().nextInt(60);
      for (int k = 0; k < n; k++) sb.append(letters.charAt(random().nextInt(letters.length())));
      checkAnalysisConsistency(random(), a, random().nextBoolean(), sb.toString());
    }
    a.close();
  }

  public void testFactory() throws Exception {
    JanalifCyrillicFilterFactory f = new JanalifCyrillicFilterFactory(new java.util.HashMap<>(Map.of("lexicon", "/nonexistent.dic")));
    Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
    t.setReader(new java.io.StringReader("ʙolƅp"));
    assertTokenStreamContents(f.create(t), new String[] {"болып"});
    // query-term normalization: one term, the plain reading
    Tokenizer t2 = new MockTokenizer(MockTokenizer.WHITESPACE, false);
    t2.setReader(new java.io.StringReader("ʙolƅp ƶazƅp dalƅm"));
    JanalifCyrillicFilterFactory withLexicon = new JanalifCyrillicFilterFactory(new java.util.HashMap<>());
    assertTokenStreamContents(withLexicon.normalize(t2), new String[] {"болып", "жазып", "далым"});
    expectThrows(IllegalArgumentException.class, () -> new JanalifCyrillicFilterFactory(new java.util.HashMap<>(Map.of("bogus", "1"))));
  }
}
