package kz.muragat.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A request the user wrote that cannot be understood; the message says why, for the user, and the
 * {@link Reason} says it for a program (the web page shows it in the reader's language).
 */
public final class QueryParseException extends Exception {
  /** Why a query or request was refused. */
  public enum Reason {
    /** Lucene syntax that does not parse. */
    SYNTAX,
    /** A field that does not exist or may not be searched. */
    FIELD,
    TOO_LONG,
    TOO_MANY_WORDS,
    /** A word that starts with a wildcard, which would scan the whole vocabulary. */
    LEADING_WILDCARD,
    /** Nothing searchable in the query (only punctuation, only exclusions). */
    NO_WORDS,
    /** from/size/cursor out of bounds or malformed. */
    PAGING,
    /** Filters out of bounds (too many values). */
    FILTERS,
    /** Anything else the request asks that cannot be done. */
    OTHER;

    @JsonValue
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Reason reason;

  public QueryParseException(String message) {
    this(Reason.OTHER, message);
  }

  public QueryParseException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
