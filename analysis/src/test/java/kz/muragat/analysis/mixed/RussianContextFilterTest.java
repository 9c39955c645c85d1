package kz.muragat.analysis.mixed;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class RussianContextFilterTest extends BaseTokenStreamTestCase {
  private static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(t, new RussianContextFilter(new LowerCaseFilter(t)));
      }
    };
  }

  /** The words of {@code text} the filter marks as Russian text. */
  private static List<String> marked(Analyzer a, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      FlagsAttribute flags = ts.addAttribute(FlagsAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if ((flags.getFlags() & RussianContextFilter.RUSSIAN) != 0) out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private static final String RUSSIAN =
      "он сказал что дам ему всё что смогу и сына своего тоже приведу к вам завтра утром";
  private static final String KAZAKH =
      "сол кезде ол маған бәрін берем деді бірақ ұлын да ертең таңертең әкелетінін айтты";

  public void testWordsOfRussianTextAreMarked() throws Exception {
    try (Analyzer a = analyzer()) {
      assertEquals(List.of(RUSSIAN.split(" ")), marked(a, RUSSIAN));
    }
  }

  public void testWordsOfKazakhTextAreNot() throws Exception {
    try (Analyzer a = analyzer()) {
      assertEquals(List.of(), marked(a, KAZAKH));
      // Kazakh text whose letters OCR lost in some words is still Kazakh
      assertEquals(List.of(), marked(a, KAZAKH.replace('ә', 'а').replace('ұ', 'у')));
    }
  }

  public void testShortTextHasNoContext() throws Exception {
    try (Analyzer a = analyzer()) {
      assertEquals(List.of(), marked(a, "дам"));
      assertEquals(List.of(), marked(a, "сына своего тоже"));
    }
  }

  public void testOcrNoiseDoesNotMakeRussianTextKazakh() throws Exception {
    try (Analyzer a = analyzer()) {
      // a stray Kazakh letter read from a speck, as OCR with the Kazakh model leaves one
      String noisy = RUSSIAN.replace("тоже", "тоже ғ");
      assertTrue(marked(a, noisy).contains("дам"));
    }
  }

  public void testAKazakhParagraphAfterRussianTextIsNotMarkedPastItsFirstKazakhLetter() throws Exception {
    try (Analyzer a = analyzer()) {
      List<String> m = marked(a, RUSSIAN + " " + RUSSIAN + " " + KAZAKH);
      // both Russian sentences are marked; of the Kazakh one, at most the words up to its first
      // word with a Kazakh-only letter (маған)
      assertEquals(m.toString(), List.of(RUSSIAN.split(" ")), m.subList(0, RUSSIAN.split(" ").length));
      List<String> kazakh = List.of(KAZAKH.split(" "));
      for (String w : kazakh.subList(kazakh.indexOf("бәрін"), kazakh.size())) {
        assertFalse(w + " in " + m, m.contains(w));
      }
    }
  }

  public void testRussianTextAfterAKazakhParagraphIsMarkedOnceItOutweighsIt() throws Exception {
    try (Analyzer a = analyzer()) {
      List<String> m = marked(a, KAZAKH + " " + RUSSIAN + " " + RUSSIAN + " " + RUSSIAN);
      assertFalse(m.toString(), m.contains("кезде"));
      // the last Russian sentence has only Russian text in the 32 words before it
      assertTrue(m.toString(), m.size() >= RUSSIAN.split(" ").length);
      assertTrue(m.toString(), m.get(m.size() - 1).equals("утром"));
    }
  }

  public void testTermsOffsetsAndPositionsPassUnchanged() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "Он сказал что", new String[] {"он", "сказал", "что"}, new int[] {0, 3, 10}, new int[] {2, 9, 13});
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
