package kz.muragat.analysis.kk;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based Kazakh stemmer with a lexicon to choose among candidate stems.
 *
 * <p>Suffixes are stripped right to left following Kazakh morphotactics (nouns: stem · plural ·
 * possessive · case · predicative person; verbs: stem · voice* · negation · tense/aspect/participle/
 * converb/infinitive · person, participles and infinitives continuing with the noun slots). Each
 * suffix variant states what it may follow: vowel harmony (back а о ұ ы / front ә е ө ү і, by the
 * last harmonic vowel of what precedes) and consonant assimilation (vowel / sonorant / voiced /
 * voiceless final decide between л-, д-, т-, н- forms, ғ/қ, м/б/п...). Every path that reaches a
 * stem yields a candidate; a candidate is "known" if the lexicon has it after final consonant
 * restoration (кітаб → кітап, жүрег → жүрек, тарағ → тарақ), restoration of an elided vowel (орн →
 * орын, ауз → ауыз) or, for verbs, dropping a stem-final ы/і contracted in the infinitive (оқы →
 * оқ(у)).
 *
 * <p>Choice: hunspell-kk also lists inflected forms, so the whole word is only one candidate among
 * others. Candidates are ranked by the number of doubtful suffixes they need (passive, reflexive,
 * reciprocal, word-final -а/-е/-й, 1st/2nd singular possessive, -р/-ар, imperative -шы; the whole
 * word counts as one), then by the shortest stem; a listed word the list inflects itself is beaten
 * only by a split with no doubtful suffix, and keeps itself beside a noun split. A listed converb
 * in -а/-е/-й also gives its verb (айта → айта, айт). For a passive verb the root under the passive
 * suffix is emitted too (ақталды → ақтал, ақта, so that ақтау meets ақталды); causatives are not
 * stripped (оқыт, өткіз are lexical verbs). Verb stems are written without a contracted final ы/і
 * (оқыды, оқу → оқ) and stems with final б/г/ғ restored to п/к/қ. When the word list knows only the
 * whole form, or nothing, the stem from plain inflection (plural, possessive, case, -ды/-ған...)
 * is added or used, keeping at least 3 letters. Instances are immutable and thread-safe.
 */
public final class KazakhStemmer {
  static final String VOWELS = "аәеиоөұүыіэюяё";
  static final String BACK = "аоұыяё";
  static final String FRONT = "әеөүіэ";

  // contexts: what the preceding letter must be
  private static final int ANY = 0, V = 1, C = 2, R = 3, D = 4, Z = 5, T = 6, NAS = 7, JZ = 8,
      VZ = 9, VZN = 10, RL = 11, DNL = 12, VN = 13, ZN = 14, L = 15;

  // categories
  static final int END = 0, PL = 1, POSS1 = 2, POSSP = 3, POSS3 = 4, CASE = 5, CASE3 = 6,
      DATA = 7, LOC = 8, LOC3 = 9, LOCADJ = 10, PRED = 11, SIM = 12, SIM3 = 13, PRIV = 14,
      VOICE = 15, NEG = 16, FUTNEG = 17, PAST = 18, COND = 19, PRES = 20, PRES3 = 21, PTCP = 22,
      CONV = 23, EVID = 24, IMP = 25, PERS = 26, RECIP = 27, TEMP = 28, NCAT = 29;

  private static final String[] SPEC = new String[NCAT];
  private static final int[][] FOLLOW = new int[NCAT][];
  private static final boolean[] NOUN_FIRST = new boolean[NCAT];
  private static final boolean[] VERB_FIRST = new boolean[NCAT];
  private static final boolean[] SAFE = new boolean[NCAT];

