package kz.muragat.search;

/** A query the user wrote that cannot be understood; the message says why, for the user. */
public final class QueryParseException extends Exception {
  public QueryParseException(String message) {
    super(message);
  }
}
