package kz.muragat.analysis.ru;

import org.apache.lucene.tests.util.LuceneTestCase;

public class RussianProperNounsTest extends LuceneTestCase {

  public void testCapitalisedEntriesOfTheSpellingDictionary() {
    // places, first names, surnames, in their case forms
    for (String w : new String[] {"польша", "алматы", "караганды", "абильевым", "сейфуллина", "ахмет", "роза"}) {
      assertTrue(w, RussianProperNouns.contains(w));
    }
    // everyday words are listed in lower case only
    for (String w : new String[] {"больше", "часто", "сала", "сила", "сама", "суда", "дело", "совет"}) {
      assertFalse(w, RussianProperNouns.contains(w));
    }
  }

  public void testWordsOutsideRussianLettersAreNotLooked() {
    assertFalse(RussianProperNouns.contains("қарағанды"));
    assertFalse(RussianProperNouns.contains("almaty"));
    assertFalse(RussianProperNouns.contains("-"));
    assertFalse(RussianProperNouns.contains("а"));
    assertFalse(RussianProperNouns.contains(""));
  }
}
