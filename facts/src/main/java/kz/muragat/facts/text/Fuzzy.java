package kz.muragat.facts.text;

/**
 * Regular-expression text for a keyword as OCR may have read it, to match against {@link
 * NormalizedPage#folded()}: each letter becomes the class of the letters a typewritten page's OCR
 * confuses it with (о/е, л/п, и/н/й, ш/щ, з/3, б/6 …), so {@code рождения} also matches
 * {@code реждения} and {@code лет} matches {@code пет}. Only character classes, never
 * alternations or repetition: a fuzzy keyword costs what the plain one costs.
 */
public final class Fuzzy {
  private Fuzzy() {}

  /** The OCR-tolerant pattern text of a folded (lower-case, Kazakh-folded) keyword. */
  public static String of(String keyword) {
    StringBuilder b = new StringBuilder(keyword.length() * 4);
    for (int i = 0; i < keyword.length(); i++) {
      char c = keyword.charAt(i);
      String cls = classOf(c);
      if (cls == null) {
        if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
          b.append('\\');
        }
        b.append(c);
      } else {
        b.append('[').append(cls).append(']');
      }
    }
    return b.toString();
  }

  /** The letters OCR confuses with {@code c}, {@code c} first; {@code c} alone if none. */
  static String confusable(char c) {
    String cls = classOf(c);
    return cls == null ? String.valueOf(c) : cls;
  }

  private static String classOf(char c) {
    switch (c) {
      case 'о':
        return "оеа0";
      case 'е':
        return "еоэс";
      case 'а':
        return "аоя";
      case 'л':
        return "лпн";
      case 'п':
        return "плн";
      case 'и':
        return "ийнп";
      case 'й':
        return "йи";
      case 'н':
        return "нпи";
      case 'ш':
        return "шщ";
      case 'щ':
        return "щш";
      case 'з':
        return "з3э";
      case 'э':
        return "эзе";
      case 'б':
        return "б6";
      case 'в':
        return "вб";
      case 'ц':
        return "цщ";
      case 'ь':
        return "ьъ";
      case 'т':
        return "тг";
      case 'г':
        return "гт";
      case 'с':
        return "се";
      default:
        return null;
    }
  }
}
