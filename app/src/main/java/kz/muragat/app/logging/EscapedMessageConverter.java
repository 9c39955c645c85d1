package kz.muragat.app.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * {@code %safemsg} in the log pattern: the message with control characters escaped ({@code \n},
 * {@code \r}, {@code \u001B}, …) as in a JSON string, so a file name, document id or query holding
 * a newline or a terminal escape cannot forge a log line or rewrite the terminal. Done once here,
 * for every logger, rather than at each call that logs what a user or a file chose.
 */
public final class EscapedMessageConverter extends ClassicConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return escape(event.getFormattedMessage());
  }

  /** Control characters escaped; everything else (Cyrillic included) as it is. */
  public static String escape(String s) {
    if (s == null) return "null";
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') return encode(s);
    }
    return s;
  }

  private static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (c < 0x20) {
        out.append(JsonStringEncoder.getInstance().quoteAsString(String.valueOf(c)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
