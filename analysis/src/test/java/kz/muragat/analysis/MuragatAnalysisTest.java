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
      assertAnalyzesTo(mixed, "мектептерде протоколы", new String[] {"мектеп_kk", "протокол"});
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
            "бекмаханов", "реабилитировать", "реабилит~", "бекмаханов", "ақтал_kk", "ақта_kk"
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

  /** Terms a query for {@code query} and a text {@code text} have in common, field by field. */
  private static Set<String> shared(String query, String text) throws Exception {
    Set<String> out = new java.util.TreeSet<>();
    try (Analyzer qa = MuragatAnalysis.queryPerFieldAnalyzer();
        Analyzer ia = MuragatAnalysis.perFieldAnalyzer()) {
      for (String f : new String[] {MuragatAnalysis.FIELD_MORPH, MuragatAnalysis.FIELD_EXACT, MuragatAnalysis.FIELD_VARIANT}) {
        Set<String> q = AnalysisTestUtil.terms(qa, f, query);
        q.retainAll(AnalysisTestUtil.terms(ia, f, text));
        for (String t : q) out.add(f + ":" + t);
      }
    }
    return out;
  }

  private static void neverMeets(String query, String... texts) throws Exception {
    for (String text : texts) {
      assertEquals(query + " / " + text, Set.of(), shared(query, text));
    }
  }

  private static boolean hasNameKey(Analyzer a, String text) throws Exception {
    return AnalysisTestUtil.terms(a, MuragatAnalysis.FIELD_VARIANT, text).stream()
        .anyMatch(t -> t.startsWith(kz.muragat.analysis.names.NameVariants.KEY_PREFIX));
  }

  /** Issue 16: common words got the phonetic keys of names and of other words. */
  public void testCommonWordsGetNoNameKeys() throws Exception {
    try (Analyzer index = MuragatAnalysis.variantAnalyzer();
        Analyzer query = MuragatAnalysis.variantQueryAnalyzer()) {
      for (String w : new String[] {"больше", "часто", "сала", "сотының"}) {
        assertFalse(w, hasNameKey(index, "Их стало " + w));
        assertFalse(w, hasNameKey(query, w));
      }
      assertTrue(hasNameKey(index, "Он уехал в Польшу"));
      assertTrue(hasNameKey(query, "польша"));
    }
    // больше was indexed with ~pulj, the key of Польша
    neverMeets("польша", "Их стало больше, больших и большая часть.");
    neverMeets("больше", "Он уехал в Польшу. Польша");
    // a form of частый met части, частью (through част, ~jast)
    neverMeets("частый", "части", "частью", "Частью");
    neverMeets("частые", "части", "частью");
    // a form of Kazakh сала met сайлау, сила, сама (and салу through the variant field)
    neverMeets("сала", "сайлау", "сила", "сама", "Сила");
    assertTrue(shared("сала", "салу").stream().noneMatch(t -> t.startsWith(MuragatAnalysis.FIELD_VARIANT)));
    // сотының met Russian суда, судь through ~sut
    neverMeets("сотының", "суда", "судь", "Верховного Суда");
  }

  /** Issue 16: place names were cut to common roots. */
  public void testKazakhPlaceNamesAreNotCutToCommonRoots() throws Exception {
    try (Analyzer index = MuragatAnalysis.morphAnalyzer();
        Analyzer query = MuragatAnalysis.morphQueryAnalyzer()) {
      // Қарағанды was indexed as қара (қара + ған + ды "the one who looked"), and met Қазақ, қана
      // and every form of қара "look"
      assertFalse(terms(index, "Ол Қарағанды облысында туған.").contains("қара"));
      assertFalse(terms(query, "қарағанды").contains("қара"));
      assertFalse(terms(query, "Қарағанды").contains("қара"));
      neverMeets("қарағанды", "Ол қарады.", "қарағанда", "Қазақ", "қана");
      // its own forms still meet
      assertFalse(shared("қарағанды", "Ол Қарағандыда, Қарағандының облысында").isEmpty());
    }
    // Ақтау the city is not ақта "acquit"; ақтау the word still finds ақталды
    neverMeets("ақталды", "Ол Ақтау қаласында туған.");
    assertFalse(shared("ақтау", "Ол толық ақталды.").isEmpty());
    // ақтау met ақпандағы "in February" through its query form ақтан (one letter from ақпан)
    neverMeets("ақтау", "ақпандағы", "ақпан", "Ақпанда");
    try (Analyzer query = MuragatAnalysis.morphQueryAnalyzer()) {
      assertFalse(terms(query, "ақтау").contains("ақтан"));
    }
  }
}
