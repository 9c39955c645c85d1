package kz.muragat.analysis.translit;

/**
 * Jaŋalif → Kazakh Cyrillic, for lower-case words. Jaŋalif is the Latin alphabet Kazakh was
 * written in from 1929 to 1940 (letters and sources: {@code analysis/README.md}). Its letters:
 * {@code a ə ʙ v g ƣ d e ƶ z i j k q l m n ꞑ o ɵ p r s ş t u y f x h c ь}, read а ә б в г ғ д е ж
 * з і й к қ л м н ң о ө п р с ш т у/ұ ү ф х һ ч ы; {@code ij} (and {@code ьj}) is и, {@code ja}
 * я, {@code ju} ю, {@code jo} ё. Also accepted, as they are typed and as OCR models without the
 * historic letters write them: {@code b} for б, {@code ƅ} and Cyrillic {@code ь} for ы, {@code ŋ}
 * and {@code ñ} for ң, {@code ğ} for ғ, {@code ö} for ө, {@code ž} for ж, {@code ä} for ə, {@code
 * ç} for ч, {@code ū} for ұ (the 1938 revision). {@code u} is ұ, but у next to a vowel and at the
 * end of a word, where Kazakh у stands ({@code tau} тау, {@code kelu} келу, {@code su} су).
 */
public final class JanalifToCyrillic {
  /** Letters only Jaŋalif has: a word with one of them is Jaŋalif. */
  static final String OWN = "əʙƣƶꞑŋɵƅь";

  /**
   * Latin letters that mean the same in Jaŋalif and in Kazakh's Latin alphabet of 2021 (and
   * none of the Jaŋalif-only ones): a word made only of them reads alike in both.
   */
  static final String SHARED = "abdefghiklmnopqrstuvzş";

  private JanalifToCyrillic() {}

  /** Whether a lower-case word contains a letter only Jaŋalif has, and no letter outside Jaŋalif's. */
  public static boolean hasOwnLetter(CharSequence s) {
    boolean own = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) continue;
      if (OWN.indexOf(c) >= 0) own = true;
      else if (!isJanalifLetter(c)) return false;
    }
    return own;
  }

  /** Whether a lower-case word is made only of letters that read alike in Jaŋalif and 2021 Kazakh Latin (at least one). */
  public static boolean onlySharedLetters(CharSequence s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) continue;
      if (SHARED.indexOf(c) < 0) return false;
      any = true;
    }
    return any;
  }

  /** Whether a lower-case word has letters (at least one) and all of them are Jaŋalif's or typed for them. */
  public static boolean onlyJanalifLetters(CharSequence s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) continue;
      if (!isJanalifLetter(c)) return false;
      any = true;
    }
    return any;
  }

  static boolean isJanalifLetter(char c) {
    return (c >= 'a' && c <= 'z') || "əʙƣƶꞑŋɵƅьşçğöžñäū".indexOf(c) >= 0;
  }

  /** Transliterates a lower-case Jaŋalif word; characters that are not its letters are copied. */
  public static String convert(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      char prev = i > 0 ? s.charAt(i - 1) : 0;
      switch (c) {
        case 'i', 'ƅ', 'ь' -> {
          // i + j is always и (қиын qijƅn, ие ije, тиіс tijis: и before a vowel is written ij, і
          // before й never occurs); ƅ + j is и only before a consonant (сыйы sƅjƅ)
          if (next == 'j' && (c == 'i' || i + 2 >= n || !isVowel(s.charAt(i + 2)) || s.charAt(i + 2) == 'i')) {
            out.append('и');
            i++;
          } else {
            out.append(c == 'i' ? 'і' : 'ы');
          }
        }
        case 'j' -> {
          if (next == 'a') {
            out.append('я');
            i++;
          } else if (next == 'u') {
            out.append('ю');
            i++;
          } else if (next == 'o') {
            out.append('ё');
            i++;
          } else {
            out.append('й');
          }
        }
        case 'u' -> out.append((prev != 0 && isVowel(prev)) || next == 0 || isVowel(next) ? 'у' : 'ұ');
        case 't' -> {
          if (next == 's') {
            out.append('ц');
            i++;
          } else {
            out.append('т');
          }
        }
        default -> out.append(single(c));
      }
    }
    return out.toString();
  }

  static boolean isVowel(char c) {
    return "aəeiɵoyuƅьöäū".indexOf(c) >= 0;
  }

  private static char single(char c) {
    return switch (c) {
      case 'a' -> 'а';
      case 'ə', 'ä' -> 'ә';
      case 'ʙ', 'b' -> 'б';
      case 'v', 'w' -> 'в';
      case 'g' -> 'г';
      case 'ƣ', 'ğ' -> 'ғ';
      case 'd' -> 'д';
      case 'e' -> 'е';
      case 'ƶ', 'ž' -> 'ж';
      case 'z' -> 'з';
      case 'k' -> 'к';
      case 'q' -> 'қ';
      case 'l' -> 'л';
      case 'm' -> 'м';
      case 'n' -> 'н';
      case 'ꞑ', 'ŋ', 'ñ' -> 'ң';
      case 'o' -> 'о';
      case 'ɵ', 'ö' -> 'ө';
      case 'p' -> 'п';
      case 'r' -> 'р';
      case 's' -> 'с';
      case 'ş' -> 'ш';
      case 'y' -> 'ү';
      case 'ū' -> 'ұ';
      case 'f' -> 'ф';
      case 'x' -> 'х';
      case 'h' -> 'һ';
      case 'c', 'ç' -> 'ч';
      default -> c;
    };
  }
}
