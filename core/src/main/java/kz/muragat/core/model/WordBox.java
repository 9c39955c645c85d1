package kz.muragat.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One recognised word on a page: its text, its box in page-image pixels, the recogniser's
 * confidence (0–100, or -1 when unknown) and the character range it occupies in the page text.
 */
public record WordBox(
    @JsonProperty("t") String text,
    @JsonProperty("x") int x,
    @JsonProperty("y") int y,
    @JsonProperty("w") int w,
    @JsonProperty("h") int h,
    @JsonProperty("c") float confidence,
    @JsonProperty("s") int start,
    @JsonProperty("e") int end) {

  /** Whether this word's characters overlap the text range [from, to). */
  public boolean overlaps(int from, int to) {
    return start < to && from < end;
  }
}
