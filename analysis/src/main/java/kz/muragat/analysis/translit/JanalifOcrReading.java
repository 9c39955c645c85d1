package kz.muragat.analysis.translit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import kz.muragat.analysis.kk.KazakhStemmer;

/**
 * Cyrillic readings of a Jaŋalif word as an OCR model without Jaŋalif's letters wrote it. Tesseract's
 * {@code uzb} model, which reads Jaŋalif pages, has none of {@code ə ʙ ƣ ƶ ŋ ɵ}: it writes {@code z}
 * for ƶ, {@code n} for ŋ, {@code s} for ş, {@code d}, {@code q} or {@code a} for ƣ, {@code e} for ɵ,
 * {@code o} for ə, and its {@code b} becomes {@code ƅ} (ы) in the page's clean-up also where it was
 * ʙ (б). So {@code zƅlƅ} is жылы, {@code tudan} туған, {@code ystiginin} үштігінің.
 *
 * <p>The word is cut into letters (the digraphs {@code ij ja ju jo ts} as {@link JanalifToCyrillic}
 * reads them), each with the Cyrillic letters it may stand for and a cost: -log10 of the share of
 * that letter among the printed letters the model read so ({@link #CONFUSIONS}, measured, see
 * analysis/README.md), and for the spelling's own ambiguities (Jaŋalif writes ұ and у as {@code u},
 * е and э as {@code e}, ц as {@code ts}) one tenth. Readings are tried cheapest first, within
 * {@link #MAX_EXTRA} of the plain reading; one that mixes back and front vowels more than the plain
 * reading does is skipped (Kazakh vowel harmony), and at most {@link #MAX_LOOKUPS} are looked up.
 * A reading the Kazakh lexicon confirms — it lists the word, or the stemmer reaches a listed stem —
 * is kept, if it costs at most {@link #MARGIN} more than the cheapest one the lexicon lists as a
 * noun or a noun's plain inflection ({@code listed}). The result is
 * the plain reading ({@link JanalifToCyrillic#convert}) and up to {@link #MAX_READINGS} − 1
 * confirmed others, cheapest first. The readings of up to {@value #CACHE} words are remembered (then
 * forgotten at once).
 */
public final class JanalifOcrReading {
  /** Readings given per word, the plain reading included. */
  public static final int MAX_READINGS = 4;

  /** Lexicon lookups per word at most. */
  static final int MAX_LOOKUPS = 256;

  /** How much more than the plain reading a reading may cost: three likely confusions. */
  static final double MAX_EXTRA = 3.0;

  /** How much more than the cheapest confirmed reading another confirmed one may cost. */
  static final double MARGIN = 1.5;

  /** Cost of the reading a spelling ambiguity of Jaŋalif itself makes less likely (у for u where ұ stands, э, тс). */
  static final double SPELLING = 1.0;

  /**
   * What the {@code uzb} model's letters (after the page clean-up) were printed as, with costs:
   * {@code janalif_confusions.py count} on 120 generated Jaŋalif pages of hunspell-kk words
   * (7,533 aligned word pairs; confusions seen at least 5 times that are 1% or more of what was
   * printed where the letter was read, or of what the printed letter was read as — ə is read as a,
   * s or e in 14%, 12% and 11% of its places, though those are under 1% of all a, s and e read).
   * Each entry: the letter read, then pairs of a Jaŋalif letter and -log10 of its share among what
   * was printed there.
   */
  static final String[][] CONFUSIONS = {
    {"a", "a0.0", "ƣ1.7", "ə2.3"},
    {"ƅ", "ƅ0.0", "ʙ1.0"},
    {"e", "e0.1", "ɵ1.1", "ʙ1.7", "ə2.1"},
    {"n", "n0.1", "ŋ0.7", "ƣ1.8"},
    {"s", "s0.2", "ş0.5", "ə2.0", "ʙ2.2", "ɵ2.9"},
    {"d", "d0.1", "ƣ0.9"},
    {"q", "q0.0", "ƣ1.4"},
    {"m", "m0.0", "ƣ1.8"},
    {"z", "z0.3", "ƶ0.3"},
    {"o", "o0.1", "ə1.0", "ƣ1.6", "ɵ2.3"},
    {"p", "p0.0", "ʙ1.8", "ŋ1.9", "ƅ2.0"},
    {"g", "g0.0", "q1.5"},
    {"y", "y0.0", "ŋ1.0"},
    {"f", "f0.0", "ƅ1.2"},
    {"h", "ƅ0.2", "ş0.4"},
  };

  /** The same for a word's first letter, where it differs (mostly a capital letter read). */
  static final String[][] FIRST_LETTER = {
    {"s", "s0.2", "ş0.4", "ə1.8", "ʙ1.9"},
    {"q", "q0.0", "ƣ1.8"},
    {"z", "ƶ0.1", "z0.9"},
    {"a", "a0.0", "ə2.0"},
    {"e", "e0.2", "ɵ0.7", "ʙ1.0"},
    {"ƅ", "ʙ0.2", "ƅ0.5"},
    {"o", "o0.1", "ə0.7", "ɵ1.5"},
    {"g", "g0.1", "q1.2"},
  };

