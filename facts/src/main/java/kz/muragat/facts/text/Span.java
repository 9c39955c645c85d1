package kz.muragat.facts.text;

/**
 * Where a fact was read: the page number (as the document numbers its pages, from 1) and the
 * character range {@code [start, end)} in that page's text as it was given to the extractor (the
 * OCR'd text the viewer shows and boxes).
 */
public record Span(int page, int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(page, o.page);
    if (c == 0) {
      c = Integer.compare(start, o.start);
    }
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
