package kz.muragat.analysis.kk;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.junit.Assume;

/** Table tests on forms written for this test (not taken from the dev data). */
public class KazakhStemmerTest extends BaseTokenStreamTestCase {

  private static KazakhStemmer stemmer() {
    Assume.assumeTrue(
        "hunspell-kk not installed", Files.isReadable(Paths.get(KazakhLexicon.DEFAULT_PATH)));
    return new KazakhStemmer(KazakhLexicon.getDefault());
  }

  private static List<String> stems(KazakhStemmer s, String w) {
    List<String> out = new ArrayList<>();
    s.stem(w, out);
    return out;
  }

  private static void table(KazakhStemmer s, String stem, String... forms) {
    for (String f : forms) {
      assertTrue(f + " → " + stems(s, f) + ", expected " + stem, stems(s, f).contains(stem));
    }
  }

  /** Postpositions, conjunctions and pronouns are not a content root plus endings. */
  public void testFunctionWordsAreTheirOwnStems() {
    KazakhStemmer s = stemmer();
    // үшін "for" is not үш "three"; бері "since" not бер "give"; қандай "what kind" not қан "blood"
    for (String[] c : new String[][] {{"үшін", "үш"}, {"бері", "бер"}, {"дейін", "де"}, {"қандай", "қан"}, {"қайсы", "қайыс"}, {"бірге", "бір"}}) {
      for (List<String> out : List.of(stems(s, c[0]), query(s, c[0]), name(s, c[0]))) {
        assertEquals(c[0] + " → " + out, List.of(c[0]), out);
      }
    }
    // the content words themselves still inflect: үштің, береді, қанның
    table(s, "үш", "үштің");
    table(s, "бер", "береді");
    table(s, "қан", "қанның");
  }

  private static List<String> query(KazakhStemmer s, String w) {
    List<String> out = new ArrayList<>();
    s.stemQuery(w, out);
    return out;
  }

  private static List<String> name(KazakhStemmer s, String w) {
    List<String> out = new ArrayList<>();
    s.stemName(w, out);
    return out;
  }

  public void testNounChains() {
    KazakhStemmer s = stemmer();
    // plural + possessive + case
    table(s, "кітап", "кітап", "кітаптар", "кітаптың", "кітапқа", "кітаптарымызда", "кітабым");
    table(s, "бала", "бала", "балалар", "балаға", "баласы", "баланың", "балаларымыздың");
    table(s, "мектеп", "мектептерде", "мектебіміз", "мектепке");
    table(s, "әке", "әкелерімізге");
  }

  public void testFinalConsonantRestorationAndElidedVowel() {
    KazakhStemmer s = stemmer();
    table(s, "кітап", "кітабы");
    table(s, "жүрек", "жүрегі", "жүрекке");
    table(s, "тарақ", "тарағы");
    table(s, "орын", "орны", "орнына");
  }

  public void testVerbChains() {
    KazakhStemmer s = stemmer();
    // tense, negation, person
    table(s, "жаз", "жазады", "жазды", "жазған", "жазып", "жазу", "жазбаймын");
    table(s, "кел", "келді", "келеді", "келген", "келіп", "келмеді", "келмейді");
    table(s, "бар", "бармадым");
    // voice: the passive form also yields the root
    table(s, "жаз", "жазылды");
  }

  public void testInfinitiveInYuIsStemPlusY() {
    KazakhStemmer s = stemmer();
    // hunspell-kk lists қою, сүю, азаю: the stems are қой, сүй, азай (й + у is written ю)
    table(s, "қой", "қою", "қоюға", "қойды", "қойып", "қойылды");
    table(s, "сүй", "сүю", "сүйеді", "сүймеді");
    table(s, "азай", "азаю", "азайды", "азайған");
    // after и the й is not written: кию = ки + у
    table(s, "ки", "кию", "киді");
    assertFalse(stems(s, "қойып").contains("қо"));
  }

  public void testIntentParticipleIsDoubtful() {
    KazakhStemmer s = stemmer();
    // -мақ/-мек nouns are words of their own: аймақ "region" is not ай + мақ
    table(s, "аймақ", "аймақтарда", "аймақтың", "аймағында");
    assertFalse(stems(s, "аймақтарда").contains("ай"));
  }

  public void testListedConverbAlsoGivesItsVerb() {
    KazakhStemmer s = stemmer();
    // the word list holds converbs in -а/-е as words (айта, көрсете): the whole word stays, and the
    // verb is read under it too, so the converb meets the verb's other forms
    table(s, "айт", "айта", "айтты", "айтпайды");
    table(s, "көрсет", "көрсете", "көрсетті");
    table(s, "айта", "айта");
    // a word that is itself a verb stem is not a converb of a shorter one (қара "look", өте "pay")
    assertFalse(stems(s, "қара").contains("қар"));
    assertFalse(stems(s, "өте").contains("өт"));
  }

  private static List<String> queryStems(KazakhStemmer s, String w) {
    List<String> out = new ArrayList<>();
    s.stemQuery(w, out);
    return out;
  }

