package kz.muragat.facts.sentences;

/** What a person was sentenced to. */
public enum SentenceKind {
  /** The highest measure: shooting (ВМН, расстрел, ату жазасы). */
  DEATH,
  /** Deprivation of liberty: a labour camp, a colony, prison (ИТЛ, лишение свободы). */
  CAMP,
  /** Exile or banishment (ссылка, высылка, жер аудару). */
  EXILE;

  /** The name used in JSON: {@code death}, {@code camp}, {@code exile}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