  private static final String FRONT = "әеөүі";
  private static final String BACK = "аоұы";

  /** What a read letter may stand for: Cyrillic strings by cost, cheapest first, and which one the plain reading gives. */
  private static final class Unit {
    final String[] text;
    final double[] cost;
    final int plain;

    Unit(String[] text, double[] cost, int plain) {
      this.text = text;
      this.cost = cost;
      this.plain = plain;
    }

    static Unit only(String text) {
      return new Unit(new String[] {text}, new double[] {0}, 0);
    }
  }

  private final KazakhStemmer stemmer;
  private final List<String> stems = new ArrayList<>();
  /** Words whose readings are kept (a page repeats its words); then the memory starts again. */
  static final int CACHE = 4096;

  private final Map<String, List<String>> cache = new HashMap<>();
  /** Lookups the last {@link #read} made (for tests). */
  int lastLookups;

  public JanalifOcrReading(KazakhStemmer stemmer) {
    this.stemmer = stemmer;
  }

  /** Whether the Kazakh lexicon confirms a Cyrillic word: it lists it, or the stemmer reaches a listed stem. */
  public boolean confirmed(String cyrillic) {
    stems.clear();
    return stemmer.lexicon().isNoun(cyrillic) || stemmer.stem(cyrillic, stems);
  }

  /**
   * Whether the lexicon lists a Cyrillic word as a noun, or as a noun's plain inflection (plural,
   * possessive, case): a surer confirmation than a stem the stemmer reaches through verb or
   * derivational suffixes, which many misreadings find too (қасыр as қас + -ыр, where ғасыр
   * "century" was printed). Only such readings bound how much dearer the others may be.
   */
  private boolean listed(String cyrillic) {
    stems.clear();
    return stemmer.stemName(cyrillic, stems);
  }

  /**
   * Adds the readings of a lower-case Jaŋalif word (only {@link JanalifToCyrillic#isJanalifLetter}
   * letters and non-letters) to out: its plain reading first, then up to three others the lexicon
   * confirms, cheapest first.
   */
  public void read(String word, List<String> out) {
    List<String> known = cache.get(word);
    if (known != null) {
      lastLookups = 0;
      out.addAll(known);
      return;
    }
    int start = out.size();
    search(word, out);
    if (cache.size() >= CACHE) cache.clear();
    cache.put(word, List.copyOf(out.subList(start, out.size())));
  }

  private void search(String word, List<String> out) {
    lastLookups = 0;
    String plain = JanalifToCyrillic.convert(word);
    int start = out.size();
    out.add(plain);
    List<Unit> units = units(word);
    if (units == null) return;
    List<Unit> open = new ArrayList<>();
    double plainExtra = 0;
    for (Unit u : units) {
      if (u.text.length > 1) {
        open.add(u);
        plainExtra += u.cost[u.plain] - u.cost[0];
      }
    }
    if (open.isEmpty()) return;
    int plainDisharmony = disharmony(plain);
    double best = listed(plain) ? plainExtra : Double.NaN;
    int lookups = 1;
    lastLookups = lookups;
    // cheapest first over the choices of the ambiguous letters; a state's children raise one
    // letter's choice at or after the last one raised, so each state is reached once
    PriorityQueue<State> queue = new PriorityQueue<>();
    queue.add(new State(new int[open.size()], 0, 0));
    StringBuilder sb = new StringBuilder();
    // readings the lexicon lists (as a noun or its plain inflection) come before ones only the
    // stemmer confirms: the slots are not filled by cheap misreadings the stemmer finds a verb in
    List<String> listed = new ArrayList<>();
    List<String> stemmed = new ArrayList<>();
    while (!queue.isEmpty() && lookups < MAX_LOOKUPS && 1 + listed.size() < MAX_READINGS) {
      State s = queue.poll();
      if (s.extra > plainExtra + MAX_EXTRA || (!Double.isNaN(best) && s.extra > best + MARGIN)) break;
      for (int j = s.pivot; j < open.size(); j++) push(queue, open, s, j);
      sb.setLength(0);
      int k = 0;
      for (Unit u : units) sb.append(u.text.length > 1 ? u.text[s.choice[k++]] : u.text[0]);
      String reading = sb.toString();
      if (reading.equals(plain) || disharmony(reading) > plainDisharmony || listed.contains(reading) || stemmed.contains(reading)) continue;
      lastLookups = ++lookups;
      if (listed(reading)) {
        if (Double.isNaN(best) || s.extra < best) best = s.extra;
        listed.add(reading);
      } else if (confirmed(reading)) {
        stemmed.add(reading);
      }
    }
    for (String r : listed) out.add(r);
    for (int i = 0; i < stemmed.size() && out.size() - start < MAX_READINGS; i++) out.add(stemmed.get(i));
  }