  static {
    SPEC[PL] = "лар/лер:R дар/дер:D тар/тер:T";
    SPEC[POSS1] = "м/ң:V ым/ім/ың/ің:C";
    SPEC[POSSP] = "мыз/міз/ңыз/ңіз:V ымыз/іміз/ыңыз/іңіз:C";
    SPEC[POSS3] = "сы/сі:V ы/і:C";
    SPEC[CASE] =
        "ның/нің:VN дың/дің:ZN тың/тің:T ға/ге:VZ қа/ке:T ны/ні:V ды/ді:Z ты/ті:T"
            + " дан/ден:VZN нан/нен:NAS тан/тен:T мен/менен:VZ бен/бенен:JZ пен/пенен:T";
    SPEC[CASE3] = "ның/нің/на/не/н/нан/нен/мен/менен:V";
    SPEC[DATA] = "а/е:ANY";
    SPEC[LOC] = "да/де:VZ та/те:T";
    SPEC[LOC3] = "нда/нде:V";
    SPEC[LOCADJ] = "ғы/гі:V";
    SPEC[PRED] =
        "мын/мін/мыз/міз:VZ бын/бін/быз/біз:JZ пын/пін/пыз/піз:T"
            + " сың/сің/сыз/сіз/сыңдар/сіңдер/сыздар/сіздер:ANY";
    SPEC[SIM] = "дай/дей:VZ тай/тей:T";
    // -ғы/-гі adjectives (жылғы, ішкі, негізгі) are lexical words of their own: not a noun-first
    // suffix; only after the locative (-дағы) is -ғы stripped (LOCADJ)
    SPEC[TEMP] = "ғы/гі:VZ қы/кі:T";
    SPEC[SIM3] = "ндай/ндей:V";
    SPEC[PRIV] = "сыз/сіз:ANY";
    // passive, reflexive, reciprocal; causatives (-дыр, -ғыз, -т) make new lexical verbs
    // (оқы → оқыт, өт → өткіз) and are not stripped
    // passive (-ыл/-іл/-л, -ын/-ін after л): its root is also emitted (ақталды → ақта)
    SPEC[VOICE] = "ыл/іл:C л:V ын/ін:L";
    // reflexive and reciprocal: stripped to find the stem, but they make lexical verbs
    // (қатыс, сөйлес, атан), so their roots are not emitted
    SPEC[RECIP] = "ын/ін/ыс/іс:C н/с:V";
    SPEC[NEG] = "ма/ме:RL ба/бе:DNL па/пе:T";
    SPEC[FUTNEG] = "с:V";
    SPEC[PAST] = "ды/ді:VZ ты/ті:T";
    SPEC[COND] = "са/се:ANY";
    SPEC[PRES] = "а/е:C й:V";
    SPEC[PRES3] = "ды/ді:ANY";
    SPEC[PTCP] =
        "ған/ген:VZ қан/кен:T атын/етін:C йтын/йтін:V ар/ер:C р:V мақ/мек:VZ бақ/бек:JZ"
            + " пақ/пек:T у/ушы/уші:ANY ғалы/гелі:VZ қалы/келі:T ғанша/генше:VZ қанша/кенше:T";
    SPEC[CONV] = "ып/іп:C п:V";
    SPEC[EVID] = "ты/ті:ANY";
    // imperative: 3rd person, 1st person, -шы; 2nd person polite and plural (беріңіз, жасаңыздар)
    SPEC[IMP] =
        "сын/сін:ANY айын/ейін/айық/ейік:C йын/йін/йық/йік:V шы/ші:ANY"
            + " ыңыз/іңіз/ыңдар/іңдер/ыңыздар/іңіздер:C ңыз/ңіз/ңдар/ңдер/ңыздар/ңіздер:V";
    SPEC[PERS] = "м/ң/қ/к/ңыз/ңіз/ңдар/ңдер/ңыздар/ңіздер:V";

    int[] nounTail = {PL, POSS1, POSSP, POSS3, CASE, LOC, PRED, SIM, END};
    FOLLOW[PL] = new int[] {POSS1, POSSP, POSS3, CASE, LOC, PRED, SIM, END};
    FOLLOW[POSS1] = new int[] {DATA, CASE, LOC, END};
    FOLLOW[POSSP] = new int[] {CASE, LOC, END};
    FOLLOW[POSS3] = new int[] {CASE3, LOC3, SIM3, END};
    FOLLOW[CASE] = new int[] {END};
    FOLLOW[CASE3] = new int[] {END};
    FOLLOW[DATA] = new int[] {END};
    FOLLOW[LOC] = new int[] {LOCADJ, END};
    FOLLOW[LOC3] = new int[] {LOCADJ, END};
    FOLLOW[LOCADJ] = new int[] {PL, CASE, LOC, END};
    FOLLOW[PRED] = new int[] {END};
    FOLLOW[SIM] = new int[] {END};
    FOLLOW[TEMP] = new int[] {PL, CASE, LOC, END};
    FOLLOW[SIM3] = new int[] {END};
    FOLLOW[PRIV] = new int[] {PL, POSS1, POSSP, POSS3, CASE, LOC, PRED, END};
    FOLLOW[VOICE] = new int[] {VOICE, RECIP, NEG, PAST, COND, PRES, PTCP, CONV, IMP, END};
    FOLLOW[RECIP] = FOLLOW[VOICE];
    FOLLOW[NEG] = new int[] {FUTNEG, PAST, COND, PRES, PTCP, CONV, IMP, END};
    FOLLOW[FUTNEG] = nounTail;
    FOLLOW[PAST] = new int[] {PERS, END};
    FOLLOW[COND] = new int[] {PERS, END};
    FOLLOW[PRES] = new int[] {PRES3, PRED, END};
    FOLLOW[PRES3] = new int[] {END};
    FOLLOW[PTCP] = nounTail;
    FOLLOW[CONV] = new int[] {EVID, PRED, END};
    FOLLOW[EVID] = new int[] {PERS, PRED, END};
    FOLLOW[IMP] = new int[] {END};
    FOLLOW[PERS] = new int[] {END};
    for (int c : new int[] {PL, POSS1, POSSP, POSS3, CASE, LOC, PRED, SIM, PRIV}) {
      NOUN_FIRST[c] = true;
    }
    for (int c : new int[] {VOICE, RECIP, NEG, PAST, COND, PRES, PTCP, CONV, IMP}) {
      VERB_FIRST[c] = true;
    }
    for (int c : new int[] {PL, POSSP, POSS3, CASE, CASE3, LOC, LOC3, PRES3, PRES, NEG}) {
      SAFE[c] = true;
    }
  }

