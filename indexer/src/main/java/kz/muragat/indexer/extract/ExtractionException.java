package kz.muragat.indexer.extract;

/** A file that cannot be read: corrupt, truncated, encrypted, too large or of an unknown kind. */
public final class ExtractionException extends Exception {
  public ExtractionException(String reason) {
    super(reason);
  }

  public ExtractionException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
