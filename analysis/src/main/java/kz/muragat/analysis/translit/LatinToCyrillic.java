package kz.muragat.analysis.translit;

/**
 * Latin → Cyrillic for lower-case words in any of the romanizations a researcher types or a
 * catalogue holds: the Kazakh Latin alphabets (2021: ä ğ q ñ ö ū ü ı i h ş ç j y; 2018 acute forms
 * á ǵ ń ó ú ý), Russian BGN/PCGN and passport style (zh kh ts ch sh shch yu ya yo ye, dzh) and ISO 9
 * (ž h c č š ŝ û â ë è). The result is a Cyrillic spelling good enough for the name-variant folding
 * that follows ({@link kz.muragat.analysis.names.NameVariants}), which merges what the schemes
 * disagree on (ы/и/й, х/һ, у/ұ/ү, …); it is not a faithful reverse transliteration.
 *
 * <p>Choices where schemes clash: {@code j} → ж (Kazakh Latin; BGN never uses j) but й after a vowel before a consonant or at the end (ISO 9 {@code Sergej}), {@code h} → х
 * (ISO 9; Kazakh һ folds to х anyway), {@code y} → ы between consonants, й after a vowel, {@code
 * i} → й after a vowel (Kazakh {@code Zeiın} = Зейін, BGN {@code Kunanbaiev}), {@code x} → кс.
 */
public final class LatinToCyrillic {
  private LatinToCyrillic() {}

  /** True if s has at least one letter and all its letters are Latin. */
  public static boolean isLatinWord(CharSequence s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!isLatinLetter(c)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7')
        || c == '\u0131'; // dotless ı (in the range above, listed for clarity)
  }

  private static boolean isVowel(char c) {
    return "aeiouyäöüūıáéíóúýâûëèêô".indexOf(c) >= 0;
  }

  /** Transliterates a lower-case word; characters that are not Latin letters are copied. */
  public static String convert(String s) {
    StringBuilder out = new StringBuilder(s.length() + 4);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      char prev = i > 0 ? s.charAt(i - 1) : 0;
      boolean afterVowel = prev != 0 && isVowel(prev);
      switch (c) {
        case 's':
          if (s.startsWith("shch", i)) {
            out.append('щ');
            i += 3;
          } else if (next == 'h') {
            out.append('ш');
            i++;
          } else {
            out.append('с');
          }
          break;
        case 'z':
          if (next == 'h') {
            out.append('ж');
            i++;
          } else {
            out.append('з');
          }
          break;
        case 'k':
          if (next == 'h') {
            out.append('х');
            i++;
          } else {
            out.append('к');
          }
          break;
        case 'c':
          if (next == 'h') {
            out.append('ч');
            i++;
          } else {
            out.append('ц');
          }
          break;
        case 't':
          if (next == 's') {
            out.append('ц');
            i++;
          } else {
            out.append('т');
          }
          break;
        case 'y':
          if (next == 'u') {
            out.append('ю');
            i++;
          } else if (next == 'a') {
            out.append('я');
            i++;
          } else if (next == 'o') {
            out.append('ё');
            i++;
          } else if (next == 'e' && (prev == 0 || afterVowel)) {
            out.append('е');
            i++;
          } else if (afterVowel || prev == 0 && next != 0 && isVowel(next)) {
            out.append('й');
          } else {
            out.append('ы');
          }
          break;
        case 'i':
          out.append(afterVowel && prev != 'i' ? 'й' : 'и');
          break;
        case 'e':
          out.append('е');
          break;
        case 'j':
          // Kazakh Latin ж (jan, Jambyl); ISO 9 / scientific й after a vowel before a consonant
          // or at the end (Sergej, Šajhiev)
          out.append(afterVowel && (next == 0 || !isVowel(next)) ? 'й' : 'ж');
          break;
        case 'x':
          out.append("кс");
          break;
        default:
          out.append(single(c));
      }
    }
    return out.toString();
  }

  private static char single(char c) {
    switch (c) {
      case 'a':
        return 'а';
      case 'b':
        return 'б';
      case 'd':
        return 'д';
      case 'f':
        return 'ф';
      case 'g':
        return 'г';
      case 'h':
        return 'х';
      case 'j':
        return 'ж';
      case 'l':
        return 'л';
      case 'm':
        return 'м';
      case 'n':
        return 'н';
      case 'o':
        return 'о';
      case 'p':
        return 'п';
      case 'q':
        return 'қ';
      case 'r':
        return 'р';
      case 'u':
        return 'у';
      case 'v':
        return 'в';
      case 'w':
        return 'у';
        // Kazakh Latin (2021 and 2018 acute forms)
      case 'ä':
      case 'á':
        return 'ә';
      case 'ğ':
      case 'ǵ':
        return 'ғ';
      case 'ñ':
      case 'ń':
        return 'ң';
      case 'ö':
      case 'ó':
        return 'ө';
      case 'ū':
        return 'ұ';
      case 'ü':
      case 'ú':
        return 'ү';
      case 'ý':
        return 'у';
      case 'ı':
      case 'í':
        return 'і';
      case 'ş':
        return 'ш';
      case 'ç':
        return 'ч';
        // ISO 9
      case 'ž':
        return 'ж';
      case 'č':
        return 'ч';
      case 'š':
        return 'ш';
      case 'ŝ':
        return 'щ';
      case 'û':
        return 'ю';
      case 'â':
        return 'я';
      case 'ë':
        return 'ё';
      case 'è':
      case 'é':
      case 'ê':
        return 'е';
      case 'ô':
        return 'о';
      default:
        return c;
    }
  }
}
