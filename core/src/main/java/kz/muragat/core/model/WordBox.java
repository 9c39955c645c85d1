package kz.muragat.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One recognised word on a page: its text, its box in page-image pixels, the recogniser's
 * confidence (0–100, or -1 when unknown), the character range it occupies in the page text, and
 * for a word the recogniser was unsure of, what else it might read (its next-best whole-word
 * readings, best first; empty for most words, and absent from the JSON then).
 */
public record WordBox(
    @JsonProperty("t") String text,
    @JsonProperty("x") int x,
    @JsonProperty("y") int y,
    @JsonProperty("w") int w,
    @JsonProperty("h") int h,
    @JsonProperty("c") float confidence,
    @JsonProperty("s") int start,
    @JsonProperty("e") int end,
    @JsonProperty("a") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alternatives) {

  public WordBox {
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  /** A word without alternative readings. */
  public WordBox(String text, int x, int y, int w, int h, float confidence, int start, int end) {
    this(text, x, y, w, h, confidence, start, end, List.of());
  }

  /** Whether this word's characters overlap the text range [from, to). */
  public boolean overlaps(int from, int to) {
    return start < to && from < end;
  }
}