  /** A parsed suffix variant. */
  private static final class Sfx {
    final String form;
    final int ctx;
    final int harmony; // 1 back, 2 front, 0 neutral

    Sfx(String form, int ctx) {
      this.form = form;
      this.ctx = ctx;
      // the instrumental -мен/-бен/-пен(ен) does not take part in vowel harmony
      this.harmony = form.matches("[мбп]ен(ен)?") ? 0 : harmonyOf(form, true);
    }
  }

  private static final Sfx[][] SFX = new Sfx[NCAT][];
  // for each category, the categories X with cat ∈ FOLLOW[X] (X may stand left of cat)
  private static final int[][] LEFT_OF = new int[NCAT][];

  static {
    for (int c = 1; c < NCAT; c++) {
      List<Sfx> l = new ArrayList<>();
      for (String group : SPEC[c].split(" ")) {
        int colon = group.indexOf(':');
        int ctx = ctxOf(group.substring(colon + 1));
        for (String f : group.substring(0, colon).split("/")) {
          l.add(new Sfx(f, ctx));
        }
      }
      SFX[c] = l.toArray(new Sfx[0]);
    }
    for (int c = 0; c < NCAT; c++) {
      List<Integer> l = new ArrayList<>();
      for (int x = 1; x < NCAT; x++) {
        for (int f : FOLLOW[x]) {
          if (f == c) {
            l.add(x);
          }
        }
      }
      LEFT_OF[c] = l.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static int ctxOf(String s) {
    switch (s) {
      case "ANY":
        return ANY;
      case "V":
        return V;
      case "C":
        return C;
      case "R":
        return R;
      case "D":
        return D;
      case "Z":
        return Z;
      case "T":
        return T;
      case "NAS":
        return NAS;
      case "JZ":
        return JZ;
      case "VZ":
        return VZ;
      case "VZN":
        return VZN;
      case "RL":
        return RL;
      case "DNL":
        return DNL;
      case "VN":
        return VN;
      case "L":
        return L;
      case "ZN":
        return ZN;
      default:
        throw new IllegalArgumentException(s);
    }
  }

  static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  /** Whether c is a Kazakh vowel letter (у, which is also a consonant, is not). */
  public static boolean isVowelChar(char c) {
    return isVowel(c);
  }

  private static boolean ctxOk(int ctx, char p) {
    switch (ctx) {
      case ANY:
        return true;
      case V:
        return isVowel(p);
      case C:
        return !isVowel(p);
      case R:
        return isVowel(p) || "йру".indexOf(p) >= 0;
      case D:
        return "лмнңжз".indexOf(p) >= 0;
      case Z:
        return "жзйлмнңру".indexOf(p) >= 0;
      case T:
        return "кқпстшщфхцчбвгғд".indexOf(p) >= 0;
      case NAS:
        return "мнң".indexOf(p) >= 0;
      case JZ:
        return "жз".indexOf(p) >= 0;
      case VZ:
        return isVowel(p) || "жзйлмнңру".indexOf(p) >= 0;
      case VZN:
        return isVowel(p) || "жзйлру".indexOf(p) >= 0;
      case RL:
        return isVowel(p) || "йрул".indexOf(p) >= 0;
      case DNL:
        return "жзмнң".indexOf(p) >= 0;
      case VN:
        return isVowel(p) || "мнң".indexOf(p) >= 0;
      case L:
        return p == 'л';
      case ZN:
        return "жзйлру".indexOf(p) >= 0;
      default:
        return false;
    }
  }

  /** 1 = back, 2 = front, 0 = undecided; last harmonic vowel (or first if !last). */
  static int harmonyOf(CharSequence s, boolean last) {
    int n = s.length();
    for (int k = 0; k < n; k++) {
      char c = s.charAt(last ? n - 1 - k : k);
      if (BACK.indexOf(c) >= 0) {
        return 1;
      }
      if (FRONT.indexOf(c) >= 0) {
        return 2;
      }
    }
    return 0;
  }

  static boolean hasVowel(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isVowel(s.charAt(i)) || s.charAt(i) == 'у') {
        return true;
      }
    }
    return false;
  }