  private static void push(PriorityQueue<State> queue, List<Unit> open, State s, int j) {
    Unit u = open.get(j);
    int c = s.choice[j];
    if (c + 1 >= u.text.length) return;
    int[] next = Arrays.copyOf(s.choice, s.choice.length);
    next[j] = c + 1;
    queue.add(new State(next, s.extra - u.cost[c] + u.cost[c + 1], j));
  }

  private static final class State implements Comparable<State> {
    final int[] choice;
    final double extra;
    final int pivot;

    State(int[] choice, double extra, int pivot) {
      this.choice = choice;
      this.extra = extra;
      this.pivot = pivot;
    }

    @Override
    public int compareTo(State o) {
      return Double.compare(extra, o.extra);
    }
  }

  /** How many vowels a word has of the harmony class it has fewer of. */
  static int disharmony(String cyrillic) {
    int front = 0, back = 0;
    for (int i = 0; i < cyrillic.length(); i++) {
      char c = cyrillic.charAt(i);
      if (FRONT.indexOf(c) >= 0) front++;
      else if (BACK.indexOf(c) >= 0) back++;
    }
    return Math.min(front, back);
  }

  /**
   * The word's letters with their options, as {@link JanalifToCyrillic#convert} cuts it; options
   * after the first are sorted by cost. Null if the word is too long to search (each letter's plain
   * reading is then all it gets).
   */
  static List<Unit> units(String word) {
    int n = word.length();
    if (n > 40) return null;
    List<Unit> units = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      char next = i + 1 < n ? word.charAt(i + 1) : 0;
      if (c == 't' && next == 's') {
        units.add(new Unit(new String[] {"ц", "тс"}, new double[] {0, SPELLING}, 0));
        i++;
      } else if ((c == 'j' && "auo".indexOf(next) >= 0)
          || ("iƅь".indexOf(c) >= 0 && next == 'j' && JanalifToCyrillic.convert(word.substring(i, Math.min(n, i + 3))).charAt(0) == 'и')) {
        units.add(Unit.only(JanalifToCyrillic.convert(word.substring(i, i + 2))));
        i++;
      } else if (c == 'y' && next == 'n' && i + 2 == n && i > 0) {
        // a word-final ŋ the model writes as y and n (ƣƅlƅmƅnƅŋ read aƅlƅmƅnƅyn): y's own share
        // of ŋ, n following it
        String[] y = row(CONFUSIONS, 'y');
        double toNg = Double.parseDouble(y[y.length - 1].substring(1));
        units.add(new Unit(new String[] {JanalifToCyrillic.convert("yn"), "ң"}, new double[] {0, toNg}, 0));
        i++;
      } else if (c == 'u') {
        char prev = i > 0 ? word.charAt(i - 1) : 0;
        boolean u = (prev != 0 && JanalifToCyrillic.isVowel(prev)) || next == 0 || JanalifToCyrillic.isVowel(next);
        units.add(new Unit(u ? new String[] {"у", "ұ"} : new String[] {"ұ", "у"}, new double[] {0, SPELLING}, 0));
      } else {
        units.add(letter(c, i == 0));
      }
    }
    return units;
  }

  private static Unit letter(char c, boolean initial) {
    String plain = JanalifToCyrillic.convert(String.valueOf(c));
    List<String> text = new ArrayList<>();
    List<Double> cost = new ArrayList<>();
    // a first letter may be misread as the word's first letter is, or as the letter is anywhere
    List<String> entries = new ArrayList<>();
    String[] first = initial ? row(FIRST_LETTER, c) : null;
    String[] any = row(CONFUSIONS, c);
    if (first != null) entries.addAll(Arrays.asList(first).subList(1, first.length));
    if (any != null) entries.addAll(Arrays.asList(any).subList(1, any.length));
    entries.sort(Comparator.comparingDouble(e -> Double.parseDouble(e.substring(1))));
    for (String e : entries) {
      String l = JanalifToCyrillic.convert(e.substring(0, 1));
      if (text.contains(l)) continue; // b and ʙ are both б, a letter in both rows: the cheaper counts
      text.add(l);
      cost.add(Double.parseDouble(e.substring(1)));
    }
    if (!text.contains(plain)) {
      text.add(0, plain);
      cost.add(0, text.size() > 1 ? cost.get(0) : 0.0);
    }
    if (c == 'e' && initial) {
      text.add("э");
      cost.add(cost.get(text.indexOf("е")) + SPELLING);
    }
    if (text.size() == 1) return Unit.only(plain);
    Integer[] order = new Integer[text.size()];
    for (int k = 0; k < order.length; k++) order[k] = k;
    Arrays.sort(order, (x, y) -> Double.compare(cost.get(x), cost.get(y)));
    String[] t = new String[order.length];
    double[] v = new double[order.length];
    int p = 0;
    for (int k = 0; k < order.length; k++) {
      t[k] = text.get(order[k]);
      v[k] = cost.get(order[k]);
      if (t[k].equals(plain)) p = k;
    }
    return new Unit(t, v, p);
  }

  private static String[] row(String[][] table, char c) {
    for (String[] row : table) if (row[0].charAt(0) == c) return row;
    return null;
  }
}
