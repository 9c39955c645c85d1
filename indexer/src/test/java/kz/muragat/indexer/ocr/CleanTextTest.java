package kz.muragat.indexer.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import kz.muragat.core.model.WordBox;
import org.junit.jupiter.api.Test;

class CleanTextTest {
  private static final PageLanguages CYRILLIC = new PageLanguages(List.of("ru"), "Cyrl", false);
  private static final PageLanguages MIXED = new PageLanguages(List.of("ru", "en"), "Cyrl+Latn", false);
  private static final PageLanguages LATIN = new PageLanguages(List.of("en"), "Latn", false);

  @Test
  void lookAlikesGoBackToTheirWordsScript() {
    assertEquals("Москва", LookAlikes.repair("Mocквa", false, false));
    assertEquals("Lenin", LookAlikes.repair("Lеnin", true, false));
    assertEquals("СССР", LookAlikes.repair("CCCP", false, false));
    assertEquals("На", LookAlikes.repair("Ha", false, false));
    assertEquals("өзгереді", LookAlikes.repair("өзгеред1", false, false));
    assertEquals("ТОО.", LookAlikes.repair("TOO.", false, false));
  }

  @Test
  void reallyLatinAndReallyMixedWordsStay() {
    assertEquals("Smith", LookAlikes.repair("Smith", false, false));
    assertEquals("Smith,", LookAlikes.repair("Smith,", true, false));
    assertEquals("Hope", LookAlikes.repair("Hope", true, false), "a Latin-looking word is kept where Latin text is");
    assertEquals("XIX-го", LookAlikes.repair("XIX-го", false, false));
    assertEquals("XIX-го", LookAlikes.repair("ХІХ-го", false, false), "a Roman numeral read in Cyrillic goes back to Latin");
    assertEquals("(XII)", LookAlikes.repair("(ХІІ)", false, false));
    assertEquals("С", LookAlikes.repair("С", false, false), "one letter is a word, not a numeral");
    assertEquals("Ф.И.О.", LookAlikes.repair("Ф.И.О.", false, false));
    assertEquals("ф.1", LookAlikes.repair("ф.1", false, false));
    assertEquals("Nr.5", LookAlikes.repair("Nr.5", true, true));
    assertEquals("OCR", LookAlikes.repair("ОСR", true, true), "Cyrillic look-alikes on a Latin page");
  }

  @Test
  void specksAreDroppedAndRangesFollowTheText() {
    OcrPage p = page(new String[] {"Протокол", ".", "допроса", "\n", ".Сондай-ақ", "‚", "Mocквa", "—", "1937"},
        new float[] {96, 40, 95, 0, 93, 50, 80, 91, 97});
    OcrPage c = CleanText.clean(p, CYRILLIC);
    assertEquals("Протокол допроса\nСондай-ақ Москва — 1937", c.text());
    for (WordBox w : c.words()) assertEquals(w.text(), c.text().substring(w.start(), w.end()));
    assertEquals(6, c.words().size());
  }

  @Test
  void aConfidentStandaloneMarkOfNormalHeightStays() {
    OcrPage p = page(new String[] {"итого", ":", "12"}, new float[] {95, 96, 97});
    assertEquals("итого : 12", CleanText.clean(p, MIXED).text());
    assertEquals("Hope", CleanText.clean(page(new String[] {"Hope"}, new float[] {90}), LATIN).text());
  }

  /** Words on one line (a "\n" entry breaks the line), each 30 px high, the marks 30 px too. */
  private static OcrPage page(String[] tokens, float[] conf) {
    StringBuilder text = new StringBuilder();
    List<WordBox> words = new ArrayList<>();
    String sep = "";
    int x = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].equals("\n")) {
        sep = "\n";
        continue;
      }
      if (!words.isEmpty()) text.append(sep.isEmpty() ? " " : sep);
      sep = "";
      int start = text.length();
      text.append(tokens[i]);
      words.add(new WordBox(tokens[i], x, 0, 20 * tokens[i].length(), 30, conf[i], start, text.length()));
      x += 20 * tokens[i].length() + 20;
    }
    return new OcrPage(text.toString(), words, 90f);
  }
}