  /** б → п, г → к, ғ → қ at the end of a stem. */
  public static String restoreFinal(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char last = s.charAt(s.length() - 1);
    char r;
    switch (last) {
      case 'б':
        r = 'п';
        break;
      case 'г':
        r = 'к';
        break;
      case 'ғ':
        r = 'қ';
        break;
      default:
        return s;
    }
    return s.substring(0, s.length() - 1) + r;
  }

  /**
   * A stem as written before a vowel-initial suffix: final п, к, қ are voiced to б, г, ғ (бостандық
   * → бостандығым, кітап → кітабым, шық → шығыл); the reverse of {@link #restoreFinal}.
   */
  static String voiceFinal(String s) {
    if (s.length() < 3) {
      return s; // two-letter stems are left as written
    }
    char last = s.charAt(s.length() - 1);
    int i = "пкқ".indexOf(last);
    return i < 0 ? s : s.substring(0, s.length() - 1) + "бгғ".charAt(i);
  }

  private final KazakhLexicon lexicon;

  public KazakhStemmer(KazakhLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public KazakhLexicon lexicon() {
    return lexicon;
  }

  /** One way to split a word: stem, whether it is a verb stem, suffix count, parent. */
  private static final class Cand {
    final String stem;
    final boolean verb;
    final int depth;
    final int firstCat; // category of the suffix right after the stem
    final Cand outer; // the candidate one voice suffix further out (for verbs)
    final boolean safe; // every stripped suffix is plain inflection
    int weak; // ambiguous suffixes stripped (voice, present -а/-е/-й, 1st/2nd sg possessive...)

    Cand(String stem, boolean verb, int depth, int firstCat, Cand outer, boolean safe) {
      this.stem = stem;
      this.verb = verb;
      this.depth = depth;
      this.firstCat = firstCat;
      this.outer = outer;
      this.safe = safe;
    }
  }

  /**
   * Adds the stems of a lower-case Kazakh word to out (best first). Returns true if a stem was
   * confirmed by the lexicon.
   */
  public boolean stem(String word, List<String> out) {
    if (KazakhFunctionWords.contains(word)) {
      out.add(word); // үшін "for" is not үш "three" + accusative
      return true;
    }
    int before = out.size();
    List<Cand> cands = new ArrayList<>();
    strip(word, END, 0, true, cands, null, 0);
    Cand best = null;
    String bestCanon = null;
    String self = lexicon.isNoun(word) ? word : verbCanon(word);
    boolean lexicalized = lexicon.isNoun(word) && inflections(word) >= 2;
    boolean privative =
        lexicon.isNoun(word) && (word.endsWith("сыз") || word.endsWith("сіз"));
    if (self != null) {
      // the word itself competes as a candidate with nothing stripped
      Cand selfCand = new Cand(word, !lexicon.isNoun(word), 0, END, null, true);
      // the word list also holds inflected forms, so the whole word counts as one doubtful split:
      // it beats a split ending in a doubtful suffix (қара, адам, орыс) but not a clear one (жылы)
      selfCand.weak = 1;
      cands.add(0, selfCand);
    }
    for (Cand c : cands) {
      if (c.stem.length() == 2
          && word.length() == 3
          && self != null
          && !isVowel(word.charAt(2))
          && !(c.verb && c.firstCat == CONV && SHORT_VERBS.contains(c.stem))) {
        continue; // жер is not же + р, жан is not жа + н; but деп, жеп are де, же + converb -п
      }
      String canon = canon(c, word);
      if (canon == null) {
        continue;
      }
      if (lexicalized && c.depth == 1 && !c.verb && (c.firstCat == CASE || c.firstCat == LOC)) {
        continue; // басқа is not бас + қа, өзге not өз + ге: the word inflects on its own
      }
      if (lexicalized && c.depth > 0 && c.weak >= 1) {
        // a word the list inflects itself is a stem; only a split through plain, undoubted endings
        // beats it, not one that needs a doubtful suffix too (орындық "chair" is not ор + ын + ды
        // + қ "we were dug")
        continue;
      }
      if (privative && c.depth == 1) {
        continue; // a listed -сыз/-сіз word is a derived adjective, not stem + privative/"you are"
      }
      if (best == null
          || c.weak < best.weak
          || (c.weak == best.weak && canon.length() < bestCanon.length())
          || (c.weak == best.weak
              && canon.length() == bestCanon.length()
              && c.depth > best.depth)) {
        best = c;
        bestCanon = canon;
      }
    }
    Cand rb = ruleBest(word, cands);
    String rule = rb == null ? null : restoreFinal(rb.stem);
    if (best != null) {
      out.add(restoreFinal(bestCanon));
      if (best.depth > 0 && !best.verb && lexicalized) {
        // a listed noun the list inflects itself, read as a shorter noun + endings (серпін "impulse"
        // as серп + ін, жалын "flame" as жал + ын): it is also itself, so its own forms meet it
        addNew(word, out, before);
      }
      // roots under passive/reflexive/reciprocal suffixes (ақталды → ақтал, ақта); not under the
      // whole word when it wins as it stands (ақыл is not ақ + passive -ыл)
      for (Cand c : cands) {
        if (c.verb && c != best && best.depth > 0 && (c.firstCat == VOICE || isPassiveN(c, word)) && isUnder(c, best)) {
          String canon = canon(c, word);
          if (canon != null) {
            out.add(restoreFinal(canon));
          }
        }
      }
      if (best.depth == 0 && !lexicalized) {
        addConverbStems(word, cands, out, before);
      }
      if (best.depth == 0 && rule != null && canon(rb, word) == null) {
        // the word list knows the whole form but not its stem (Иранның, Қазақстанда): add the
        // stem that plain inflection gives
        out.add(rule);
      }
      return true;
    }
    out.add(rule == null ? word : rule);
    return false;
  }

  /**
   * Stems of a word used as a name — a place or a person, capitalised inside a sentence, or a
   * proper noun of a dictionary (Қарағанды, Ақтау, Алматы): never a common root reached through a
   * verb, voice or derivational suffix (Қарағанды is not қара + ған + ды, Ақтау not ақта + у), only
   * plain inflection (plural, possessive, case) down to a stem the lexicon lists (Алматыда →
   * алматы, Ұзақтың → ұзақ), else the word itself, or the stem plain inflection gives when the
   * lexicon knows neither (Әбілұлының, Әбілұлына → әбілұл). Returns true if the lexicon confirmed
   * the stem.
   */
  public boolean stemName(String word, List<String> out) {
    if (KazakhFunctionWords.contains(word)) {
      out.add(word);
      return true;
    }
    List<Cand> cands = new ArrayList<>();
    strip(word, END, 0, true, cands, null, 0);
    Cand best = null;
    String bestCanon = null;
    // a listed word with forms of its own listed too is not a case form of a shorter word
    // (Қарағанды, listed with Қарағандыда, is not қараған "having looked" + accusative)
    boolean lexicalized = lexicon.isNoun(word) && inflections(word) >= 1;
    for (Cand c : cands) {
      if (!c.safe || c.verb || (lexicalized && c.depth == 1 && (c.firstCat == CASE || c.firstCat == LOC))) {
        continue;
      }
      String canon = nounCanon(c.stem);
      if (canon != null
          && (best == null
              || c.depth > best.depth
              || (c.depth == best.depth && canon.length() > bestCanon.length()))) {
        best = c;
        bestCanon = canon;
      }
    }
    if (best != null) {
      out.add(restoreFinal(bestCanon));
      return true;
    }
    if (lexicon.isNoun(word)) {
      out.add(word);
      return true;
    }
    Cand rb = ruleBest(word, cands);
    out.add(rb == null ? word : restoreFinal(rb.stem));
    return false;
  }

  /**
   * Stems of a word typed in a query. People search with dictionary forms, and a query word has no
   * context, so the query asks for every reading the index may have given the word:
   *
   * <ul>
   *   <li>a noun the lexicon lists together with its own inflected forms is a lemma: it asks for
   *       itself and its plain inflection ({@link #stemName}), not for a common root that {@link
   *       #stem} would reach through a verb or derivational suffix (туынды "derivative" ↛ ту "be
   *       born", орындық "chair" ↛ ор, сауда "trade" ↛ сау); any other word gets {@link #stem};
   *   <li>the word as a dictionary form itself — a noun as written, a verb stem (есті → ест) —
   *       which {@link #stem} may have ranked below an inflected reading (жалын "flame" also reads
   *       жал + ын); a verb made from a noun with the locative -да/-де (қолда "support", not қол +
   *       да) is that verb alone;
   *   <li>the word as a name ({@link #stemName}): the index reads a word capitalised inside a
   *       sentence so (Төлегеннен → төлеген, not төле + ген + нен);
   *   <li>the lemma's own forms with the doubtful endings the index keeps on (әкем "my father"
   *       stays әкем; a passive in -ыл/-іл). Not the -н form of a vowel-final verb: that is mostly
   *       another verb, reflexive (ақта "acquit" → ақтан "justify oneself", a noun too, one letter
   *       from ақпан "February"), whose roots the index does not emit either.
   * </ul>
   */
  public boolean stemQuery(String word, List<String> out) {
    if (KazakhFunctionWords.contains(word)) {
      out.add(word);
      return true;
    }
    int before = out.size();
    String verb = verbCanon(word);
    if (verb != null && lexicon.isVerb(word) && isLocativeOfNoun(word)) {
      // a verb made from a noun with -да/-де (қолда "support", қабылда "accept", айқында
      // "clarify") is typed as that verb: not as the noun's locative (қол "hand" + -да), which
      // would ask for every form of the noun
      out.add(restoreFinal(verb));
      return true;
    }
    boolean lemma = lexicon.isNoun(word) && !lexicon.isVerb(word) && inflections(word) >= 1;
    boolean known = lemma ? stemName(word, out) : stem(word, out);
    if (lexicon.isNoun(word)) {
      addNew(word, out, before);
      known = true;
    }
    if (verb != null) {
      addNew(restoreFinal(verb), out, before);
      known = true;
    }
    List<String> name = new ArrayList<>(1);
    stemName(word, name);
    addNew(name.get(0), out, before);
    int n = out.size();
    for (int i = before; i < n; i++) {
      String r = out.get(i);
      if (r.length() < 3) continue;
      boolean front = harmonyOf(r, true) == 2;
      char last = r.charAt(r.length() - 1);
      if (lexicon.isNoun(r)) {
        addNew(isVowel(last) ? r + "м" : voiceFinal(r) + (front ? "ім" : "ым"), out, before);
      }
      if (lexicon.isVerb(r) && !isVowel(last) && last != 'л') {
        addNew(voiceFinal(r) + (front ? "іл" : "ыл"), out, before);
      }
    }
    return known;
  }

  /** Whether {@code word} reads as a listed noun + the locative -да/-де/-та/-те (қолда: қол + да). */
  private boolean isLocativeOfNoun(String word) {
    if (word.length() < 5) return false;
    List<Cand> cands = new ArrayList<>();
    strip(word, END, 0, true, cands, null, 0);
    for (Cand c : cands) {
      if (!c.verb && c.depth == 1 && c.firstCat == LOC && lexicon.isNoun(c.stem)) return true;
    }
    return false;
  }

  /**
   * The stem of a known verb under a word-final converb or present -а/-е/-й (айта → айт, келе → кел,
   * сөйлей → сөйле), for a listed word that won as it stands: the word list holds many converbs as
   * words, so the whole word beats the doubtful split, but the converb is still a form of the verb.
   * Not when the whole word is itself a verb stem (қара "look" is not қар + а, өте "pay" not өт + е),
   * nor for a two-letter verb (ауа "air" is not ау + а), nor for a word the list inflects itself (the
   * caller checks that).
   */
  private void addConverbStems(String word, List<Cand> cands, List<String> out, int from) {
    if (lexicon.isVerb(word)) {
      return;
    }
    for (Cand c : cands) {
      if (c.depth == 1 && c.verb && c.firstCat == PRES) {
        String canon = verbCanon(c.stem);
        if (canon != null && canon.length() >= 3) {
          addNew(restoreFinal(canon), out, from);
        }
      }
    }
  }

  private static void addNew(String s, List<String> out, int from) {
    if (!out.subList(from, out.size()).contains(s)) {
      out.add(s);
    }
  }

  /**
   * How many inflected forms of w as a noun (plural, possessive, case, locative; harmony and
   * assimilation respected) the word list holds. The list holds many inflected forms, so a word
   * that itself takes endings there (басқаны, басқасы, өзгеге, теңгеден) is a stem of its own.
   */
  int inflections(String w) {
    int n = 0;
    char p = w.charAt(w.length() - 1);
    int h = harmonyOf(w, true);
    for (int cat : new int[] {PL, POSS3, POSSP, CASE, LOC}) {
      for (Sfx s : SFX[cat]) {
        if (ctxOk(s.ctx, p)
            && (s.harmony == 0 || h == 0 || s.harmony == h)
            && lexicon.isNoun(w + s.form)) {
          n++;
        }
      }
    }
    return n;
  }

  /** Deepest split through plain inflection only, leaving >= 3 letters and stripping >= 2. */
  private static Cand ruleBest(String word, List<Cand> cands) {
    Cand rb = null;
    for (Cand c : cands) {
      if (c.safe
          && c.depth > 0
          && c.stem.length() >= 3
          && word.length() - c.stem.length() >= 2
          && hasVowel(c.stem)) {
        if (rb == null || c.depth > rb.depth) {
          rb = c;
        }
      }
    }
    return rb;
  }

  /**
   * Whether {@code c} is a vowel-final verb under -н that is its passive: a stem with л in its
   * last syllables takes -н, not -л (сайла → сайланды "was elected", қабылда → қабылданды,
   * бағала → бағаланды), where elsewhere -н after a vowel is reflexive (ақта → ақтан).
   */
  private static boolean isPassiveN(Cand c, String word) {
    String st = c.stem;
    int n = st.length();
    return c.firstCat == RECIP
        && n >= 4
        && isVowel(st.charAt(n - 1))
        && st.substring(n - 3, n - 1).indexOf('л') >= 0
        && word.length() > n + 1
        && word.charAt(n) == 'н'
        && !isVowel(word.charAt(n + 1));
  }

  private static boolean isUnder(Cand inner, Cand outer) {
    // inner's chain continues outer's stem: inner.stem is a prefix of outer.stem
    return outer.stem.startsWith(inner.stem)
        && outer.stem.length() - inner.stem.length() <= 3
        && inner.depth > outer.depth;
  }

  private String canon(Cand c, String word) {
    if (!c.verb) {
      return nounCanon(c.stem);
    }
    String canon = verbCanon(c.stem);
    if (canon == null && beforeConsonant(c.stem, word)) {
      canon = elidedVerb(c.stem);
    }
    return canon;
  }

  /** Whether the stem stands in the word before a consonant-initial suffix. */
  private static boolean beforeConsonant(String stem, String word) {
    return word.length() > stem.length()
        && word.startsWith(stem)
        && !isVowel(word.charAt(stem.length()));
  }

  /**
   * The listed verb whose last vowel Kazakh writes before a consonant and drops before a vowel:
   * қорық-пайтын, қорық-қан are forms of қорқ- (қорқады; the list has қорқу). Only for a stem
   * written before a consonant, so еріт-етін stays еріт.
   */
  private String elidedVerb(String s) {
    int n = s.length();
    if (n < 4 || isVowel(s.charAt(n - 1)) || isVowel(s.charAt(n - 3))) {
      return null;
    }
    char v = s.charAt(n - 2);
    if (v != 'ы' && v != 'і') {
      return null;
    }
    String elided = s.substring(0, n - 2) + restoreFinal(s.substring(n - 1));
    return lexicon.isVerb(elided) ? elided : null;
  }

  /**
   * Two-letter stems: the word list is full of two-letter abbreviations and syllables, so a
   * two-letter noun stem must start with a vowel (ел, үй, ат, іс, өз) or be one of the few
   * consonant-initial ones (су, ру, ми, ту); a two-letter verb stem ending in a vowel must be one of
   * the common short verbs.
   */
  private static final java.util.Set<String> SHORT_NOUNS = java.util.Set.of("су", "ру", "ми", "ту");

  private static final java.util.Set<String> SHORT_VERBS =
      java.util.Set.of("де", "же", "жу", "қу", "ки", "ти");

  String nounCanon(String s) {
    if (s.length() < 2 || !hasVowel(s)) {
      return null;
    }
    if (s.length() == 2 && !isVowel(s.charAt(0)) && !SHORT_NOUNS.contains(s)) {
      return null;
    }
    if (lexicon.isNoun(s)) {
      return s;
    }
    String r = restoreFinal(s);
    if (r != s && lexicon.isNoun(r)) {
      return r;
    }
    int n = s.length();
    if (n >= 3 && !isVowel(s.charAt(n - 1)) && !isVowel(s.charAt(n - 2))) {
      String head = s.substring(0, n - 1);
      char v = harmonyOf(head, true) == 2 ? 'і' : 'ы';
      String ins = head + v + s.charAt(n - 1);
      if (lexicon.isNoun(ins)) {
        return ins;
      }
    }
    return null;
  }

  String verbCanon(String s) {
    if (s.length() < 2 || !hasVowel(s)) {
      return null;
    }
    if (s.length() == 2 && isVowel(s.charAt(1)) && !SHORT_VERBS.contains(s)) {
      return null;
    }
    if (lexicon.isVerb(s)) {
      return s;
    }
    String r = restoreFinal(s);
    if (r != s && lexicon.isVerb(r)) {
      return r;
    }
    int n = s.length();
    char last = s.charAt(n - 1);
    if ((last == 'ы' || last == 'і') && n >= 3 && !isVowel(s.charAt(n - 2))) {
      String head = s.substring(0, n - 1);
      if (lexicon.isVerb(head)) {
        return head;
      }
    }
    return null;
  }

  private void strip(String w, int right, int depth, boolean safe, List<Cand> out, Cand outer, int weak) {
    if (depth >= 8) {
      return;
    }
    for (int cat : LEFT_OF[right]) {
      for (Sfx s : SFX[cat]) {
        int fl = s.form.length();
        if (w.length() - fl < 2 || !w.endsWith(s.form)) {
          continue;
        }
        String stem = w.substring(0, w.length() - fl);
        tryStem(stem, cat, s, depth, safe, out, outer, weak + (isWeak(cat, s.form, depth) ? (depth == 0 ? 2 : 1) : 0));
      }
      if (cat == PRES && w.endsWith("и") && w.length() >= 3) {
        // ы/і + й written и: оқиды = оқы + й + ды
        String head = w.substring(0, w.length() - 1);
        String stem = head + (harmonyOf(head, true) == 2 ? 'і' : 'ы');
        addAndRecurse(stem, cat, depth, safe, out, outer, weak + 1);
      }
      if (cat == PTCP && w.endsWith("ю") && w.length() >= 3) {
        // й + у of the infinitive written ю: қою = қой + у, сүюге = сүй + у + ге; after и the й
        // is not written (жию = жи + у)
        String head = w.substring(0, w.length() - 1);
        addAndRecurse(head.endsWith("и") ? head : head + 'й', cat, depth, safe, out, outer, weak);
      }
    }
  }

  private void tryStem(
      String stem, int cat, Sfx s, int depth, boolean safe, List<Cand> out, Cand outer, int weak) {
    char p = stem.charAt(stem.length() - 1);
    if (!ctxOk(s.ctx, p)) {
      return;
    }
    if (s.harmony != 0) {
      int sh = harmonyOf(stem, true);
      if (sh != 0 && sh != s.harmony) {
        return;
      }
    }
    addAndRecurse(stem, cat, depth, safe, out, outer, weak, s.form.length() >= 3);
  }

  private void addAndRecurse(
      String stem, int cat, int depth, boolean safe, List<Cand> out, Cand outer, int weak) {
    addAndRecurse(stem, cat, depth, safe, out, outer, weak, false);
  }

  private void addAndRecurse(
      String stem,
      int cat,
      int depth,
      boolean safe,
      List<Cand> out,
      Cand outer,
      int weak,
      boolean safeForm) {
    boolean nowSafe = safe && (SAFE[cat] || (cat == PTCP && safeForm));
    Cand last = outer;
    if (NOUN_FIRST[cat]) {
      Cand c = new Cand(stem, false, depth + 1, cat, outer, nowSafe);
      c.weak = weak;
      out.add(c);
    }
    if (VERB_FIRST[cat]) {
      Cand c = new Cand(stem, true, depth + 1, cat, outer, nowSafe);
      c.weak = weak;
      out.add(c);
      last = c;
    }
    strip(stem, cat, depth + 1, nowSafe, out, last, weak);
  }

  /**
   * Suffixes that make a split doubtful: voice (орыс is not ор + ыс), the present/converb -а/-е/-й
   * (қара is not қар + а), 1st/2nd person singular possessive (адам is not ада + м, ғылым not ғыл +
   * ым), the aorist -р/-ар and imperatives. A split with fewer of them wins.
   */
  private static boolean isWeak(int cat, String form, int depth) {
    switch (cat) {
      case VOICE:
      case RECIP:
      case POSS1:
        return true;
      case IMP:
        return form.equals("шы") || form.equals("ші"); // көрші is not көр + ші
      case PRES:
        return depth == 0; // word-final -а/-е/-й only: before -ды/-мын it is surely verbal
      case PTCP:
        // the aorist -р/-ар; the intent participle -мақ/-мек is mostly a noun of its own (аймақ
        // "region" is not ай + мақ, ермек not ер + мек)
        return form.equals("р") || form.equals("ар") || form.equals("ер") || isIntent(form);
      default:
        return false;
    }
  }

  /** The intent participle -мақ/-мек/-бақ/-бек/-пақ/-пек. */
  private static boolean isIntent(String form) {
    return form.length() == 3 && (form.endsWith("ақ") || form.endsWith("ек"));
  }
}
