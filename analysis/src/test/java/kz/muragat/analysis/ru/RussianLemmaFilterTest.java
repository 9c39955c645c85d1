package kz.muragat.analysis.ru;

import kz.muragat.analysis.AnalysisTestUtil;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
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
    return AnalysisTestUtil.terms(a, "f", word);
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

  private static void assertTable(Analyzer a, String[][] table) throws Exception {
    for (String[] row : table) {
      Set<String> t = terms(a, row[0]);
      assertTrue(row[0] + " " + t + " should contain " + row[1], t.contains(row[1]));
      if (row.length > 2) {
        assertFalse(row[0] + " " + t + " should not contain " + row[2], t.contains(row[2]));
      }
    }
  }

  public void testReadingChoice() throws Exception {
    try (Analyzer a = analyzer(false)) {
      assertTable(
          a,
          new String[][] {
            // an adverb is not its short neuter adjective, unless it is also predicative
            {"активно", "активно", "активный"},
            {"медленно", "медленно", "медленный"},
            {"страшно", "страшный"},
            // a comparative links its adverb as well as its positive
            {"быстрее", "быстро"},
            {"медленнее", "медленно"},
            {"медленнее", "медленный"},
            // patronymics keep their own lemma
            {"Петровича", "петрович", "пётр"},
            {"Сергеевной", "сергеевна", "сергей"},
            // a noun reading whose lemma is a verb's infinitive gives way to another noun
            {"статей", "статья", "стать"},
          });
      assertFalse(share(a, "статей", "стали"));
    }
  }

  public void testUnknownWordGuesses() throws Exception {
    try (Analyzer a = analyzer(false)) {
      assertTable(
          a,
          new String[][] {
            {"приииивет", "привет"}, // stretched letters
            {"об'явление", "объявление"}, // typewriter apostrophe for ъ
            {"под'езда", "подъезд"},
            {"подьезд", "подъезд"}, // ь for ъ
            {"новаго", "новый"}, // pre-reform adjective endings
            {"добрыя", "добрый"},
            {"синяго", "синий"},
            {"умывалися", "умываться"}, // colloquial -ся after a vowel
            {"учаться", "учиться"}, // -ться for -тся
            {"поменьше", "маленький"}, // по- + comparative
            {"теллефон", "телефон"}, // one-letter typo
            {"1930-х", "1930"}, // numeric ordinal
            {"5-го", "5"},
          });
      assertTrue(share(a, "приииивет", "привета"));
      assertTrue(share(a, "новаго", "новому"));
      // a typo with several possible corrections is left to the stem
      assertEquals(Set.of("домм"), terms(a, "домма"));
    }
  }

  public void testAbbreviations() throws Exception {
    try (Analyzer a = analyzer(false)) {
      assertTable(
          a,
          new String[][] {
            {"гг", "год"}, {"г", "год"}, {"вв", "век"}, {"тыс", "тысяча"}, {"млн", "миллион"},
            {"руб", "рубль"}, {"чел", "человек"}, {"чел", "чел"},
          });
      assertTrue(share(a, "г", "годы"));
      assertFalse(terms(a, "в").contains("век")); // a preposition, never expanded
    }
  }
}
