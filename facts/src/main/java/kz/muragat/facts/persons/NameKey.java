package kz.muragat.facts.persons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kz.muragat.analysis.names.NameVariants;

/**
 * Cross-script keys of one name word, the same for its Soviet Russian and Kazakh spellings and its
 * case forms: {@code Абильева} ↔ {@code Әбілұлы}, {@code Джапаров} ↔ {@code Жапарұлы}, {@code
 * Абулхаира} ↔ {@code Әбілқайыр}, {@code Кунтугановича} ↔ {@code Күнтуған}. They are the phonetic
 * keys of the search index's name-variant analysis ({@link NameVariants}: Kazakh letters folded,
 * name suffixes and case endings stripped, consonant classes, vowels dropped in long words), so
 * persons are linked by the same notion of "the same name" the search uses. A word has one key, or
 * two where its ending is ambiguous; two words are the same name when their keys meet. An initial
 * ({@code Х.}) has no key, only its letter.
 */
public final class NameKey {
  private final TreeSet<String> keys;
  private final TreeSet<String> skeletons;
  private final char initial;

  private NameKey(TreeSet<String> keys, TreeSet<String> skeletons, char initial) {
    this.keys = keys;
    this.skeletons = skeletons;
    this.initial = initial;
  }

  /** Recently computed keys: names repeat across pages and documents (thread-safe, bounded). */
  private static final Map<String, NameKey> CACHE = new ConcurrentHashMap<>();

  private static final int CACHE_SIZE = 50_000;

  /** The key of a name word as written (any case), or of an initial such as {@code Х.}. */
  public static NameKey of(String word) {
    NameKey k = CACHE.get(word);
    if (k == null) {
      if (CACHE.size() >= CACHE_SIZE) {
        CACHE.clear(); // simpler than LRU, and a full cache means a long run of new names
      }
      k = compute(word);
      CACHE.put(word, k);
    }
    return k;
  }

  private static NameKey compute(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    char initial = lower.isEmpty() ? 0 : initialOf(lower);
    TreeSet<String> keys = new TreeSet<>();
    TreeSet<String> skeletons = new TreeSet<>();
    if (lower.length() <= 1) {
      return new NameKey(keys, skeletons, initial);
    }
    List<String> out = new ArrayList<>(4);
    NameVariants.variants(lower, true, out);
    String folded = NameVariants.fold(lower).replace('і', 'и');
    if (!folded.equals(lower)) {
      // also read as a Russian word: OCR writes Kazakh letters into Russian names (Джаганшаөвича)
      NameVariants.variants(folded, true, out);
    }
    for (String v : out) {
      if (v.startsWith(NameVariants.KEY_PREFIX)) {
        keys.add(v.substring(1));
      } else {
        skeletons.add(v);
      }
    }
    if (skeletons.isEmpty()) {
      skeletons.add(NameVariants.fold(lower)); // not a Cyrillic word: as it is
    }
    if (keys.isEmpty()) {
      keys.addAll(skeletons); // too short for a phonetic key: its spelling skeleton
    }
    return new NameKey(keys, skeletons, initial);
  }

  /** True for an initial (a single letter). */
  public boolean isInitial() {
    return keys.isEmpty();
  }

  /** The phonetic keys, sorted (empty for an initial). */
  public Set<String> keys() {
    return Collections.unmodifiableSet(keys);
  }

  /** The smallest key (the initial for an initial): what stands for the word in a person id. */
  public String canonical() {
    return keys.isEmpty() ? String.valueOf(initial) : keys.first();
  }

  /** The folded first letter. */
  public char initial() {
    return initial;
  }

  /** Same name: keys meet; an initial agrees with a word starting with its letter. */
  public boolean sameAs(NameKey o) {
    if (isInitial() || o.isInitial()) {
      return initial == o.initial;
    }
    return meet(keys, o.keys);
  }

  /**
   * Same name allowing OCR misreadings: keys meet, or, with the same first letter, two keys of four
   * classes or more differ in one, or two spelling skeletons of five letters or more differ in up
   * to {@code edits} letters (substituted, left out or added; {@code edits} 2 needs six letters).
   */
  public boolean nearlySameAs(NameKey o, int edits) {
    if (sameAs(o)) {
      return true;
    }
    if (isInitial() || o.isInitial() || initial != o.initial) {
      return false; // OCR misreads a letter inside a name far more often than its capital
    }
    for (String a : keys) {
      for (String b : o.keys) {
        if (Math.min(a.length(), b.length()) >= 4 && Edits.within(a, b, 1)) {
          return true;
        }
      }
    }
    for (String a : skeletons) {
      for (String b : o.skeletons) {
        int shorter = Math.min(a.length(), b.length());
        int allowed = shorter >= 6 ? edits : shorter >= 5 ? Math.min(edits, 1) : 0;
        if (allowed > 0 && Edits.within(a, b, allowed)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean meet(Set<String> a, Set<String> b) {
    for (String k : a) {
      if (b.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** Folded first letter; Russian Дж (Джакупов) starts as Kazakh Ж (Жақыпұлы), Э as Е. */
  private static char initialOf(String lower) {
    String f = NameVariants.fold(lower);
    if (f.startsWith("дж")) {
      return 'ж';
    }
    char c = f.charAt(0);
    switch (c) {
      case 'э':
        return 'е';
      case 'ы':
      case 'і':
        return 'и';
      default:
        return c;
    }
  }

  @Override
  public String toString() {
    return keys.isEmpty() ? initial + "." : keys.toString();
  }
}
