package kz.muragat.facts.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The sentences of a normalized page, as far as a case record has them: a clause ends at {@code .
 * ! ? ;} followed by a capital or a digit (Kazakh sentences often start with a year), unless the
 * dot closes an initial ({@code Х.К. Бекетов}) or an abbreviation that a number or a name follows
 * ({@code ст. 58}, {@code п. 10}, {@code гр. Бекетов}, and the year's {@code г.}: {@code от
 * 12.06.1958 г. Омаров Е.К. реабилитирован} is one sentence more often than two); and an all-capital line (a heading:
 * {@code СПРАВКА}, {@code ВЫПИСКА ИЗ ПРОТОКОЛА № 216}) is a clause of its own. Line breaks
 * otherwise do not end a clause: OCR breaks lines inside sentences, names included.
 */
public final class Clauses {
  /** Abbreviations after which a dot does not end the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "г", "гг", "гор", "ст", "ст.ст", "п", "пп", "ч", "гр", "тов", "им", "ул", "обл", "св",
          "см", "стр", "рожд", "род", "ур", "урож", "нач", "пом", "зам", "пред", "чл", "упол",
          "оп", "уполн", "сл", "л", "д", "ф", "арх", "б", "кв", "пос", "дер", "ст-ца", "с", "р-н",
          "р-на", "у", "обв", "арест", "приг", "пост", "опр", "мл", "ст.л", "лейт", "серж", "кап",
          "бап", "тарм", "ж", "жж");

  private final int[] ends; // sorted clause end positions (exclusive); the last is the text length

  private Clauses(int[] ends) {
    this.ends = ends;
  }

  /** The clauses of a normalized text. */
  public static Clauses of(String text) {
    int n = text.length();
    int[] ends = new int[8];
    int count = 0;
    int lineStart = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '\n') {
        if (isHeading(text, lineStart, i)) {
          end = i;
        }
        lineStart = i + 1;
      } else if ((c == '.' || c == '!' || c == '?' || c == ';') && endsSentence(text, i)) {
        end = i + 1;
      }
      if (end > 0 && (count == 0 || ends[count - 1] < end)) {
        if (count == ends.length) {
          ends = Arrays.copyOf(ends, count * 2);
        }
        ends[count++] = end;
      }
    }
    if (count == 0 || ends[count - 1] < n) {
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, count + 1);
      }
      ends[count++] = n;
    }
    return new Clauses(Arrays.copyOf(ends, count));
  }

  /** Start of the clause holding position {@code i}. */
  public int start(int i) {
    int k = index(i);
    return k == 0 ? 0 : ends[k - 1];
  }

  /** End (exclusive) of the clause holding position {@code i}. */
  public int end(int i) {
    return ends[index(i)];
  }

  /** True if positions a and b are in the same clause. */
  public boolean same(int a, int b) {
    return index(a) == index(b);
  }

  private int index(int i) {
    int k = Arrays.binarySearch(ends, i);
    // ends are exclusive: position ends[k] belongs to the next clause
    k = k >= 0 ? k + 1 : -k - 1;
    return Math.min(k, ends.length - 1);
  }

  private static boolean isHeading(String text, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 3;
  }

  private static boolean endsSentence(String text, int i) {
    int n = text.length();
    int j = i + 1;
    if (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '"') {
      return false; // 12.11.1937, Х.К.Бекетов, г.р.
    }
    while (j < n && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == '"')) {
      j++;
    }
    if (j >= n) {
      return true;
    }
    char next = text.charAt(j);
    if (!Character.isUpperCase(next) && !Character.isDigit(next)) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
      w--;
    }
    if (w == i) {
      return true; // "1937. В" or "г.р. В"
    }
    String word = text.substring(w, i);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
