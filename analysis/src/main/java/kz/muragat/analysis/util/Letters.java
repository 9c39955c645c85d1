package kz.muragat.analysis.util;

/** Character classes shared by the Russian and Kazakh chains. */
public final class Letters {
  private Letters() {}

  /** Letters that Kazakh Cyrillic has and Russian has not (lower case). */
  public static final String KAZAKH_ONLY = "әғқңөұүһі";

  public static boolean isKazakhOnly(char c) {
    return KAZAKH_ONLY.indexOf(Character.toLowerCase(c)) >= 0;
  }

  public static boolean hasKazakhOnly(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isKazakhOnly(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u052F'; // Cyrillic + Cyrillic Supplement
  }

  public static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');
  }

  /** True if every letter of s is Cyrillic (and there is at least one). */
  public static boolean isCyrillicWord(CharSequence s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!isCyrillic(c)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
