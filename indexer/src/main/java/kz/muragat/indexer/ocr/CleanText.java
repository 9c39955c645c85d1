package kz.muragat.indexer.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.muragat.core.model.WordBox;

/**
 * Clean-up of a reading after OCR, for the stored text: speck punctuation dropped, look-alike
 * letters put back into each word's script ({@link LookAlikes}), Kazakh and Russian twin letters
 * put right where the dictionaries say so ({@link LetterTwins}), Jaŋalif letters the models lack
 * restored ({@link JanalifLetters}). The page text is rebuilt from the words, so each word's
 * character range still points at it (the viewer boxes words by those ranges).
 *
 * <p>Specks: ink dots read as punctuation. A word that is only such marks ({@code .}, {@code :},
 * {@code ,}, {@code '}, {@code |}, …) is dropped when Tesseract was unsure of it or its box is a
 * dot a fraction of the line's letter height: typewritten punctuation sits on a word, it does not
 * stand alone. Marks in front of a word's first letter ({@code .Сондай-ақ}) go the same way.
 * Dashes, quotes, brackets and {@code №} are never touched.
 */
public final class CleanText {
  /** Marks a speck is read as. */
  static final String SPECK_MARKS = ".,:;'`‘’‚|_~°^*";

  /** A standalone mark read with less confidence than this is a speck. */
  static final float SPECK_CONFIDENCE = 85f;

  /** A standalone mark whose box is lower than this share of the median word height is a speck. */
  static final double SPECK_HEIGHT = 0.3;

  private CleanText() {}

  /** The reading cleaned for a page judged as {@code judged}. */
  public static OcrPage clean(OcrPage page, PageLanguages judged) {
    List<WordBox> words = page.words();
    if (words.isEmpty()) return page;
    int medianHeight = medianLetterWordHeight(words);
    boolean hasLatin = judged.script() != null && judged.script().contains("Latn");
    boolean isLatin = "Latn".equals(judged.script());
    boolean kazakh = judged.languages().contains("kk");
    String[] replaced = new String[words.size()];
    for (int i = 0; i < words.size(); i++) {
      WordBox w = words.get(i);
      String t = w.text();
      if (isSpeck(w, medianHeight)) {
        replaced[i] = null;
        continue;
      }
      t = dropLeadingSpecks(t);
      t = LookAlikes.repair(t, hasLatin, isLatin);
      if (judged.janalif()) t = JanalifLetters.restore(t);
      else t = LetterTwins.get().repair(t, kazakh);
      replaced[i] = t;
    }
    return rebuild(page, replaced, hasLatin, isLatin, judged.janalif());
  }

  static boolean isSpeck(WordBox w, int medianHeight) {
    String t = w.text();
    for (int i = 0; i < t.length(); i++) if (SPECK_MARKS.indexOf(t.charAt(i)) < 0) return false;
    return w.confidence() < SPECK_CONFIDENCE || (medianHeight > 0 && w.h() < medianHeight * SPECK_HEIGHT) || t.equals("|");
  }

  static String dropLeadingSpecks(String t) {
    int i = 0;
    while (i < t.length() && ".,:;‚".indexOf(t.charAt(i)) >= 0) i++;
    return i > 0 && i < t.length() && Character.isLetter(t.charAt(i)) ? t.substring(i) : t;
  }

  private static int medianLetterWordHeight(List<WordBox> words) {
    int[] hs = words.stream().filter(w -> w.text().codePoints().filter(Character::isLetter).count() >= 3).mapToInt(WordBox::h).toArray();
    if (hs.length == 0) return 0;
    Arrays.sort(hs);
    return hs[hs.length / 2];
  }

  /**
   * The page text rebuilt from the words' new spellings ({@code null}: dropped), keeping the
   * separators between words; a dropped word's line or paragraph break passes to the next word.
   */
  static OcrPage rebuild(OcrPage page, String[] replaced, boolean hasLatin, boolean isLatin, boolean janalif) {
    List<WordBox> words = page.words();
    String text = page.text();
    StringBuilder out = new StringBuilder(text.length());
    List<WordBox> kept = new ArrayList<>(words.size());
    String pending = "";
    int prevEnd = 0;
    for (int i = 0; i < words.size(); i++) {
      WordBox w = words.get(i);
      String sep = text.substring(Math.min(prevEnd, w.start()), w.start());
      prevEnd = w.end();
      if (replaced[i] == null || replaced[i].isEmpty()) {
        pending = stronger(pending, sep);
        continue;
      }
      sep = stronger(pending, sep);
      pending = "";
      if (!kept.isEmpty()) out.append(sep.isEmpty() ? " " : sep);
      int start = out.length();
      out.append(replaced[i]);
      List<String> alternatives = new ArrayList<>();
      for (String a : w.alternatives()) {
        String r = LookAlikes.repair(a, hasLatin, isLatin);
        if (janalif) r = JanalifLetters.restore(r);
        if (!r.equals(replaced[i]) && !alternatives.contains(r)) alternatives.add(r);
      }
      kept.add(new WordBox(replaced[i], w.x(), w.y(), w.w(), w.h(), w.confidence(), start, out.length(), alternatives));
    }
    return page.withWords(out.toString(), kept);
  }

  private static String stronger(String a, String b) {
    long na = a.chars().filter(c -> c == '\n').count(), nb = b.chars().filter(c -> c == '\n').count();
    return na > nb ? a : b;
  }
}
