package kz.muragat.indexer.ocr;

import java.util.List;
import kz.muragat.core.model.WordBox;

/**
 * What Tesseract read on one image: the text (words joined by spaces, lines by newlines,
 * paragraphs by blank lines), each word's box and confidence with its character range in that
 * text, and the mean word confidence (-1 when no word was found).
 */
public record OcrPage(String text, List<WordBox> words, float meanConfidence) {}
