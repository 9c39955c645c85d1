package kz.muragat.facts.persons;

/** A person's part in a document. */
public enum PersonRole {
  /** The person the case is about: the accused, the sentenced, the rehabilitated. */
  SUBJECT,
  /** Anyone else named: a witness, an investigator, a judge, a relative. */
  OTHER;

  /** The name used in JSON: {@code subject}, {@code other}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
