package kz.muragat.analysis;

import java.util.Set;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemFilterFactory;
import kz.muragat.analysis.mixed.MixedLemmaFilterFactory;
import kz.muragat.analysis.normalize.ArchiveCharFilterFactory;
import kz.muragat.analysis.normalize.HomoglyphFilterFactory;
import kz.muragat.analysis.normalize.PreReformFoldFilterFactory;
import kz.muragat.analysis.ru.RussianLemmaFilterFactory;
import kz.muragat.analysis.tokenize.ArchiveTokenizerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class MuragatAnalysisTest extends BaseTokenStreamTestCase {

  public void testSpiNamesListed() {
    assertTrue(CharFilterFactory.availableCharFilters().contains(ArchiveCharFilterFactory.NAME));
    assertTrue(TokenizerFactory.availableTokenizers().contains(ArchiveTokenizerFactory.NAME));
    Set<String> filters = TokenFilterFactory.availableTokenFilters();
    for (String name :
        new String[] {
          HomoglyphFilterFactory.NAME,
          PreReformFoldFilterFactory.NAME,
          RussianLemmaFilterFactory.NAME,
          KazakhStemFilterFactory.NAME,
          MixedLemmaFilterFactory.NAME
        }) {
      assertTrue(name, filters.contains(name));
      assertNotNull(TokenFilterFactory.lookupClass(name));
    }
  }

  /** Each chain builds from factory names, the way Solr builds a field type from its schema. */
  public void testChainsBuildFromFactoryNames() throws Exception {
    try (Analyzer ru =
            CustomAnalyzer.builder()
                .addCharFilter("muragatArchive")
                .withTokenizer("muragatArchive")
                .addTokenFilter("lowercase")
                .addTokenFilter("muragatHomoglyph")
                .addTokenFilter("muragatPreReform")
                .addTokenFilter("muragatRussianLemma", "derivation", "true")
                .build();
        Analyzer kk =
            CustomAnalyzer.builder()
                .addCharFilter("muragatArchive")
                .withTokenizer("muragatArchive")
                .addTokenFilter("lowercase")
                .addTokenFilter("muragatKazakhStem", "lexicon", KazakhLexicon.DEFAULT_PATH)
                .build();
        Analyzer mixed =
            CustomAnalyzer.builder()
                .withTokenizer("muragatArchive")
                .addTokenFilter("lowercase")
                .addTokenFilter("muragatMixedLemma")
                .build()) {
      assertAnalyzesTo(ru, "Протоколы Россіи", new String[] {"протокол", "россия"});
      assertAnalyzesTo(kk, "мектептерде", new String[] {"мектеп"});
      assertAnalyzesTo(mixed, "мектептерде протоколы", new String[] {"мектеп", "протокол"});
    }
    expectThrows(
        IllegalArgumentException.class,
        () -> CustomAnalyzer.builder().withTokenizer("muragatArchive").addTokenFilter("muragatKazakhStem", "bogus", "1").build());
  }

  public void testExactFieldIsNormalizedButUnstemmed() throws Exception {
    try (Analyzer a = MuragatAnalysis.exactAnalyzer()) {
      String text = "Объ-\nективно ПРОТОКОЛЫ Mocквa Россіи ёлка";
      int end = text.indexOf("ективно") + 7;
      assertAnalyzesTo(
          a,
          text,
          new String[] {"объективно", "протоколы", "москва", "россии", "елка"},
          new int[] {0, end + 1, end + 11, end + 18, end + 25},
          new int[] {end, end + 10, end + 17, end + 24, end + 29});
    }
  }

  public void testMorphFieldOffsetsPointIntoOriginal() throws Exception {
    try (Analyzer a = MuragatAnalysis.morphAnalyzer()) {
      String text = "Бекмаханов реабили-\nтирован; Бекмахановым ақталды";
      int r = text.indexOf("реабили");
      int rEnd = text.indexOf("тирован") + 7;
      int b = text.indexOf("Бекмахановым");
      int k = text.indexOf("ақталды");
      assertAnalyzesTo(
          a,
          text,
          new String[] {
            "бекмаханов", "реабилитировать", "реабилит~", "бекмаханов", "ақтал", "ақта"
          },
          new int[] {0, r, r, b, k, k},
          new int[] {10, rEnd, rEnd, b + 12, k + 7, k + 7},
          new int[] {1, 1, 0, 1, 1, 0});
    }
  }

  private static Set<String> terms(Analyzer a, String text) throws Exception {
    return AnalysisTestUtil.terms(a, MuragatAnalysis.FIELD_MORPH, text);
  }

  public void testRequiredConflations() throws Exception {
    try (Analyzer a = MuragatAnalysis.morphAnalyzer()) {
      Set<String> q = terms(a, "ақтау");
      q.retainAll(terms(a, "ақталды"));
      assertFalse(q.isEmpty());
      for (String f : new String[] {"реабилитированы", "реабилитации", "реабилитирован"}) {
        Set<String> s = terms(a, "реабилитация");
        s.retainAll(terms(a, f));
        assertFalse(f, s.isEmpty());
      }
    }
  }

  public void testRandomBothFields() throws Exception {
    try (Analyzer a = MuragatAnalysis.perFieldAnalyzer()) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
  }
}
