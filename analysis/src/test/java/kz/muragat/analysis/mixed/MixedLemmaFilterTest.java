package kz.muragat.analysis.mixed;

import kz.muragat.analysis.AnalysisTestUtil;
import java.util.Set;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.tokenize.ArchiveTokenizer;
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
        TokenStream ts = new MixedLemmaFilter(new LowerCaseFilter(t), kk, true, query, false);
        return new TokenStreamComponents(t, ts);
      }
    };
  }

  /** A Kazakh stem as the filter writes it. */
  private static String kk(String stem) {
    return stem + MixedLemmaFilter.KAZAKH;
  }

  /** Kazakh stems and Russian lemmas spelled alike are different terms: a Kazakh form does not meet a Russian one. */
  public void testKazakhStemsDoNotMeetRussianLemmasSpelledAlike() throws Exception {
    try (Analyzer a = analyzer()) {
      // экономикасы "its economy" and республикасы are Kazakh only
      assertTrue(java.util.Collections.disjoint(terms(a, "экономикасы"), terms(a, "экономике")));
      assertTrue(java.util.Collections.disjoint(terms(a, "республикасы"), terms(a, "республиках")));
      // a word both languages know meets both: республика, and тау, whose Kazakh reading the
      // lexicon cannot confirm but the Russian one agrees with
      assertEquals(Set.of("республика", kk("республика")), terms(a, "республика"));
      assertFalse(java.util.Collections.disjoint(terms(a, "тау"), terms(a, "таулары")));
      // a word of neither list keeps only its Russian lemma in the index; typed in a query it
      // also asks for its Kazakh forms (менеджмент → менеджментінің)
      assertEquals(Set.of("угол"), terms(a, "угол"));
      try (Analyzer q = analyzer(true)) {
        assertFalse(java.util.Collections.disjoint(terms(q, "менеджмент"), terms(a, "менеджментінің")));
      }
    }
  }

  private static Set<String> terms(Analyzer a, String text) throws Exception {
    return AnalysisTestUtil.terms(a, "f", text);
  }

  public void testRoutesPerToken() throws Exception {
    try (Analyzer a = analyzer()) {
      // Russian sentence, Kazakh sentence, on one page
      Set<String> t = terms(a, "Протоколы допроса Ақталды кітаптарымызда Москва latin");
      assertTrue(t.toString(), t.containsAll(Set.of("протокол", "допрос", kk("ақта"), kk("кітап"), "москва", "latin")));
      // a Russian word keeps only Russian analyses
      assertEquals(Set.of("протокол"), terms(a, "протоколы"));
      // the same word is analysed the same alone and in context (query = index)
      assertEquals(terms(a, "балалары"), terms(a, "балалары"));
      assertTrue(terms(a, "балалары").contains(kk("бала")));
    }
  }

  /** The index chain: words marked in their context, then analysed. */
  private static Analyzer inContext() {
    KazakhStemmer kk = new KazakhStemmer(KazakhLexicon.getDefault());
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        TokenStream ts = new RussianContextFilter(new LowerCaseFilter(t));
        return new TokenStreamComponents(t, new MixedLemmaFilter(ts, kk, true, false, false));
      }
    };
  }

  public void testARussianWordInRussianTextGetsNoKazakhStem() throws Exception {
    try (Analyzer a = inContext()) {
      // alone, дам is the Kazakh verb дам "develop" as well as a form of дать and дама
      assertTrue(terms(a, "дам").contains(kk("дам")));
      // in Russian text it is Russian only; in Kazakh text it keeps both readings
      Set<String> ru = terms(a, "он сказал что дам ему всё что смогу и сына своего тоже приведу к вам завтра утром когда все соберутся");
      assertTrue(ru.toString(), ru.containsAll(Set.of("дать", "сын")));
      assertFalse(ru.toString(), ru.contains(kk("дам")) || ru.contains(kk("сына")));
      Set<String> kz = terms(a, "сол кезде ол дам деп айтты бірақ ұлын да ертең таңертең әкелетінін айтты сонда бәрі келді");
      assertTrue(kz.toString(), kz.containsAll(Set.of("дать", kk("дам"))));
      // a word only Kazakh knows keeps its stem in Russian text (a Kazakh word quoted there)
      assertTrue(terms(a, "он сказал что кітаптарымызда ему всё что смогу и своего тоже приведу к вам завтра утром когда все соберутся")
          .contains(kk("кітап")));
    }
  }

  public void testOffsetsAndRandom() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a,
          "реабилитирован кітабы",
          new String[] {"реабилитировать", "реабилит~", kk("кітап")},
          new int[] {0, 0, 15},
          new int[] {14, 14, 21},
          new int[] {1, 0, 1});
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = inContext()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER, 40);
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
            {"жалын", "жалынбайды"}, {"қолда", "қолдайды"},
            {"айқында", "айқындалады"}, {"есті", "естиді"},
            // a doubtful ending the index keeps: 1st person possessive
            {"әке", "әкемнің"}
          }) {
        Set<String> q = terms(query, c[0]);
        Set<String> doc = terms(index, c[1]);
        assertTrue(c[0] + " " + q + " / " + c[1] + " " + doc, q.stream().anyMatch(doc::contains));
        // the query keeps the index's own reading too, unless the word is a noun the lexicon
        // lists with forms of its own (есті "conscious" is not asked for as ес "mind") or a verb
        // made from a noun with -да (қолда "support" is not asked for as қол "hand" + locative)
        if (!Set.of("есті", "қолда", "айқында").contains(c[0])) {
          assertTrue(c[0] + " " + q + " / " + terms(index, c[0]), q.containsAll(terms(index, c[0])));
        }
      }
      // Russian words and inflected Kazakh forms are analysed as in the index
      assertEquals(terms(index, "протоколы"), terms(query, "протоколы"));
      assertTrue(terms(query, "балаларына").contains(kk("бала")));
      checkRandomData(random(), query, 200 * RANDOM_MULTIPLIER);
    }
  }

  /**
   * A query word the Kazakh list has as it stands, which Russian knows only as an inflected form
   * of another word, is the Kazakh word: дала "steppe" does not ask for every form of дать (даст,
   * дано), бала "child" not for бал, шара "measure" not for шар. The index still reads such a word
   * both ways, and a Russian dictionary form typed in a query keeps both readings.
   */
  public void testAQueryWordTypedAsAKazakhDictionaryWordIsNotARussianInflection() throws Exception {
    try (Analyzer index = analyzer(false);
        Analyzer query = analyzer(true)) {
      for (String[] c : new String[][] {{"дала", "дать", "даст"}, {"бала", "бал", "балу"}, {"шара", "шар", "шаров"}}) {
        assertTrue(c[0] + " is read both ways in a page: " + terms(index, c[0]), terms(index, c[0]).contains(c[1]));
        Set<String> q = terms(query, c[0]);
        assertFalse(c[0] + " " + q, q.contains(c[1]));
        assertTrue(c[0] + " " + q, q.stream().anyMatch(terms(index, c[0])::contains));
        assertTrue(c[0] + " " + q + " / " + c[2], java.util.Collections.disjoint(q, terms(index, c[2])));
      }
      // its Kazakh forms are still found
      assertFalse(java.util.Collections.disjoint(terms(query, "дала"), terms(index, "далада")));
      // a Russian dictionary form both languages know keeps both readings (сын, республика)
      assertTrue(terms(query, "республика").containsAll(Set.of("республика", kk("республика"))));
      assertTrue(terms(query, "сын").contains("сын"));
      // a Russian inflected form that is no word of the Kazakh list is a Russian query as before
      assertTrue(terms(query, "протоколы").contains("протокол"));
    }
  }

  public void testQueryForALemmaNounDoesNotAskForACommonRoot() throws Exception {
    try (Analyzer index = analyzer(false);
        Analyzer query = analyzer(true)) {
      // the lexicon lists туынды "derivative" with its own forms: a lemma, not ту "be born" +
      // reflexive + past; орындық "chair" is not ор; сауда "trade" not сау + locative
      for (String[] c :
          new String[][] {
            {"туынды", "ту", "туындылар"}, {"орындық", "ор", "орындықта"}, {"сауда", "сау", "саудасы"},
            {"тарап", "тара", "тарапынан"}
          }) {
        Set<String> q = terms(query, c[0]);
        assertFalse(c[0] + " " + q, q.contains(kk(c[1])));
        assertTrue(c[0] + " " + q + " / " + c[2], q.stream().anyMatch(terms(index, c[2])::contains));
      }
      // a verb's query does not ask for its reflexive, another verb (ақтан "justify oneself",
      // one letter from ақпан "February")
      assertFalse(terms(query, "ақтау").contains(kk("ақтан")));
      assertTrue(terms(query, "ақтау").stream().anyMatch(terms(index, "ақталды")::contains));
    }
  }

  /** A mid-sentence capitalised word through the real tokenizer: the type says it is a name. */
  private static Analyzer archiveAnalyzer(boolean query) {
    KazakhStemmer kk = new KazakhStemmer(KazakhLexicon.getDefault());
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ArchiveTokenizer();
        return new TokenStreamComponents(t, new MixedLemmaFilter(new LowerCaseFilter(t), kk, true, query, false));
      }
    };
  }

  public void testNamesAreNotCutToCommonRoots() throws Exception {
    try (Analyzer a = archiveAnalyzer(false)) {
      // Ақтау the city is not ақта "acquit" + у; lower-case ақтау is the verb; Алматыда and
      // Ұзақтың lose their case endings; Қарағанды is a place however it is written
      String text = "қала Ақтау, ақтау; Алматыда Ұзақтың Қарағанды қарағанды";
      assertAnalyzesTo(
          a,
          text,
          new String[] {kk("қала"), kk("ақтау"), kk("ақта"), kk("алматы"), kk("ұзақ"), kk("қарағанды"), kk("қарағанды")},
          new int[] {0, 5, 12, 19, 28, 36, 46},
          new int[] {4, 10, 17, 27, 35, 45, 55},
          new String[] {
            ArchiveTokenizer.WORD, ArchiveTokenizer.CAPITALIZED, ArchiveTokenizer.WORD,
            ArchiveTokenizer.CAPITALIZED, ArchiveTokenizer.CAPITALIZED, ArchiveTokenizer.CAPITALIZED,
            ArchiveTokenizer.WORD
          },
          new int[] {1, 1, 1, 1, 1, 1, 1});
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
    try (Analyzer q = archiveAnalyzer(true)) {
      // a query word has no sentence around it: it may be the name's inflected form
      assertTrue(terms(q, "төлегеннен").contains(kk("төлеген")));
      assertFalse(terms(q, "қарағанды").contains(kk("қара")));
      checkRandomData(random(), q, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testEAfterConsonantInUnknownWordReadsAsKazakhAe() throws Exception {
    try (Analyzer a = analyzer()) {
      // OCR's Мэскеуде for Мәскеуде meets Мәскеу; a Russian word with э keeps its lemma
      assertTrue(terms(a, "мэскеуде").contains(kk("мәскеу")));
      assertTrue(terms(a, "мэскеуде").stream().anyMatch(terms(a, "мәскеуге")::contains));
      assertEquals(Set.of("мэр"), terms(a, "мэра"));
    }
  }

  public void testKazakhLettersRestoredByHarmonyInUnknownWords() throws Exception {
    try (Analyzer a = analyzer()) {
      // OCR without Kazakh marks: back-vowel кылмыс is қылмыс, front-vowel дуниеге is дүниеге
      assertTrue(terms(a, "кылмыс").contains(kk("қылмыс")));
      assertTrue(terms(a, "дуниеге").contains(kk("дүние")));
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
