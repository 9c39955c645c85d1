package kz.muragat.facts.dates;

/** What a date in a case record is the date of. */
public enum DateRole {
  /** The sentence or decision: a troika's or court's session, a verdict, a resolution. */
  DECISION,
  /** The arrest (taken into custody, detained). */
  ARREST,
  /** The review that rehabilitated: a case reviewed, a decision annulled, a case closed. */
  REHABILITATION,
  /**
   * A person's birth: it gives the person's birth year; it is not one of a document's dates
   * ({@link kz.muragat.facts.dates.DateExtractor} leaves it out of {@link DateFact}s).
   */
  BIRTH;

  /** The name used in JSON and URLs: {@code decision}, {@code arrest}, {@code rehabilitation}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
