package kz.muragat.analysis.translit;

import java.util.ArrayList;
import java.util.List;
import kz.muragat.analysis.kk.KazakhLexicon;
import kz.muragat.analysis.kk.KazakhStemmer;
import org.apache.lucene.tests.util.LuceneTestCase;

public class JanalifOcrReadingTest extends LuceneTestCase {

  private static JanalifOcrReading reading() {
    KazakhLexicon lexicon = KazakhLexicon.getDefault();
    assumeTrue("needs hunspell-kk", !lexicon.isEmpty());
    return new JanalifOcrReading(new KazakhStemmer(lexicon));
  }

  private static List<String> read(JanalifOcrReading r, String word) {
    List<String> out = new ArrayList<>();
    r.read(word, out);
    return out;
  }

  private static void reads(JanalifOcrReading r, String ocr, String meant) {
    List<String> out = read(r, ocr);
    assertEquals(ocr + " first gives its plain reading", JanalifToCyrillic.convert(ocr), out.get(0));
    assertTrue(ocr + " should be read as " + meant + ", got " + out, out.contains(meant));
    assertTrue(out.size() <= JanalifOcrReading.MAX_READINGS);
  }

  public void testAListedNounIsNotCrowdedOutByMisreadingsTheStemmerFindsAVerbIn() {
    JanalifOcrReading r = reading();
    // the plain reading қасыр and қашыр are reached by the stemmer (қас + -ыр, a verb); ғасыр
    // "century", q for ƣ, costs more but is a listed noun, as is its plural's locative
    reads(r, "qasƅr", "ғасыр");
    reads(r, "qasƅrlarda", "ғасырларда");
  }

  public void testSchwaReadAsAOrSOrE() {
    JanalifOcrReading r = reading();
    // ə is read as a, s, e in a tenth or more of its places each (under 1% of those letters read)
    reads(r, "darezeler", "дәрежелер"); // ə → a, ƶ → z
  }

  public void testAFirstLetterIsAlsoMisreadAsTheLetterIsAnywhere() {
    JanalifOcrReading r = reading();
    // ƣ read as a: measured inside words; at the start of ƣƅlƅmƅ "his science" too
    reads(r, "aƅlƅmƅ", "ғылымы");
  }

  public void testAWordFinalNgWrittenAsYAndN() {
    JanalifOcrReading r = reading();
    reads(r, "aƅlƅmƅnƅyn", "ғылымының");
    // only at the end of a word: inside one, yn is ү + н
    assertEquals("күнделік", read(r, "kyndelik").get(0));
  }

  public void testLettersTheModelHasNoneOfAreReadBackThroughTheLexicon() {
    JanalifOcrReading r = reading();
    reads(r, "zazusƅ", "жазушы"); // ƶ → z, ş → s
    reads(r, "dalƅm", "ғалым"); // ƣ → d
    reads(r, "sesen", "шешен"); // ş → s twice
    reads(r, "orip", "әріп"); // ə → o
    reads(r, "ƅaqƅt", "бақыт"); // ʙ → b, which the clean-up makes ƅ
    reads(r, "menin", "менің"); // ŋ → n
    reads(r, "ƅelme", "бөлме"); // ʙ → b → ƅ at the start, ɵ → e
  }

  public void testAConfirmedPlainReadingStillGetsCloseOthers() {
    JanalifOcrReading r = reading();
    // kel is "come", but kɵl "lake" read with ɵ → e is as likely a reading
    List<String> out = read(r, "kel");
    assertEquals("кел", out.get(0));
    assertTrue(out.toString(), out.contains("көл"));
  }

  public void testSpellingAmbiguitiesOfTheAlphabetItself() {
    JanalifOcrReading r = reading();
    reads(r, "respuƅlijka", "республика"); // u is у in a loanword, ʙ read as b
    reads(r, "ekonomijka", "экономика"); // e is э at a word's start
  }

  public void testWordsTheLexiconDoesNotKnowKeepTheirPlainReading() {
    JanalifOcrReading r = reading();
    assertEquals(List.of("хвқхвқ"), read(r, "xvqxvq"));
  }

  public void testHarmony() {
    assertEquals(0, JanalifOcrReading.disharmony("бөлме"));
    assertEquals(1, JanalifOcrReading.disharmony("болме"));
    assertEquals(2, JanalifOcrReading.disharmony("ағәшөа"));
  }

  public void testTheSearchIsBounded() {
    JanalifOcrReading r = reading();
    // every letter ambiguous: the search stops at its lookups and readings
    List<String> out = read(r, "sadanasadanasadanazosen");
    assertTrue(out.size() <= JanalifOcrReading.MAX_READINGS);
    assertTrue(r.lastLookups + " lookups", r.lastLookups <= JanalifOcrReading.MAX_LOOKUPS);
  }
}