  public void testLemmaQueryIsNotReadAsAConverb() {
    KazakhStemmer s = stemmer();
    // айнала "around" is a word the list inflects itself: typed as a query it is that word, not
    // the converb of айнал "turn" the index also reads in it (the same word in a text still matches
    // through айнала itself)
    assertFalse(queryStems(s, "айнала").contains("айнал"));
    assertTrue(queryStems(s, "айнала").contains("айнала"));
    assertTrue(stems(s, "айнала").contains("айнала"));
    // a converb the list does not inflect is read as the index reads it
    assertTrue(queryStems(s, "айта").contains("айт"));
  }

  public void testAQueryVerbMadeFromANounWithTheLocativeIsTheVerb() {
    KazakhStemmer s = stemmer();
    // қолда "support" is listed as a verb and reads as қол "hand" + locative -да: typed as a query
    // it asks for the verb (қолдады "supported"), not for every form of қол
    assertEquals(List.of("қолда"), queryStems(s, "қолда"));
    assertTrue(stems(s, "қолдады").contains("қолда"));
    assertFalse(stems(s, "қолына").contains("қолда"));
    // a locative that is no verb stays the noun's form
    assertTrue(queryStems(s, "далада").contains("дала"));
    assertTrue(queryStems(s, "қазақта").contains("қазақ"));
  }

  public void testQueryFirstPersonFormVoicesTheFinalConsonant() {
    KazakhStemmer s = stemmer();
    // the index keeps a 1st person possessive on (әкем); the query asks for it with the stem's
    // final п/к/қ voiced before the vowel, as Kazakh writes it
    assertTrue(queryStems(s, "кітап").contains("кітабым"));
    assertTrue(queryStems(s, "бостандық").contains("бостандығым"));
    assertFalse(queryStems(s, "бостандық").contains("бостандықым"));
    assertTrue(queryStems(s, "әке").contains("әкем"));
  }

  public void testPoliteAndPluralImperative() {
    KazakhStemmer s = stemmer();
    table(s, "жаз", "жазыңыз", "жазыңдар", "жазыңыздар");
    table(s, "оқ", "оқыңыз", "оқыңдар", "оқыды"); // the contracted ы/і goes (оқу → оқ)
    table(s, "кел", "келіңіз", "келіңдер");
  }

  public void testShortVerbConverb() {
    KazakhStemmer s = stemmer();
    // a two-letter verb + converb -п (деп, жеп) is the verb; other three-letter words stay whole
    table(s, "де", "деп", "деді");
    table(s, "же", "жеп", "жеді");
    assertEquals(List.of("жер"), stems(s, "жер"));
  }

  public void testSelfInflectingNounAlsoKeepsItself() {
    KazakhStemmer s = stemmer();
    // ағын "stream" also reads ақ + ы + н; the list inflects ағын itself (ағынның, ағындар), so the
    // word is a reading of its own and meets its forms
    table(s, "ағын", "ағын", "ағынның", "ағындар");
    table(s, "сарын", "сарын", "сарынды");
  }

  public void testSelfInflectingNounBeatsADoubtfulSplit() {
    KazakhStemmer s = stemmer();
    // орындық "chair" also reads ор + ын (reflexive) + ды + қ "we were dug": with a doubtful suffix
    // in the split, the listed word that takes endings of its own stays itself
    assertEquals(List.of("орындық"), stems(s, "орындық"));
    table(s, "орындық", "орындықтар", "орындығы");
  }

  public void testVerbVowelElidedBeforeAVowel() {
    KazakhStemmer s = stemmer();
    // қорқу: the stem is written қорық before a consonant, қорқ before a vowel
    table(s, "қорқ", "қорқады", "қорықты", "қорықпайды", "қорыққан");
    // before a vowel-initial ending the written vowel stays a vowel of the stem
    assertFalse(stems(s, "ерітеді").contains("ерт"));
  }

  public void testPassiveMeetsActive() {
    KazakhStemmer s = stemmer();
    List<String> a = stems(s, "ақтау");
    List<String> b = stems(s, "ақталды");
    a.retainAll(b);
    assertFalse("ақтау and ақталды share no stem", a.isEmpty());
  }

  public void testPassiveInNAfterAStemWithL() {
    KazakhStemmer s = stemmer();
    // a vowel-final stem with л in its last syllables makes its passive with -н: қабылданды "was
    // accepted" is a form of қабылда, бағаланды of бағала
    assertTrue(stems(s, "қабылданды").contains("қабылда"));
    assertTrue(stems(s, "бағаланды").contains("бағала"));
    // elsewhere -н after a vowel is reflexive, another verb: ақтанды "justified oneself" is not ақта
    assertFalse(stems(s, "ақтанды").contains("ақта"));
  }

