package kz.muragat.search;

import java.util.List;

/**
 * Builds a snippet of a page around its matches: up to {@link #FRAGMENTS} windows of about {@link
 * #WINDOW} characters, matches wrapped in {@code <mark>} (approximate ones — a name's spelling
 * variant, an uncertain OCR reading — as {@code <mark class="variant|ocr">}), everything else
 * HTML-escaped, line breaks folded to spaces.
 */
public final class Snippets {
  static final int WINDOW = 220;
  static final int FRAGMENTS = 2;

  private Snippets() {}

  public static String build(String text, List<TextMatcher.Span> spans) {
    if (spans.isEmpty()) return escape(clip(text, 0, Math.min(text.length(), WINDOW))).strip();
    StringBuilder out = new StringBuilder();
    int fragments = 0;
    int i = 0;
    int lastEnd = -1;
    while (i < spans.size() && fragments < FRAGMENTS) {
      int center = spans.get(i).start();
      int from = wordStart(text, Math.max(0, center - WINDOW / 3));
      if (from < lastEnd) from = lastEnd;
      int to = wordEnd(text, Math.min(text.length(), from + WINDOW));
      if (out.length() > 0 || from > 0) out.append("… ");
      int pos = from;
      while (i < spans.size() && spans.get(i).start() < to) {
        TextMatcher.Span s = spans.get(i);
        int ms = Math.max(s.start(), pos);
        int me = Math.min(s.end(), to);
        if (me > ms) {
          out.append(escape(clip(text, pos, ms)));
          out.append(s.kind() == MatchKind.EXACT || s.kind() == MatchKind.FORM ? "<mark>" : "<mark class=\"" + s.kind().json() + "\">")
              .append(escape(clip(text, ms, me))).append("</mark>");
          pos = me;
        }
        i++;
      }
      out.append(escape(clip(text, pos, to)));
      if (to < text.length()) out.append(" …");
      lastEnd = to;
      fragments++;
      out.append(' ');
    }
    return out.toString().replaceAll("\\s+", " ").replace("… …", "…").strip();
  }

  /** A piece of the text on one line: a word hyphenated at a line end joined again, other line breaks as spaces. */
  private static String clip(String text, int from, int to) {
    return LINE_END_HYPHEN.matcher(text.substring(from, Math.max(from, to))).replaceAll("").replace('\n', ' ');
  }

  private static final java.util.regex.Pattern LINE_END_HYPHEN = java.util.regex.Pattern.compile("(?<=\\p{L})-\\n(?=\\p{Ll})");

  private static int wordStart(String text, int i) {
    if (i == 0) return 0;
    int j = i;
    while (j > 0 && j > i - 30 && !Character.isWhitespace(text.charAt(j - 1))) j--;
    return j;
  }

  private static int wordEnd(String text, int i) {
    int j = i;
    while (j < text.length() && j < i + 30 && !Character.isWhitespace(text.charAt(j))) j++;
    return j;
  }

  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
