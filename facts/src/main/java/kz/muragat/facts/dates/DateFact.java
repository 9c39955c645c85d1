package kz.muragat.facts.dates;

import java.time.LocalDate;
import java.util.List;
import kz.muragat.facts.text.Span;

/** A dated event of the case (never {@link DateRole#BIRTH}) and where its date was read. */
public record DateFact(LocalDate date, DateRole role, List<Span> spans) {
  public DateFact {
    spans = List.copyOf(spans);
  }
}
