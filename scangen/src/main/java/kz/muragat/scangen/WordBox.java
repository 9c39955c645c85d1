package kz.muragat.scangen;

/**
 * Ground-truth box of one printed word piece, in page-image pixels (origin top-left).
 * The box is the axis-aligned bounding box of the word's ink after the page skew was applied.
 * A word hyphenated at a line end yields two pieces, e.g. {@code "объ-"} and {@code "ективно"}.
 */
public record WordBox(String text, int x, int y, int w, int h) {
}
