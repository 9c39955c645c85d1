package kz.muragat.facts.bodies;

import java.util.List;
import kz.muragat.facts.text.Span;

/** A body that acted in the case (sentenced or reviewed), and where it is named. */
public record Body(BodyKind kind, List<Span> spans) {
  public Body {
    spans = List.copyOf(spans);
  }
}
