package kz.muragat.core.facts;

/**
 * The facet dimensions facts add to a document entry ({@code facet.<name>}): filters {@code
 * f.article=58-10}, {@code f.sentence=death}, {@code f.body=troika}, {@code f.person=…} go through
 * the same facet and filter path as the archival ones, on both engines.
 */
public final class FactFacets {
  /** Articles as normalized: {@code 58-10}, {@code 58-1а}. */
  public static final String ARTICLE = "article";
  /** Sentence kinds: {@code death}, {@code camp}, {@code exile}. */
  public static final String SENTENCE = "sentence";
  /** Bodies: {@code troika}, {@code oso}, {@code military_collegium}, {@code tribunal}, {@code court}. */
  public static final String BODY = "body";
  /**
   * The persons a document is about (its subjects), as the document names them, with the birth
   * year it gives: {@code Джакупов Газымбек Миржакипович, 1897}.
   */
  public static final String PERSON = "person";

  private FactFacets() {}

  /** A subject's facet value. */
  static String personValue(String name, Integer birthYear) {
    return birthYear == null ? name : name + ", " + birthYear;
  }
}
