package kz.muragat.facts.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of cue words, each standing for a value (a date's role, a person's role), found at the
 * starts of the words of {@link NormalizedPage#folded()}. A cue is written in folded letters in a
 * small notation:
 *
 * <ul>
 *   <li>letters: the start of a word (its stem; any ending may follow and belongs to the match);
 *       a stem of five letters or more matches {@link Fuzzy OCR-tolerantly};
 *   <li>a space: one or more white-space characters ({@code взят под стражу});
 *   <li>{@code .}: a full stop; {@code ~}: an optional space ({@code г.~р.});
 *   <li>{@code *}: the rest of a word, any letters ({@code высш* мер}: высшей мере, высшая мера);
 *   <li>{@code $} at the end: the word ends there ({@code акта$} is not {@code актив}).
 * </ul>
 *
 * No regular expressions: each word start is compared only with the cues that can begin with its
 * first two characters, so a page costs a lookup per word, whatever the number of cues. The first
 * cue (in the order they were added) that matches at a word start wins.
 *
 * @param <T> what a cue stands for
 */
public final class Cues<T> {
  /** A cue found at {@code [start, end)}. */
  public record Hit<T>(T value, int start, int end) {}

  /**
   * A cue: its notation, and for each position the characters that match there (the letter and,
   * fuzzy, its look-alikes), so matching compares characters only.
   */
  private static final class Cue<T> {
    private final String notation;
    private final boolean fuzzy;
    private final char[][] allowed;
    private final T value;
    /** The letters (or digits) before the cue's first mark: a word shorter than that cannot match. */
    private final int firstWord;

    Cue(String notation, boolean fuzzy, T value) {
      this.notation = notation;
      this.fuzzy = fuzzy;
      this.value = value;
      int w = 0;
      while (w < notation.length() && " .~*$-".indexOf(notation.charAt(w)) < 0) {
        w++;
      }
      firstWord = w;
      allowed = new char[notation.length()][];
      for (int i = 0; i < allowed.length; i++) {
        char c = notation.charAt(i);
        allowed[i] = (fuzzy && isLetter(c) ? Fuzzy.confusable(c) : String.valueOf(c)).toCharArray();
      }
    }

    String notation() {
      return notation;
    }

    /**
     * The {@link #second} slots of the characters this cue allows third, as bits; every slot if it
     * allows any character there ({@code ~ * $}, or no third character: {@code г.}).
     */
    long thirdSlots() {
      if (notation.length() < 3) {
        return -1L;
      }
      switch (notation.charAt(2)) {
        case ' ':
          return 1L << second(' '); // white space, which a normalized page writes as ' ' or '\n'
        case '.':
        case '-':
          return 1L << second(notation.charAt(2));
        default:
          if (slot(notation.charAt(2)) < 0) {
            return -1L; // ~ * $: any character may come third
          }
      }
      long bits = 0;
      for (char c : allowed[2]) {
        bits |= 1L << second(c);
      }
      return bits;
    }

    boolean fuzzy() {
      return fuzzy;
    }

    T value() {
      return value;
    }

    /** The characters a cue allows at a position (its first two are letters, digits or marks). */
    char[] allowedAt(int position) {
      return allowed[position];
    }

    boolean allows(int position, char c) {
      for (char a : allowed[position]) {
        if (a == c) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The cues that can begin with one pair of characters, in the order they were added, with what
   * a word must have for any of them to match: the {@link #second} slots of the third characters
   * they allow (every slot when one allows any there: a mark, or a cue of two characters) — most
   * words that begin like a cue differ from it at the third character, and are passed over with
   * one test — and the fewest letters before a mark among them.
   */
  private static final class Group<T> {
    final Cue<T>[] cues;
    final long third;
    final int shortest;

    Group(Cue<T>[] cues) {
      this.cues = cues;
      long bits = 0;
      int fewest = Integer.MAX_VALUE;
      for (Cue<T> c : cues) {
        bits |= c.thirdSlots();
        fewest = Math.min(fewest, c.firstWord);
      }
      this.third = bits;
      this.shortest = fewest;
    }
  }

  /**
   * Groups by their first two characters (slot of the first × {@link #second} of the second, each
   * look-alike of a fuzzy cue's first two letters too), so a word start is compared only with the
   * cues that can begin like it. Null where no cue begins so (most pairs): the table stays small
   * enough to be in the cache while a page is read.
   */
  private final Group<T>[] byStart;

  @SuppressWarnings("unchecked")
  private Cues(List<Cue<T>> cues) {
    List<Cue<T>>[] groups = new List[64 * 64];
    for (Cue<T> c : cues) {
      for (char first : c.allowedAt(0)) {
        for (char second : c.allowedAt(1)) {
          int key = slot(first) * 64 + second(second);
          if (groups[key] == null) {
            groups[key] = new ArrayList<>(2);
          }
          groups[key].add(c);
        }
      }
    }
    byStart = new Group[groups.length];
    for (int key = 0; key < groups.length; key++) {
      if (groups[key] != null) {
        byStart[key] = new Group<>(groups[key].toArray(new Cue[0]));
      }
    }
  }

  /** The third character's slot past the end of the range searched: only a cue that allows any character there can match. */
  private static final int NONE = 63;

  /** The second character's slot: a letter's or digit's {@link #slot}, else 60..63. */
  private static int second(char c) {
    int slot = slot(c);
    if (slot >= 0) {
      return slot;
    }
    if (c == '.') {
      return 60;
    }
    if (c == '-') {
      return 61;
    }
    return c == ' ' || c == '\n' ? 62 : 63; // a normalized page's only white space
  }

  /** 0..31 for а..я, 32 for ё, 33..58 for a..z, 59 for digits 0-9, -1 otherwise. */
  private static int slot(char c) {
    if (c >= 'а' && c <= 'я') {
      return c - 'а';
    }
    if (c >= 'a' && c <= 'z') {
      return 33 + c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 59;
    }
    return c == 'ё' ? 32 : -1;
  }

  /** A builder keeping the order cues are added in (the first cue that matches wins). */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Every cue on the page, in text order. */
  public List<Hit<T>> find(NormalizedPage page) {
    return find(page, 0, page.folded().length());
  }

  /** Every cue starting in {@code [from, to)} of the page; a cue may not run past {@code to}. */
  public List<Hit<T>> find(NormalizedPage page, int from, int to) {
    String folded = page.folded();
    List<Hit<T>> out = new ArrayList<>();
    int words = page.words();
    int covered = from;
    for (int k = page.firstWordFrom(from); k < words; k++) {
      int i = page.wordStart(k);
      if (i >= to) {
        break;
      }
      if (i < covered || i + 1 >= to) {
        continue; // inside the last cue (взят под стражу), or too short to be one
      }
      Group<T> group = byStart[slot(folded.charAt(i)) * 64 + second(folded.charAt(i + 1))];
      if (group == null) {
        continue;
      }
      int length = page.wordEnd(k) - i;
      int third = i + 2 < to ? second(folded.charAt(i + 2)) : NONE;
      if (length >= group.shortest && (group.third & (1L << third)) != 0) {
        for (Cue<T> cue : group.cues) {
          if (cue.firstWord > length) {
            continue; // "по" cannot be "постановлением"
          }
          int end = match(cue, folded, i, to);
          if (end >= 0) {
            out.add(new Hit<>(cue.value(), i, end));
            covered = end;
            break;
          }
        }
      }
    }
    return out;
  }

  private static boolean isLetter(char c) {
    return (c >= 'а' && c <= 'я') || c == 'ё' || (c >= 'a' && c <= 'z');
  }

  /** The end of the cue matched at {@code at}, or -1. */
  private static <T> int match(Cue<T> cue, String s, int at, int to) {
    String n = cue.notation();
    int i = at;
    for (int k = 0; k < n.length(); k++) {
      char want = n.charAt(k);
      if (want == ' ') {
        int start = i;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\n')) {
          i++;
        }
        if (i == start) {
          return -1;
        }
        continue;
      }
      if (want == '*') {
        while (i < to && isLetter(s.charAt(i))) {
          i++;
        }
        continue;
      }
      if (want == '~') {
        if (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\n')) {
          i++;
        }
        continue;
      }
      if (want == '$') {
        return i < to && isLetter(s.charAt(i)) ? -1 : i;
      }
      if (i >= to) {
        return -1;
      }
      if (!cue.allows(k, s.charAt(i))) {
        return -1;
      }
      i++;
    }
    while (i < to && isLetter(s.charAt(i))) {
      i++; // the word's ending
    }
    return i;
  }

  /** Collects cues in order. */
  public static final class Builder<T> {
    private final List<Cue<T>> cues = new ArrayList<>();

    /** Adds cues (in the notation above) standing for {@code value}. */
    public Builder<T> add(T value, String... notations) {
      for (String s : notations) {
        if (s.length() < 2 || slot(s.charAt(0)) < 0 || "~*$".indexOf(s.charAt(1)) >= 0) {
          throw new IllegalArgumentException(
              "a cue starts with a letter or digit and a second character: " + s);
        }
        long letters = s.chars().filter(ch -> isLetter((char) ch)).count();
        cues.add(new Cue<>(s, letters >= 5, value));
      }
      return this;
    }

    public Cues<T> build() {
      return new Cues<>(cues);
    }
  }
}
