package kz.muragat.indexer.ocr;

import java.util.List;
import java.util.Map;
import kz.muragat.core.model.WordBox;

/**
 * What Tesseract read on one image: the text (words joined by spaces, lines by newlines,
 * paragraphs by blank lines), each word's box and confidence with its character range in that
 * text, the mean word confidence (-1 when no word was found), how many confidently read words
 * each of the loaded models ({@code rus}, {@code kaz}, {@code eng}, …) gave, and the page's
 * languages and script once judged ({@link PageLanguages}; empty and {@code null} before).
 */
public record OcrPage(
    String text, List<WordBox> words, float meanConfidence, Map<String, Integer> wordsByModel, List<String> languages, String script) {
  /** Words read at least this confidently count as evidence of their model's language. */
  public static final float CONFIDENT = 70f;

  public OcrPage {
    words = List.copyOf(words);
    wordsByModel = Map.copyOf(wordsByModel);
    languages = List.copyOf(languages);
  }

  public OcrPage(String text, List<WordBox> words, float meanConfidence, Map<String, Integer> wordsByModel) {
    this(text, words, meanConfidence, wordsByModel, List.of(), null);
  }

  public OcrPage(String text, List<WordBox> words, float meanConfidence) {
    this(text, words, meanConfidence, Map.of());
  }

  /** This reading with its page judged to be in these languages and script. */
  public OcrPage judged(PageLanguages judgement) {
    return new OcrPage(text, words, meanConfidence, wordsByModel, judgement.languages(), judgement.script());
  }

  /** This reading with other words and text (after clean-up), everything else kept. */
  public OcrPage withWords(String newText, List<WordBox> newWords) {
    return new OcrPage(newText, newWords, meanConfidence, wordsByModel, languages, script);
  }
}
