package kz.muragat.facts.text;

import java.util.HashMap;
import java.util.Map;

/**
 * An ordinal number written in words, in folded text: cardinal words and a last, ordinal word, as
 * days and years are written — Russian {@code двенадцатого}, {@code двадцать третьего}, {@code
 * тысяча девятьсот тридцать седьмого}, {@code одна тысяча девятьсот сорокового}, {@code
 * тридцать восьмом}; Kazakh {@code он екінші}, {@code жиырма бесінші}, {@code бір мың тоғыз жүз
 * отыз жетінші}, {@code мың тоғыз жүз қырқыншы}. Words must come in falling order of magnitude
 * ({@code тридцать седьмого}, not {@code семь тридцатого}); Kazakh multiplies a hundred or a
 * thousand by the unit before it ({@code тоғыз жүз} = 900). A cardinal alone ({@code пять},
 * {@code бес}) is no ordinal: it counts something.
 */
public final class OrdinalWords {
  private OrdinalWords() {}

  /** Cardinal words: their value; a hundred or thousand written as a multiplier is negative. */
  private static final Map<String, Integer> CARDINAL = new HashMap<>();

  /** Ordinal words: their value; a multiplier's (тысячного, жүзінші) is negative. */
  private static final Map<String, Integer> ORDINAL = new HashMap<>();

  private static final int HUNDREDS = -100;
  private static final int THOUSANDS = -1000;

  private static void cardinal(int value, String... forms) {
    for (String f : forms) {
      CARDINAL.put(f, value);
    }
  }

  /** Russian ordinal stems with the adjective endings of every case, masculine and neuter. */
  private static void russianOrdinal(int value, String stem) {
    for (String ending : new String[] {"ого", "его", "ому", "ом", "ой", "ый", "ое", "ым", "ая", "ую"}) {
      ORDINAL.put(stem + ending, value);
    }
  }

  /** A Kazakh ordinal: the cardinal and -(ы)ншы/-(і)нші, folded (і→и), as OCR may mix them. */
  private static void kazakhOrdinal(int value, String... bases) {
    for (String base : bases) {
      for (String suffix : new String[] {"ыншы", "ынши", "инши", "иншы", "ншы", "нши"}) {
        ORDINAL.put(base + suffix, value);
      }
    }
  }

  static {
    cardinal(1, "один", "одна", "одно");
    cardinal(2, "два", "две");
    cardinal(3, "три");
    cardinal(4, "четыре");
    cardinal(5, "пять");
    cardinal(6, "шесть");
    cardinal(7, "семь");
    cardinal(8, "восемь");
    cardinal(9, "девять");
    cardinal(10, "десять");
    String[] teens = {
      "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
      "семнадцат", "восемнадцат", "девятнадцат"
    };
    for (int i = 0; i < teens.length; i++) {
      cardinal(11 + i, teens[i] + "ь");
      russianOrdinal(11 + i, teens[i]);
    }
    String[] tens = {"двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"};
    String[] tenths = {"двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят", "восьмидесят", "девяност"};
    for (int i = 0; i < tens.length; i++) {
      cardinal(20 + 10 * i, tens[i]);
      russianOrdinal(20 + 10 * i, tenths[i]);
    }
    String[] hundreds = {"сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"};
    String[] hundredths = {"сот", "двухсот", "трехсот", "четырехсот", "пятисот", "шестисот", "семисот", "восьмисот", "девятисот"};
    for (int i = 0; i < hundreds.length; i++) {
      cardinal(100 * (i + 1), hundreds[i]);
      russianOrdinal(100 * (i + 1), hundredths[i]);
    }
    cardinal(THOUSANDS, "тысяча", "тысячи", "тысяч");
    russianOrdinal(THOUSANDS, "тысячн");
    russianOrdinal(2000, "двухтысячн");
    String[] units = {"перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят"};
    for (int i = 0; i < units.length; i++) {
      russianOrdinal(i + 1, units[i]);
    }
    for (String form : new String[] {"третьего", "третьему", "третьем", "третий", "третье", "третья", "третью"}) {
      ORDINAL.put(form, 3);
    }
    // Kazakh, folded (і→и, ү→у, ө→о, ғ→г, қ→к, ң→н)
    String[][] kk = {
      {"бир"}, {"еки"}, {"уш"}, {"торт"}, {"бес"}, {"алты"}, {"жети"}, {"сегиз"}, {"тогыз"}, {"он"}
    };
    for (int i = 0; i < kk.length; i++) {
      cardinal(i + 1, kk[i]);
      kazakhOrdinal(i + 1, kk[i]);
    }
    String[] kkTens = {"жиырма", "отыз", "кырык", "елу", "алпыс", "жетпис", "сексен", "токсан"};
    for (int i = 0; i < kkTens.length; i++) {
      cardinal(20 + 10 * i, kkTens[i]);
      kazakhOrdinal(20 + 10 * i, kkTens[i]);
    }
    kazakhOrdinal(20, "жиырмас"); // жиырмасыншы
    kazakhOrdinal(40, "кырк"); // қырқыншы
    cardinal(HUNDREDS, "жуз");
    kazakhOrdinal(HUNDREDS, "жуз");
    cardinal(THOUSANDS, "мын");
    kazakhOrdinal(THOUSANDS, "мын");
  }

  /** The most words one number is read from. */
  static final int MAX_WORDS = 7;

  /** The value of space-separated folded words ending in an ordinal ({@code тридцать седьмого}), or -1. */
  public static int value(String words) {
    String[] w = words.strip().split("\\s+");
    if (w.length > MAX_WORDS) {
      return -1;
    }
    Sum sum = new Sum();
    for (int i = 0; i < w.length - 1; i++) {
      Integer v = CARDINAL.get(w[i]);
      if (v == null || !sum.add(v)) {
        return -1;
      }
    }
    Integer last = ORDINAL.get(w[w.length - 1]);
    return last != null && sum.add(last) ? sum.value() : -1;
  }

  /** True if {@code word} (folded) is a number word, cardinal or ordinal. */
  public static boolean isNumberWord(String word) {
    return CARDINAL.containsKey(word) || ORDINAL.containsKey(word);
  }

  /** True if {@code word} (folded) is an ordinal number word. */
  public static boolean isOrdinal(String word) {
    return ORDINAL.containsKey(word);
  }

  /**
   * A number being read word by word: thousands done, the part below a thousand, and the place
   * the next word must be below (after {@code тридцать}, a unit; after {@code девятьсот}, tens).
   */
  private static final class Sum {
    int thousands;
    int below;
    int place = Integer.MAX_VALUE;

    boolean add(int v) {
      if (v == THOUSANDS) {
        if (thousands > 0 || place < 1000 && below == 0) {
          return false;
        }
        thousands = Math.max(below, 1) * 1000;
        below = 0;
        place = 1000;
        return true;
      }
      if (v == HUNDREDS) {
        if (below >= 10 || place < 100 && below == 0) {
          return false; // тоғыз жүз: a unit (or nothing) before the hundred
        }
        below = Math.max(below, 1) * 100;
        place = 100;
        return true;
      }
      if (v >= place) {
        return false;
      }
      below += v;
      int p = 1;
      while (v % (p * 10) == 0) {
        p *= 10;
      }
      place = p;
      return true;
    }

    int value() {
      return thousands + below;
    }
  }
}
