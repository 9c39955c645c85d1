package kz.muragat.analysis.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.analysis.util.Letters;

/**
 * Spelling-variant keys for names across Soviet Russian, Kazakh and (once transliterated) Latin
 * spellings ({@link NameVariantFilter} gives them to names only). Three steps, all rule based:
 *
 * <ol>
 *   <li>{@link #fold}: Kazakh letters to their Soviet Russian spellings (ә→а, ғ→г, қ→к, ң→н, ө→о,
 *       ұ/ү→у, һ→х, і→и; ё→е).
 *   <li>{@link #stem}: strips case endings and the name suffixes to a name stem: Kazakh
 *       patronymics -ұлы/-қызы (+ Kazakh case endings: Әбілұлының), Russian surnames -ов/-ев/-ин/-ын
 *       (+ Russian case endings: Абильевым, or Kazakh ones: Сәтбаевтың), Russian patronymics
 *       -ович/-овна; -ай before the suffix loses its й (Жұмабайұлы ↔ Жумабаев); a last vowel goes
 *       (Сейфолла ↔ Сейфулла ↔ Сейфуллаұлы). Other words lose one case ending: Kazakh endings
 *       (checked against the sound before them: Ұзақтың, Ұзаққа) for words with Kazakh letters,
 *       Russian endings (Узака, Узаком) for the others.
 *   <li>{@link #skeleton}: ь/ъ dropped, й/ы→и, э→е, я/ю→иа/иу, дж→ж, doubled letters once.
 * </ol>
 *
 * {@link #key} then folds what the rules cannot decide into a phonetic key: consonant classes
 * (voiced = voiceless: б/п, д/т, г/к/х, з/с/ц, ж/ш/щ/ч; в/ф and у before a vowel), vowels dropped
 * after the first letter (Сулейманов ↔ Сүлейменұлы, Жамбыл ↔ Джамбул, Садвокасов ↔
 * Садуақасұлы) — but only when four or more consonants remain; with three the first vowel's class
 * (а / е / и,ы,і / о,у) stays (Идрисов ↔ Ыдырысұлы, but Бекетов ≠ погода), with fewer every
 * vowel's class (Кунаев ↔ Қонаев, but Абаев ≠ Абильев).
 */
public final class NameVariants {
  private NameVariants() {}

  /** Prefix of phonetic-key terms, so key space never collides with stems. */
  public static final String KEY_PREFIX = "~";

  private static final int MIN_STEM = 3;

  /**
   * Kazakh (and a few other Cyrillic) letters folded to their Soviet Russian spelling — all but
   * і, which {@link #skeleton} folds to и after the suffix rules have seen it.
   */
  public static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'ә':
        case 'ӓ':
          c = 'а';
          break;
        case 'ғ':
          c = 'г';
          break;
        case 'қ':
        case 'ӄ':
          c = 'к';
          break;
        case 'ң':
        case 'ӈ':
          c = 'н';
          break;
        case 'ө':
        case 'ӧ':
          c = 'о';
          break;
        case 'ұ':
        case 'ү':
        case 'ў':
          c = 'у';
          break;
        case 'һ':
          c = 'х';
          break;
        case 'ї':
          c = 'і'; // і itself is kept for the suffix rules (Kazakh -ін is no surname -ин)
          break;
        case 'ё':
          c = 'е';
          break;
        case 'є':
          c = 'е';
          break;
        default:
          break;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** The Soviet Russian spelling of a Kazakh word's letters (Қарағанды → караганды). */
  public static String russianSpelling(String word) {
    return fold(word).replace('і', 'и');
  }

  // ---- stems ------------------------------------------------------------------------------

  /** Kazakh patronymic (-ұлы / -қызы, folded) with an optional Kazakh case ending. */
  private static final Pattern KK_PATRONYMIC =
      Pattern.compile("(.{2,}?)(улы|кызы|оглы)(нын|на|н|нда|ндагы|нан|мен|ны|га|да|дан|дай)?");

  /** Russian-form surname with a Kazakh case ending (Сәтбаевтың, Жақсыбековқа, Сейфуллиннің). */
  private static final Pattern KK_CASE_ON_SURNAME =
      Pattern.compile(
          "(.{3,}?)(?:(?:ов|ев)(?:тын|тін|ка|ке|ты|ті|та|те|тан|тен|пен|тагы|тегі)"
              + "|ин(?:нін|ге|ді|де|нен|мен|дегі)"
              + "|(?:ова|ева|ина)(?:нын|нін|га|ге|ны|ні|да|де|дан|ден|мен))");

  /**
   * Russian-form surname in a Kazakh word, nominative: -ов/-ев(а), -ин(а) with a real и (Kazakh
   * -ін/-ын are case endings or plain word ends: Зейін, Тұрсын).
   */
  private static final Pattern KK_SURNAME = Pattern.compile("(.{3,}?)(?:ов|ев|ин)а?");

