package kz.muragat.facts.bodies;

/** The kind of body that sentenced or reviewed. */
public enum BodyKind {
  /** A troika of the NKVD / OGPU (тройка, үштік). */
  TROIKA("troika"),
  /** The Special Board of the NKVD (Особое совещание, ОСО, Ерекше кеңес). */
  OSO("oso"),
  /** The Military Collegium of the Supreme Court of the USSR (ВКВС, Әскери алқа). */
  MILITARY_COLLEGIUM("military_collegium"),
  /** A military tribunal (военный трибунал, әскери трибунал). */
  TRIBUNAL("tribunal"),
  /** A court: people's, regional, supreme court, its collegia and presidium (суд, сот). */
  COURT("court");

  private final String label;

  BodyKind(String label) {
    this.label = label;
  }

  /** The name used in JSON: {@code troika}, {@code oso}, {@code military_collegium}, … */
  public String label() {
    return label;
  }
}
