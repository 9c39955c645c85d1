package kz.muragat.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches Muragat — a URI or headers too long (414,
 * 431), a request it cannot parse (400), a body too large (413) — as the same JSON {@code
 * {"status", "error"}} as every other error, with a message saying what to change, never Jetty's
 * HTML page or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  static String message(int status, String reason) {
    return switch (status) {
      case 414 -> "the request URI is too long (at most " + MuragatServer.MAX_REQUEST_HEADER / 1024 + " KB): shorten the query";
      case 431 -> "the request headers are too large (at most " + MuragatServer.MAX_REQUEST_HEADER / 1024 + " KB together)";
      case 413 -> "the request body is too large";
      case 400 -> "bad request" + (reason == null || reason.isBlank() || reason.equals("Bad Request") ? "" : ": " + clean(reason));
      default -> reason == null || reason.isBlank() ? "error " + status : clean(reason);
    };
  }

  /** Jetty's reason, one line, no markup. */
  private static String clean(String reason) {
    String r = reason.replaceAll("[\\r\\n\\t]+", " ").replaceAll("[<>]", "");
    return r.length() > 200 ? r.substring(0, 200) : r;
  }

  static byte[] body(int status, String message) {
    String json = "{\"status\":" + status + ",\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status, message(status, reason)));
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body(code, message(code, message))), callback);
  }
}
