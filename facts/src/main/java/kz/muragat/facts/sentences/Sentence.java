package kz.muragat.facts.sentences;

import java.util.List;
import kz.muragat.facts.text.Span;

/**
 * A sentence the document states.
 *
 * @param kind death, camp or exile
 * @param years the term in years for camp and exile where the text gives it, else null
 * @param spans where it is stated (the sentence word, and the term)
 */
public record Sentence(SentenceKind kind, Integer years, List<Span> spans) {
  public Sentence {
    spans = List.copyOf(spans);
  }
}
