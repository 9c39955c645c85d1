package kz.muragat.core.metadata;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The access levels a collection uses ({@code public} always, by default also {@code restricted}
 * and {@code closed}) and the rule for a level written in metadata: one known name, case aside. A
 * blank, malformed or unknown value is refused rather than guessed at — read as {@code public} it
 * would publish the document, read as a new level it would hide it from everyone by a typo.
 */
public final class AccessLevels {
  public static final String PUBLIC = "public";

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_-]{1,64}");

  /** The levels known when none are configured. */
  public static final AccessLevels DEFAULT = new AccessLevels(Set.of("restricted", "closed"));

  private final Set<String> known;

  /** @param levels level names besides {@code public} (blank entries ignored) */
  public AccessLevels(Collection<String> levels) {
    Set<String> k = new TreeSet<>();
    k.add(PUBLIC);
    for (String l : levels) {
      if (l == null || l.isBlank()) continue;
      String name = l.strip().toLowerCase(Locale.ROOT);
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("'" + l + "' is not an access level name (letters, digits, '_' and '-', at most 64)");
      }
      k.add(name);
    }
    this.known = Set.copyOf(k);
  }

  public Set<String> known() {
    return new TreeSet<>(known);
  }

  /**
   * The level a metadata value names, lower-cased.
   *
   * @param what where the value was written, for the message (e.g. {@code access})
   * @throws IllegalArgumentException when the value is blank, not one name, or not a known level
   */
  public String check(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank: write one of " + String.join(", ", known()) + " (or leave the field out for public)");
    }
    String level = value.strip().toLowerCase(Locale.ROOT);
    if (!known.contains(level)) {
      throw new IllegalArgumentException(
          what + " '" + abbreviate(value.strip()) + "' is not a known access level: known are " + String.join(", ", known())
              + " (more with --access-levels)");
    }
    return level;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
