package kz.muragat.indexer.deadline;

import java.util.Locale;

/**
 * The moment by which one file's extraction must be done ({@code --file-timeout}). The indexer
 * sets it on the thread that handles the file; reading, rendering and parsing check it between
 * pages and elements, OCR checks it before and during each page (Tesseract's cancel callback), and
 * a file past it is abandoned and reported. {@link #NONE} never expires.
 */
public final class Deadline {
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, 0);

  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final long endNanos;
  private final long limitMillis;

  private Deadline(long endNanos, long limitMillis) {
    this.endNanos = endNanos;
    this.limitMillis = limitMillis;
  }

  /** A deadline {@code millis} from now; {@link #NONE} when {@code millis} is not positive. */
  public static Deadline after(long millis) {
    return millis <= 0 ? NONE : new Deadline(System.nanoTime() + millis * 1_000_000L, millis);
  }

  public boolean expired() {
    return endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0;
  }

  /** Stops the work with the reason, as the caller's {@code error}, when the deadline has passed. */
  public <E extends Exception> void check(java.util.function.Function<String, E> error) throws E {
    if (expired()) throw error.apply(message());
  }

  public String message() {
    return String.format(Locale.ROOT, "took longer than the per-file time limit of %s s (--file-timeout); abandoned", seconds(limitMillis));
  }

  static String seconds(long millis) {
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }

  /** The deadline of the file this thread is working on ({@link #NONE} if none). */
  public static Deadline current() {
    Deadline d = CURRENT.get();
    return d == null ? NONE : d;
  }

  /** Makes {@code d} this thread's deadline (null clears it). */
  public static void set(Deadline d) {
    if (d == null) CURRENT.remove();
    else CURRENT.set(d);
  }
}