  /**
   * Whether a folded word ends like a Russian surname, with or without a Kazakh case ending:
   * Байтурсынов, Сатбаевтын, Сейфуллиннин (folded Байтұрсынов, Сәтбаевтың, Сейфуллиннің).
   */
  public static boolean hasRussianSurnameEnding(String folded) {
    return KK_CASE_ON_SURNAME.matcher(folded).matches() || KK_SURNAME.matcher(folded).matches();
  }

  /** Russian patronymic (-ович/-евич/-овна/-евна) with a Russian case ending. */
  private static final Pattern RU_PATRONYMIC =
      Pattern.compile("(.{3,}?)(?:ович|евич|овна|евна)(?:а|у|ем|ом|е|ой|ы|и|ею|ам|ах|ами)?");

  /** Russian surname -ов/-ев/-ин/-ын (masc. and fem.) with a Russian case ending. */
  private static final Pattern RU_SURNAME =
      Pattern.compile("(.{3,}?)(?:ов|ев|ин|ын)(?:а|у|ым|ом|е|ой|ою|ых|ыми|ы)?");

  /** Russian adjective in -ский (place names: Кокшетауский ↔ Көкшетау). */
  private static final Pattern RU_SKIY =
      Pattern.compile("(.{4,}?)(?:ск|цк)(?:ий|ая|ое|ого|ому|ом|ой|их|им|ими|ие|ую)");

  private static final String[] RU_ENDINGS = {
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ом", "ем", "ам", "ям",
    "ах", "ях", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ый", "ий",
    "ою", "ею", "а", "я", "у", "ю", "е", "ы", "и", "о", "ь"
  };

  private static final String VOWELS = "аеиоуыэюяёі";
  private static final String VOICELESS = "кпстфхцчшщ";
  private static final String VOICED = "бвгджзйлмнру";

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  /**
   * Kazakh case endings (folded but for і), each with the sounds it may follow: v = vowel, n = м/н,
   * s = voiceless, d = voiced (incl. sonorants), p = the 3rd person possessive ы/і.
   */
  private static final String[][] KK_ENDINGS = {
    {"ндагы", "p"}, {"ндегі", "p"},
    {"дагы", "vd"}, {"дегі", "vd"}, {"тагы", "s"}, {"тегі", "s"},
    {"нын", "vn"}, {"нін", "vn"}, {"дын", "d"}, {"дін", "d"}, {"тын", "s"}, {"тін", "s"},
    {"дан", "vd"}, {"ден", "vd"}, {"нан", "vnp"}, {"нен", "vnp"}, {"тан", "s"}, {"тен", "s"},
    {"мен", "vd"}, {"бен", "d"}, {"пен", "s"},
    {"нда", "p"}, {"нде", "p"}, {"на", "p"}, {"не", "p"},
    {"га", "vd"}, {"ге", "vd"}, {"ка", "s"}, {"ке", "s"},
    {"ны", "v"}, {"ні", "v"}, {"ды", "d"}, {"ді", "d"}, {"ты", "s"}, {"ті", "s"},
    {"да", "vd"}, {"де", "vd"}, {"та", "s"}, {"те", "s"}, {"н", "p"},
  };

  private static boolean fits(char before, String ctx) {
    if ("бгдвжз".indexOf(before) >= 0 && ctx.indexOf('s') >= 0) {
      return true; // a loanword's final voiced consonant sounds voiceless: Люксембургтің
    }
    if (before == 'ы' || before == 'і') {
      if (ctx.indexOf('p') >= 0) {
        return true;
      }
    }
    if (isVowel(before)) {
      return ctx.indexOf('v') >= 0;
    }
    if (before == 'м' || before == 'н') {
      return ctx.indexOf('n') >= 0 || ctx.indexOf('d') >= 0;
    }
    if (VOICELESS.indexOf(before) >= 0) {
      return ctx.indexOf('s') >= 0;
    }
    if (VOICED.indexOf(before) >= 0) {
      return ctx.indexOf('d') >= 0;
    }
    return false;
  }

  /**
   * The name stem of a lower-case Cyrillic word folded by {@link #fold}. {@code kazakh}: the word
   * had Kazakh-only letters (then Kazakh case endings are tried, else Russian ones).
   */
  public static String stem(String folded, boolean kazakh) {
    List<String> out = new ArrayList<>(2);
    stems(folded, kazakh, out);
    return out.get(0);
  }

  /**
   * The name stems of a folded word, best first: one, or two where an ending is ambiguous with a
   * word end (Kazakh Қарағанды: караган, караганд; Russian Рустем: руст, рустем).
   */
  public static void stems(String folded, boolean kazakh, List<String> out) {
    List<String> alt = new ArrayList<>(1);
    out.add(stem1(folded, kazakh, alt));
    out.addAll(alt);
  }

