package kz.muragat.indexer.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.core.model.WordBox;

/**
 * Lines of a reading whose starts were never read: glyphs of ink ({@link InkGlyphs}) on a line's
 * own height, to the left of its first read word, that no read word covers. That is what a stain,
 * a fold or a torn edge over the left of a page leaves: the rest of each line is read with high
 * confidence, so neither the page's confidence nor its length gives the loss away.
 *
 * <p>An indented or centred line has blank paper before it, and a margin note the reader did read
 * is covered by its own words, so neither counts.
 */
final class MissingLineStarts {
  /** Unread glyphs before a line's first word that make it a line that lost its start: a short word. */
  static final int GLYPHS = 4;

  private MissingLineStarts() {}

  /** How many lines of {@code reading} lost their start, judged against the page's {@code ink}. */
  static int count(OcrPage reading, InkGlyphs ink) {
    List<WordBox> words = new ArrayList<>();
    for (WordBox w : reading.words()) {
      if (w.w() > 0 && w.h() > 0 && w.text().codePoints().anyMatch(Character::isLetterOrDigit)) words.add(w);
    }
    List<InkGlyphs.Glyph> unread = new ArrayList<>();
    for (InkGlyphs.Glyph g : ink.glyphs()) {
      if (words.stream().noneMatch(w -> covers(w, g))) unread.add(g);
    }
    if (unread.size() < GLYPHS) return 0;
    int lost = 0;
    for (List<WordBox> line : lines(reading.text(), words).values()) {
      WordBox first = line.get(0);
      int[] centres = new int[line.size()], heights = new int[line.size()];
      for (int i = 0; i < line.size(); i++) {
        WordBox w = line.get(i);
        if (w.x() < first.x()) first = w;
        centres[i] = w.y() + w.h() / 2;
        heights[i] = w.h();
      }
      int centre = median(centres), half = median(heights) / 2;
      int before = 0;
      for (InkGlyphs.Glyph g : unread) {
        if (g.x() < first.x() && Math.abs(g.y() - centre) <= half) before++;
      }
      if (before >= GLYPHS) lost++;
    }
    return lost;
  }

  /** Whether a word's box, widened by a quarter of its height on every side, holds the glyph. */
  private static boolean covers(WordBox w, InkGlyphs.Glyph g) {
    int pad = w.h() / 4;
    return g.x() >= w.x() - pad && g.x() <= w.x() + w.w() + pad && g.y() >= w.y() - pad && g.y() <= w.y() + w.h() + pad;
  }

  /** The words of each line of the text, by the line their range starts on. */
  private static Map<Integer, List<WordBox>> lines(String text, List<WordBox> words) {
    int[] lineAt = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) lineAt[i + 1] = lineAt[i] + (text.charAt(i) == '\n' ? 1 : 0);
    Map<Integer, List<WordBox>> lines = new LinkedHashMap<>();
    for (WordBox w : words) {
      int line = lineAt[Math.max(0, Math.min(w.start(), text.length()))];
      lines.computeIfAbsent(line, k -> new ArrayList<>()).add(w);
    }
    return lines;
  }

  private static int median(int[] values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
