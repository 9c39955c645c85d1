package kz.muragat.indexer.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whole-word alternative readings of a word Tesseract was unsure of, built from the LSTM's
 * choices for each of its symbols ({@code lstm_choice_mode=2}): the word with one symbol replaced
 * by its runner-up, the most likely replacements first, then the two most likely together. A
 * smudged {@code сотыньң} gets {@code сотының}; a word read with confidence gets none.
 */
public final class Alternatives {
  /**
   * Words below this confidence get alternatives. Measured on generated dev scans (README, OCR):
   * below it lie most wrongly read words; above it the reading is nearly always right.
   */
  public static final float BELOW_CONFIDENCE = 80f;

  /** At most this many alternatives a word. */
  public static final int MAX = 3;

  /** A runner-up below this confidence (0–100) is noise, not a reading. */
  static final float MIN_CHOICE = 5f;

  /** One choice for one symbol. */
  public record Choice(String text, float confidence) {}

  private record Swap(int position, String text, float confidence) {}

  private Alternatives() {}

  /**
   * Alternatives of {@code word}, given the choices for each of its symbols (best first); empty
   * when the symbols do not spell the word (nothing to build on) or no runner-up is likely.
   */
  public static List<String> of(String word, List<List<Choice>> symbols) {
    StringBuilder best = new StringBuilder();
    for (List<Choice> s : symbols) {
      if (s.isEmpty()) return List.of();
      best.append(s.get(0).text());
    }
    if (!best.toString().equals(word)) return List.of();
    List<Swap> swaps = new ArrayList<>();
    for (int i = 0; i < symbols.size(); i++) {
      List<Choice> s = symbols.get(i);
      for (int j = 1; j < s.size(); j++) {
        Choice c = s.get(j);
        // a mark for a mark (дело, „дело) changes nothing a search sees
        boolean marks = skeleton(c.text()).isEmpty() && skeleton(s.get(0).text()).isEmpty();
        if (c.confidence() >= MIN_CHOICE && !c.text().equals(s.get(0).text()) && !marks) swaps.add(new Swap(i, c.text(), c.confidence()));
      }
    }
    swaps.sort(Comparator.comparingDouble((Swap w) -> -w.confidence()));
    Set<String> out = new LinkedHashSet<>();
    for (Swap w : swaps) {
      if (out.size() >= MAX) break;
      add(out, spell(symbols, List.of(w)), word);
    }
    // the two likeliest replacements at different places, together
    for (int a = 0; a < swaps.size() && out.size() < MAX; a++) {
      for (int b = a + 1; b < swaps.size(); b++) {
        if (swaps.get(b).position() != swaps.get(a).position()) {
          add(out, spell(symbols, List.of(swaps.get(a), swaps.get(b))), word);
          break;
        }
      }
      break;
    }
    return List.copyOf(out);
  }

  private static void add(Set<String> out, String alt, String word) {
    String letters = skeleton(alt);
    if (!letters.isEmpty() && !letters.equals(skeleton(word))) out.add(alt);
  }

  /** The letters and digits of a reading: what the index sees of it. */
  static String skeleton(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static String spell(List<List<Choice>> symbols, List<Swap> swaps) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < symbols.size(); i++) {
      String t = symbols.get(i).get(0).text();
      for (Swap w : swaps) if (w.position() == i) t = w.text();
      sb.append(t);
    }
    return sb.toString();
  }
}
