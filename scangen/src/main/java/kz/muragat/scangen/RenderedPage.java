package kz.muragat.scangen;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One rendered page: a grayscale scan image, its ground-truth text exactly as printed
 * (lines separated by {@code \n}, line-end hyphenation kept, e.g. {@code "объ-\nективно"})
 * and the ground-truth boxes of every printed word piece in reading order.
 */
public record RenderedPage(BufferedImage image, String text, List<WordBox> words) {
    public RenderedPage {
        words = List.copyOf(words);
    }
}
