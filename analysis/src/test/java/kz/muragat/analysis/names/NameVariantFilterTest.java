package kz.muragat.analysis.names;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import kz.muragat.analysis.AnalysisTestUtil;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.tokenize.ArchiveTokenizer;
import kz.muragat.analysis.translit.LatinCyrillicFilterFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class NameVariantFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer variant;
  private static Analyzer query;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    if (variant == null) {
      variant = MuragatAnalysis.variantAnalyzer();
      query = MuragatAnalysis.variantQueryAnalyzer();
    }
  }

  private static Set<String> terms(String text) throws IOException {
    return AnalysisTestUtil.terms(variant, MuragatAnalysis.FIELD_VARIANT, text);
  }

  private static Set<String> queryTerms(String text) throws IOException {
    return AnalysisTestUtil.terms(query, MuragatAnalysis.FIELD_VARIANT, text);
  }

  /** The terms of a word written as a name inside a sentence (the sentence's other word dropped). */
  private static Set<String> nameTerms(String word) throws IOException {
    return new LinkedHashSet<>(terms("и " + word));
  }

  /** Every spelling in the group, written as a name, shares a term with the first. */
  private static void same(String... group) throws IOException {
    Set<String> first = nameTerms(group[0]);
    for (int i = 1; i < group.length; i++) {
      Set<String> other = nameTerms(group[i]);
      assertFalse(
          group[0] + " " + first + " vs " + group[i] + " " + other,
          Collections.disjoint(first, other));
    }
  }

  private static void different(String a, String b) throws IOException {
    Set<String> ta = nameTerms(a);
    Set<String> tb = nameTerms(b);
    assertTrue(a + " " + ta + " vs " + b + " " + tb, Collections.disjoint(ta, tb));
  }

  public void testIssueExamples() throws IOException {
    same("Байтурсынов", "Байтұрсынұлы", "Baitursynuly", "Baitursynov", "Байтурсынову", "Байтұрсынұлының");
    same("Абильев", "Әбілұлы", "Äbılūly", "Abilev", "Абильева", "Абильевым", "Әбілұлына");
    same("Сейфуллин", "Сейфоллаұлы", "Сейфуллиннің", "Seifullin");
    same("Жумабаев", "Жұмабайұлы", "Jūmabaiūly", "Zhumabaev", "Жумабаевой");
    same("Мәсімов", "Масимов", "Masimov", "Mäsımov");
    same("Сәтбаев", "Сатпаев", "Сәтбаевтың", "Сатпаевой", "Satbayev", "Sätbaev");
    same("Жақсыбеков", "Джаксыбеков", "Жақсыбековты", "Джаксыбекова", "Zhaksybekov");
    same("Ұзақ", "Узак", "Ūzaq", "Uzak", "Узака", "Узаком", "Ұзақтың", "Ұзаққа");
  }

  public void testMoreNames() throws IOException {
    same("Дулатов", "Дулатұлы", "Dulatuly", "Dulatov", "Дулатовым");
    same("Бөкейханов", "Бөкейхан", "Bokeikhanov", "Bökeihan", "Букейханова");
    same("Жансугуров", "Жансүгірұлы", "Zhansugurov", "Jansügırūly");
    same("Кунаев", "Қонаев", "Qonaev", "Kunaev", "Кунаеву");
    same("Садвокасов", "Садуақасұлы", "Sadvokasov", "Saduaqasūly");
    same("Тынышпаев", "Тынышбайұлы", "Tynyshpaev");
    same("Идрисов", "Ыдырысұлы", "Ydyrysūly", "Idrisov");
    same("Абулхаир", "Әбілқайыр", "Abulkhair", "Äbılqaiyr");
    same("Джамбул", "Жамбыл", "Jambyl", "Dzhambul", "Джамбула", "Жамбылдың");
    same("Чокан", "Шоқан", "Şoqan", "Chokan", "Čokan");
    same("Раимбек", "Райымбек", "Raiymbek", "Raimbek");
    same("Зейн", "Зейін", "Zeiın", "Zein");
    same("Сулейманов", "Сүлейменұлы", "Süleimenūly", "Suleimanov");
    same("Ауэзов", "Әуезұлы", "Auezov", "Äuezūly", "Ауэзова");
    same("Валиханов", "Уәлиханов", "Walikhanov", "Uälihanov");
    same("Джаганша", "Жаһанша", "Jahanşa", "Dzhagansha");
    same("Ахметова", "Ахметқызы", "Akhmetova", "Ahmetqyzy", "Ахметқызының");
    same("Рустем", "Рүстем", "Rustem");
    same("Карим", "Кәрім", "Карима", "Kärım");
    same("Абильевич", "Абильев");
    same("Қарағанды", "Караганда", "Караганды", "Karaganda", "Qarağandy");
    same("Республикасының", "Республика", "Respublika");
  }

  public void testEAfterConsonantReadsAsAe() throws IOException {
    // OCR reads a blurred ә as э; Soviet spellings write ә as э
    same("Ләтіпұлы", "Лэтіпулы", "Латыпов");
    same("Тәкен", "Тэкен", "Такен");
    different("Лэтіпулы", "Летов");
  }

  public void testPlaceNamesAcrossScripts() throws IOException {
    same("Казахстан", "Қазақстан", "Kazakhstan", "Qazaqstan", "Казахстана", "Қазақстанда");
    same("Алматы", "Almaty");
  }

  public void testUnrelatedStayApart() throws IOException {
    different("Абильев", "Абаев");
    different("Кунаев", "Канаев");
    different("Сейфуллин", "Сулейманов");
    different("Жумабаев", "Жамбыл");
    different("Бекетов", "Бектасов");
    different("Омаров", "Амиров");
    // even written as names, words do not collide with names
    different("Абильев", "Было");
    different("Узак", "Указ");
    different("Омаров", "Мера");
    different("Дело", "Дулатов");
    different("Суд", "Садвокасов");
    different("Год", "Габит");
    // three-consonant words that a vowel-less key would merge
    different("Бекетов", "погода");
    different("Зейнуллаев", "знал");
    different("Галымов", "ғылым");
    different("Пиралиев", "Берлине");
  }

  public void testShortWordsAreNotOverFolded() throws IOException {
    // a phonetic key without vowels needs four consonants; three keep the first vowel's class,
    // fewer every vowel's class
    assertEquals(Set.of("дел", "~tel"), nameTerms("Дело"));
    assertEquals(Set.of("дулат", "~tult"), nameTerms("Дулатов"));
    assertEquals(Set.of("садвокас", "~stfks"), nameTerms("Садвокасов"));
    assertEquals(Set.of("да"), nameTerms("Да"));
    assertEquals(Set.of(), nameTerms("1937"));
  }

  public void testOnlyWordsWrittenAsNamesGetKeys() throws Exception {
    // capitalised inside a sentence: a name, even when the word is also an everyday word
    assertEquals(Set.of("узак", "~usak"), terms("и Ұзақ"));
    // lower case: a common word, not in this field at all
    assertEquals(Set.of(), terms("и ұзақ"));
    // at a sentence start or in capitals: a name only if no dictionary knows a common word
    assertEquals(Set.of(), terms("Больше вопросов"));
    assertEquals(Set.of("абил", "~apil"), terms("Абильев реабилитирован"));
    assertEquals(Set.of(), terms("СЛУШАЛИ: Дело"));
    assertEquals(Set.of("абил", "~apil"), terms("СПРАВКА. АБИЛЬЕВ"));
    // an initial's period does not end a sentence; a name after it is written as a name
    assertEquals(Set.of("к", "жумаб", "~jump"), terms("тов. К. Жумабаев"));
  }

  public void testQueryWordsAreNamesUnlessCommonWords() throws Exception {
    // typed in lower case: a name unless the Russian dictionary or the Kazakh lexicon has it as
    // a common word; proper nouns of the dictionaries are names
    for (String name : new String[] {"абильев", "узак", "байтурсынов", "польша", "алматы", "қарағанды", "райымбек", "сейфуллин", "роза"}) {
      assertTrue(name + " " + queryTerms(name), queryTerms(name).stream().anyMatch(t -> t.startsWith(NameVariants.KEY_PREFIX)));
    }
    // everyday Kazakh words that only the Russian lists know, as some surname, are words too
    for (String word : new String[] {"больше", "часто", "сала", "сот", "сотының", "ұзақ", "азамат", "ата", "суда", "тарих", "тарихының", "саудасына", "алтынын"}) {
      assertEquals(Set.of(NameVariantFilter.PLAIN_PREFIX + word), queryTerms(word));
    }
    // a capital letter typed in a query, or Latin letters, say it is a name
    assertEquals(Set.of("узак", "~usak"), queryTerms("Ұзақ"));
    assertEquals(Set.of("узак", "~usak"), queryTerms("Ūzaq"));
    assertEquals(Set.of("узак", "~usak"), queryTerms("uzak"));
  }

  public void testOffsetsAndPositions() throws Exception {
    try (Analyzer a = MuragatAnalysis.variantAnalyzer()) {
      String text = "Абильева Узака, Әбілұлының Ūzaq 1892 сот";
      assertAnalyzesTo(
          a,
          text,
          new String[] {"абил", "~apil", "узак", "~usak", "абил", "~apil", "узак", "~usak"},
          new int[] {0, 0, 9, 9, 16, 16, 27, 27},
          new int[] {8, 8, 14, 14, 26, 26, 31, 31},
          new String[] {
            ArchiveTokenizer.SENTENCE_INITIAL, ArchiveTokenizer.SENTENCE_INITIAL, ArchiveTokenizer.CAPITALIZED,
            ArchiveTokenizer.CAPITALIZED, ArchiveTokenizer.CAPITALIZED, ArchiveTokenizer.CAPITALIZED,
            ArchiveTokenizer.CAPITALIZED, ArchiveTokenizer.CAPITALIZED
          },
          new int[] {1, 0, 1, 0, 1, 0, 1, 0});
    }
  }

  public void testCommonWordsLeaveGapsSoNamesApartAreNotAdjacent() throws Exception {
    // the index keeps names only, each at its own position: two names a common word apart stay two
    // positions apart (no phrase joins them), and the words after the last name still count
    try (Analyzer a = MuragatAnalysis.variantAnalyzer()) {
      String text = "Абильев и Узак сказали";
      assertTokenStreamContents(
          a.tokenStream("f", text),
          new String[] {"абил", "~apil", "узак", "~usak"},
          new int[] {0, 0, 10, 10},
          new int[] {7, 7, 14, 14},
          null,
          new int[] {1, 0, 2, 0},
          null,
          text.length(),
          1,
          null,
          true,
          null);
      assertTokenStreamContents(
          a.tokenStream("f", "больше вопросов Абильев"), new String[] {"абил", "~apil"}, null, null, null, new int[] {3, 0}, null, null);
    }
  }

  public void testAQueryKeepsCommonWordsAsTermsNoTextHolds() throws Exception {
    // a phrase of a name and a common word must not match the name beside any word
    try (Analyzer a = MuragatAnalysis.variantQueryAnalyzer()) {
      assertAnalyzesTo(a, "приговор Абильеву", new String[] {"=приговор", "абил", "~apil"}, new int[] {1, 1, 0});
    }
  }

  private static final KazakhStemmer STEMMER = new KazakhStemmer(KazakhLexicon.getDefault());

  private static Analyzer filterOnly(boolean withKey, boolean queryMode) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ArchiveTokenizer();
        return new TokenStreamComponents(t, new NameVariantFilter(new LowerCaseFilter(t), STEMMER, withKey, queryMode));
      }
    };
  }

  public void testKeyOff() throws Exception {
    try (Analyzer a = filterOnly(false, false)) {
      assertAnalyzesTo(a, "Абильева и Әбілұлы", new String[] {"абил", "абил"}, new int[] {1, 2});
    }
  }

  public void testChainBuildsFromFactoryNames() throws Exception {
    assertTrue(TokenFilterFactory.availableTokenFilters().contains(NameVariantFilterFactory.NAME));
    assertTrue(TokenFilterFactory.availableTokenFilters().contains(LatinCyrillicFilterFactory.NAME));
    try (Analyzer a =
        CustomAnalyzer.builder()
            .addCharFilter("muragatArchive")
            .withTokenizer("muragatArchive")
            .addTokenFilter("lowercase")
            .addTokenFilter("muragatHomoglyph")
            .addTokenFilter("muragatPreReform")
            .addTokenFilter("muragatNameVariant", "lexicon", KazakhLexicon.DEFAULT_PATH, "key", "true", "query", "false")
            .build()) {
      assertAnalyzesTo(a, "Baitursynuly baitursynuly", new String[] {"баитурсин", "~ptrsn"});
    }
    expectThrows(
        IllegalArgumentException.class,
        () -> CustomAnalyzer.builder().withTokenizer("muragatArchive").addTokenFilter("muragatNameVariant", "bogus", "1").build());
  }

  public void testRandom() throws Exception {
    try (Analyzer a = MuragatAnalysis.variantAnalyzer()) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = MuragatAnalysis.variantQueryAnalyzer()) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
    // without the tokenizer's types every word is one written in lower case
    Analyzer b =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
            return new TokenStreamComponents(t, new NameVariantFilter(new LowerCaseFilter(t), STEMMER, true, false));
          }
        };
    checkRandomData(random(), b, 300 * RANDOM_MULTIPLIER);
    b.close();
  }
}
