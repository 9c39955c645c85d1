package kz.muragat.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import kz.muragat.analysis.fork.TextFork;
import kz.muragat.analysis.fork.TokenList;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * A page's text analysed for every text field of the index at once: the normalized chain ({@link
 * MuragatAnalysis#FIELD_EXACT}) runs once and its tokens are replayed into the morphological and
 * name-variant filters ({@link TextFork}), for a third of the normalization work. The token lists
 * are exactly what {@link MuragatAnalysis#exactAnalyzer()}, {@link MuragatAnalysis#morphAnalyzer()}
 * and {@link MuragatAnalysis#variantAnalyzer()} give, and can be indexed any number of times.
 * Thread-safe.
 */
public final class IndexFork {
  /** The tokens of one text, per field. */
  public record Tokens(TokenList exact, TokenList morph, TokenList variant) {}

  private final TextFork fork;
  private final Analyzer ocr;

  IndexFork() {
    this.fork =
        new TextFork(
            (CustomAnalyzer) MuragatAnalysis.exactAnalyzer(),
            List.of((CustomAnalyzer) MuragatAnalysis.morphAnalyzer(), (CustomAnalyzer) MuragatAnalysis.variantAnalyzer()));
    this.ocr = MuragatAnalysis.ocrAnalyzer();
  }

  public Tokens analyze(String text) {
    List<TokenList> t = fork.analyze(MuragatAnalysis.FIELD_MORPH, text);
    return new Tokens(t.get(0), t.get(1), t.get(2));
  }

  /** The tokens of uncertain OCR readings for {@link MuragatAnalysis#FIELD_OCR}. */
  public TokenList uncertain(String text) {
    try {
      return TokenList.capture(ocr.tokenStream(MuragatAnalysis.FIELD_OCR, text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
