package kz.muragat.search;

/** The document or page asked for does not exist (or is not visible to the caller). */
public final class NotFoundException extends Exception {
  public NotFoundException(String message) {
    super(message);
  }
}
