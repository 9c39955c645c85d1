package kz.muragat.facts.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
  private final Set<String> keys;
  private final char initial;

  private NameKey(Set<String> keys, char initial) {
    this.keys = keys;
    this.initial = initial;
  }

  /** The key of a name word as written (any case), or of an initial such as {@code Х.}. */
  public static NameKey of(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    char initial = lower.isEmpty() ? 0 : initialOf(lower);
    if (lower.length() <= 1) {
      return new NameKey(Set.of(), initial);
    }
    List<String> out = new ArrayList<>(4);
    NameVariants.variants(lower, true, out);
    Set<String> keys = new TreeSet<>();
    for (String v : out) {
      if (v.startsWith(NameVariants.KEY_PREFIX)) {
        keys.add(v.substring(1));
      }
    }
    if (keys.isEmpty()) {
      keys.addAll(out); // too short for a phonetic key: its spelling skeleton
    }
    if (keys.isEmpty()) {
      keys.add(NameVariants.fold(lower));
    }
    return new NameKey(keys, initial);
  }

  /** True for an initial (a single letter). */
  public boolean isInitial() {
    return keys.isEmpty();
  }

  /** The keys, sorted. */
  public Set<String> keys() {
    return keys;
  }

  /** The smallest key: what stands for the word in a person id. */
  public String canonical() {
    return keys.isEmpty() ? String.valueOf(initial) : ((TreeSet<String>) keys).first();
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
    for (String k : keys) {
      if (o.keys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Same name allowing one OCR misreading: keys meet, or two keys of five letters or more differ
   * in one letter (a substitution, insertion or deletion).
   */
  public boolean nearlySameAs(NameKey o) {
    if (sameAs(o)) {
      return true;
    }
    if (isInitial() || o.isInitial()) {
      return false;
    }
    for (String a : keys) {
      for (String b : o.keys) {
        if (Math.min(a.length(), b.length()) >= 5 && withinOneEdit(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    boolean edited = false;
    while (i < la && j < lb) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (edited) {
        return false;
      }
      edited = true;
      if (la > lb) {
        i++;
      } else if (lb > la) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return true;
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