  private static String stem1(String folded, boolean kazakh, List<String> alt) {
    String w = folded;
    if (w.length() < MIN_STEM + 1) {
      return w;
    }
    Matcher m = KK_PATRONYMIC.matcher(w);
    if (m.matches()) {
      return nameRoot(m.group(1));
    }
    if (kazakh) {
      m = KK_CASE_ON_SURNAME.matcher(w);
      if (!m.matches()) {
        m = KK_SURNAME.matcher(w);
      }
      if (m.matches()) {
        return nameRoot(m.group(1));
      }
      for (String[] e : KK_ENDINGS) {
        String end = e[0];
        int cut = w.length() - end.length();
        if (cut >= MIN_STEM
            && w.endsWith(end)
            && fits(w.charAt(cut - 1) == 'ь' ? w.charAt(cut - 2) : w.charAt(cut - 1), e[1])
            && !(end.equals("тан") && w.charAt(cut - 1) == 'с')) { // -стан is no ablative
          alt.add(dropFinalVowel(w)); // the ending may be part of the word (Қарағанды)
          w = w.substring(0, cut);
          break;
        }
      }
      // 3rd person possessive: -сы/-сі after a vowel (Республикасы), -ы/-і after a consonant
      int n = w.length();
      if (n >= MIN_STEM + 2
          && (w.endsWith("сы") || w.endsWith("сі"))
          && isVowel(w.charAt(n - 3))) {
        alt.add(dropFinalVowel(w)); // or a stem in -с: Конгресі, Құрылысы
        w = w.substring(0, n - 2);
      }
      return dropFinalVowel(w);
    }
    m = RU_PATRONYMIC.matcher(w);
    if (m.matches()) {
      return nameRoot(m.group(1));
    }
    m = RU_SURNAME.matcher(w);
    if (m.matches()) {
      return nameRoot(m.group(1));
    }
    m = RU_SKIY.matcher(w);
    if (m.matches()) {
      return dropFinalVowel(m.group(1));
    }
    for (String end : RU_ENDINGS) {
      int cut = w.length() - end.length();
      // two-letter endings need a 4-letter stem: Касым, Карим, Казах keep their last letters
      if (cut >= (end.length() == 1 ? MIN_STEM : MIN_STEM + 1) && w.endsWith(end)) {
        if (end.length() > 1) {
          alt.add(w); // Рустем, Муслим, Мариям
        }
        return w.substring(0, cut);
      }
    }
    return w;
  }

  /** Root before a name suffix: -ай/-ей loses its й (Жұмабайұлы ↔ Жумабаев), then a last vowel. */
  private static String nameRoot(String r) {
    int n = r.length();
    if (n > MIN_STEM && r.charAt(n - 1) == 'й' && isVowel(r.charAt(n - 2))) {
      r = r.substring(0, n - 1);
    }
    return dropFinalVowel(r);
  }

  private static String dropFinalVowel(String r) {
    int n = r.length();
    if (n > MIN_STEM && (isVowel(r.charAt(n - 1)) || r.charAt(n - 1) == 'ь')) {
      return r.substring(0, n - 1);
    }
    return r;
  }

  // ---- skeleton and key --------------------------------------------------------------------