  public void testNoPassiveRootUnderWholeWord() {
    KazakhStemmer s = stemmer();
    // nouns/adjectives that look like verb + passive -ыл/-іл keep only themselves
    for (String w : new String[] {"ауыл", "батыл", "жасыл"}) {
      assertEquals(w, List.of(w), stems(s, w));
    }
    // a real passive verb form still gives its root too
    table(s, "жаз", "жазылды", "жазылған");
    table(s, "ақта", "ақталды");
  }

  public void testHarmonyRejectsWrongVariants() {
    KazakhStemmer s = stemmer();
    // front-vowel plural / voiced dative on a back-vowel stem ending in a voiceless consonant
    assertFalse(stems(s, "кітаптер").contains("кітап"));
    assertFalse(stems(s, "кітапга").contains("кітап"));
    assertFalse(stems(s, "мектептар").contains("мектеп"));
  }

  public void testNamesProtected() {
    KazakhStemmer s = stemmer();
    // no Kazakh suffix -ов: the Russian surname stays whole and takes Kazakh case endings
    table(s, "байтурсынов", "байтурсынов", "байтурсыновтың", "байтурсыновқа");
    // a short word is not cut to two letters by a one-letter suffix
    assertEquals(List.of("жер"), stems(s, "жер"));
  }

  public void testLexicalizedCaseFormStaysWhole() {
    KazakhStemmer s = stemmer();
    // the word list inflects these words themselves (тұлғаның, кестеде, қабырғадан), so they are
    // stems, not тұл + ға, кес + те, қабыр + ға
    for (String w : new String[] {"тұлға", "кесте", "қабырға"}) {
      assertEquals(w, List.of(w), stems(s, w));
    }
    table(s, "тұлға", "тұлғаның", "тұлғалар");
    table(s, "кесте", "кестеде", "кестелер");
    // a plain case form of a stem still loses its ending
    table(s, "қала", "қалаға", "қалада");
    table(s, "жер", "жерге", "жерде");
  }

  public void testListedPrivativeAdjectiveStaysWhole() {
    KazakhStemmer s = stemmer();
    // -сыз/-сіз adjectives the word list holds are words of their own
    for (String w : new String[] {"ақылсыз", "жауапсыз", "қажетсіз", "білімсіз"}) {
      assertEquals(w, List.of(w), stems(s, w));
    }
    // an unlisted one is still stem + privative
    table(s, "кітап", "кітапсыз");
  }

  public void testRuleOnlyWithoutLexicon() {
    KazakhStemmer s = new KazakhStemmer(KazakhLexicon.get("/nonexistent/kk.dic"));
    assertTrue(s.lexicon().isEmpty());
    assertEquals(List.of("мектеп"), stems(s, "мектептерде"));
    assertEquals(List.of("қала"), stems(s, "қалалардың"));
    assertFalse(s.stem("қала", new ArrayList<>()));
  }

  public void testFilterOffsetsAndRandom() throws Exception {
    KazakhStemmer s = stemmer();
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
            TokenStream ts = new KazakhStemFilter(new LowerCaseFilter(t), s);
            return new TokenStreamComponents(t, ts);
          }
        };
    assertAnalyzesTo(
        a,
        "Кітаптарымызда ақталды",
        new String[] {"кітап", "ақтал", "ақта"},
        new int[] {0, 15, 15},
        new int[] {14, 22, 22},
        new int[] {1, 1, 0});
    checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    a.close();
  }

  public void testLexiconKeepsItsCapitalisedEntriesAsNames() {
    KazakhLexicon lexicon = stemmer().lexicon();
    assertTrue(lexicon.isName("райымбек"));
    assertTrue(lexicon.isNoun("райымбек")); // still a stem: Райымбекке → райымбек
    assertFalse(lexicon.isNameAndCommonWord("райымбек"));
    // a name that is also an everyday word ("citizen")
    assertTrue(lexicon.isName("азамат"));
    assertTrue(lexicon.isNameAndCommonWord("азамат"));
    // the list writes place names in lower case, like common words
    assertFalse(lexicon.isName("алматы"));
    assertTrue(lexicon.isNoun("алматы"));
  }

  private static List<String> nameStems(KazakhStemmer s, String w) {
    List<String> out = new ArrayList<>();
    s.stemName(w, out);
    return out;
  }

  public void testNamesKeepTheirStem() {
    KazakhStemmer s = stemmer();
    // stem() reads Қарағанды as қара + ған + ды and Ақтау as ақта + у; as names they stay whole
    assertEquals(List.of("қарағанды"), nameStems(s, "қарағанды"));
    assertEquals(List.of("ақтау"), nameStems(s, "ақтау"));
    // plain inflection down to a stem the lexicon lists
    assertEquals(List.of("алматы"), nameStems(s, "алматыда"));
    assertEquals(List.of("ұзақ"), nameStems(s, "ұзақтың"));
    assertEquals(List.of("қарағанды"), nameStems(s, "қарағандының"));
    // a name the lexicon does not know: plain inflection by rule, the same for every case
    assertEquals(nameStems(s, "әбілұлына"), nameStems(s, "әбілұлының"));
  }
}
