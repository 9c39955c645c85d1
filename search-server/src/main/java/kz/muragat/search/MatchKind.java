package kz.muragat.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import kz.muragat.core.schema.IndexSchema;

/**
 * How a word on a page matched the query, best first: as written, as another form of the word
 * (lemma, stem), as a spelling variant of the same name, or as one of the readings the OCR engine
 * considered for a word it was unsure of. Snippets and hit boxes say which, so a reader can tell
 * an approximate match from an exact one.
 */
public enum MatchKind {
  EXACT,
  FORM,
  VARIANT,
  OCR;

  /** The kind of a match in one of the text fields. */
  public static MatchKind of(String field) {
    return switch (field) {
      case IndexSchema.TEXT_EXACT -> EXACT;
      case IndexSchema.TEXT -> FORM;
      case IndexSchema.TEXT_VARIANT -> VARIANT;
      case IndexSchema.TEXT_OCR -> OCR;
      default -> FORM;
    };
  }

  /** The better of two kinds (an exact match also matches as a form of the word). */
  public MatchKind best(MatchKind other) {
    return other.ordinal() < ordinal() ? other : this;
  }

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