  /** Spelling skeleton of a stem: ь/ъ dropped, й/ы→и, э→е, я/ю→иа/иу, дж→ж, doubles once. */
  public static String skeleton(String stem) {
    StringBuilder b = new StringBuilder(stem.length() + 2);
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      switch (c) {
        case 'ь':
        case 'ъ':
          continue;
        case 'й':
        case 'ы':
        case 'і':
          c = 'и';
          break;
        case 'э':
          c = 'е';
          break;
        case 'я':
          append(b, 'и');
          c = 'а';
          break;
        case 'ю':
          append(b, 'и');
          c = 'у';
          break;
        case 'ж':
          if (b.length() > 0 && b.charAt(b.length() - 1) == 'д') {
            b.setLength(b.length() - 1);
          }
          break;
        default:
          break;
      }
      append(b, c);
    }
    return b.toString();
  }

  private static void append(StringBuilder b, char c) {
    if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
      b.append(c);
    }
  }

  /** Consonant class of a skeleton letter, 0 for a vowel, -1 for anything else. */
  private static char consonantClass(char c) {
    switch (c) {
      case 'б':
      case 'п':
        return 'p';
      case 'в':
      case 'ф':
        return 'f';
      case 'г':
      case 'к':
      case 'х':
        return 'k';
      case 'д':
      case 'т':
        return 't';
      case 'ж':
      case 'ш':
      case 'щ':
      case 'ч':
        return 'j';
      case 'з':
      case 'с':
      case 'ц':
        return 's';
      case 'л':
        return 'l';
      case 'м':
        return 'm';
      case 'н':
        return 'n';
      case 'р':
        return 'r';
      case 'а':
      case 'е':
      case 'и':
      case 'о':
      case 'у':
        return 0;
      default:
        return (char) -1;
    }
  }

  private static char vowelClass(char c) {
    switch (c) {
      case 'а':
        return 'a';
      case 'е':
        return 'e';
      case 'о':
      case 'у':
        return 'u';
      default:
        return 'i';
    }
  }

  /**
   * The word with э after a consonant read as ә, or null if it has none. Russian and Kazakh write
   * э after a consonant only in a few loanwords (мэр, рэкет); in names it is the Soviet spelling of
   * ә (Ауэзов for Әуезов), and OCR reads a blurred ә as э (Лэтіпулы, Мэскеу).
   */
  public static String openE(String term) {
    char[] c = null;
    for (int i = 1; i < term.length(); i++) {
      if (term.charAt(i) == 'э' && Letters.isCyrillic(term.charAt(i - 1))
          && "аәеиоөұүыіэюяёу".indexOf(term.charAt(i - 1)) < 0) {
        if (c == null) {
          c = term.toCharArray();
        }
        c[i] = 'ә';
      }
    }
    return c == null ? null : new String(c);
  }

  private static List<String> stemsOf(String folded, boolean kazakh) {
    List<String> l = new ArrayList<>(2);
    stems(folded, kazakh, l);
    return l;
  }

  /** Consonants a key must have before it may drop the vowels. */
  static final int KEY_CONSONANTS = 4;

  /**
   * Phonetic key of a skeleton (without {@link #KEY_PREFIX}), or null if too short. Four or more
   * consonant classes: the consonants alone (an initial vowel as {@code a}); fewer: consonants plus
   * the class (а / е / и,ы,і / о,у) of the first vowel, or, for two consonants or fewer, of every
   * vowel — three-consonant keys without vowels merged Бекетов with погода and Зейнулла with знал.
   */
  public static String key(String skel) {
    StringBuilder cons = new StringBuilder();
    StringBuilder first = new StringBuilder();
    StringBuilder full = new StringBuilder();
    boolean lastWasVowel = false;
    boolean seenVowel = false;
    int consonants = 0;
    int n = skel.length();
    for (int i = 0; i < n; i++) {
      char c = skel.charAt(i);
      char k = consonantClass(c);
      if (k == (char) -1) {
        continue;
      }
      if (c == 'у') {
        boolean prevVowel = i > 0 && consonantClass(skel.charAt(i - 1)) == 0;
        boolean nextVowel = i + 1 < n && consonantClass(skel.charAt(i + 1)) == 0;
        if (!prevVowel && nextVowel) {
          k = 'f'; // Садуақас ↔ Садвокас, Уәли ↔ Вали
        }
      }
      if (k == 0) {
        char v = vowelClass(c);
        if (i == 0) {
          cons.append('a');
        }
        if (!seenVowel) {
          first.append(v);
          seenVowel = true;
        }
        lastWasVowel = true;
        appendKey(full, v);
      } else {
        if (lastWasVowel || cons.length() == 0 || cons.charAt(cons.length() - 1) != k) {
          cons.append(k);
          first.append(k);
          consonants++;
        }
        lastWasVowel = false;
        appendKey(full, k);
      }
    }
    if (consonants >= KEY_CONSONANTS) {
      return cons.toString();
    }
    if (consonants == KEY_CONSONANTS - 1) {
      return first.toString();
    }
    return full.length() >= 3 ? full.toString() : null;
  }

  private static void appendKey(StringBuilder b, char c) {
    if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
      b.append(c);
    }
  }

  /**
   * The variant terms of one lower-case token (Cyrillic, or anything else which passes unchanged):
   * the skeleton of its name stem, then {@code ~key} if the key is long enough. Empty list: keep
   * the token as it is.
   */
  public static void variants(String term, boolean withKey, List<String> out) {
    if (!Letters.isCyrillicWord(term)) {
      return;
    }
    boolean kazakh = Letters.hasKazakhOnly(term);
    List<String> stems = new ArrayList<>(2);
    stems(fold(term), kazakh, stems);
    String ae = openE(term);
    if (ae != null) {
      // Soviet spelling or OCR's reading of ә: Ауэзов / Әуезов, Лэтіпулы / Ләтіпұлы
      for (String st : stemsOf(fold(ae), true)) {
        if (!stems.contains(st)) {
          stems.add(st);
        }
      }
    }
    List<String> keys = new ArrayList<>(2);
    for (String st : stems) {
      String skel = skeleton(st);
      out.add(skel);
      if (withKey) {
        String k = key(skel);
        if (k != null) {
          keys.add(KEY_PREFIX + k);
        }
      }
    }
    out.addAll(keys);
  }
}
