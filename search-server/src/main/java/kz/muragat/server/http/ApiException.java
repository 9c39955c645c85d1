package kz.muragat.server.http;

/**
 * An error the client caused, answered as JSON {@code {"status", "error", "code"}} with its status;
 * the code (when there is one) says why for a program, the message for a person.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  public ApiException(int status, String message) {
    this(status, message, null);
  }

  public ApiException(int status, String message, String code) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  /** A stable word for the reason ({@code syntax}, {@code too_long}, …), or null. */
  public String code() {
    return code;
  }

  /** A query the user wrote that cannot be run: 400 with its reason. */
  public static ApiException badQuery(kz.muragat.search.QueryParseException e) {
    return new ApiException(400, e.getMessage(), e.reason().code());
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
