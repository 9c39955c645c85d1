package kz.muragat.facts.persons;

import java.util.Arrays;

/**
 * A set of word endings, each a stem suffix followed by one of its case endings, tested by walking
 * a word's letters from its end through a trie of the reversed endings: no allocation, no
 * backtracking, at most as many steps as the longest ending has letters.
 */
final class Suffixes {
  private static final class Node {
    char[] letters = new char[0];
    Node[] next = new Node[0];
    boolean end;

    Node get(char c) {
      for (int i = 0; i < letters.length; i++) {
        if (letters[i] == c) {
          return next[i];
        }
      }
      return null;
    }

    Node getOrAdd(char c) {
      Node n = get(c);
      if (n == null) {
        n = new Node();
        letters = Arrays.copyOf(letters, letters.length + 1);
        next = Arrays.copyOf(next, next.length + 1);
        letters[letters.length - 1] = c;
        next[next.length - 1] = n;
      }
      return n;
    }
  }

  private final Node root = new Node();
  private final int minStem;

  /** Endings {@code suffix + caseEnding} for every pair; no case endings: the suffixes alone. */
  Suffixes(int minStem, String[] suffixes, String... caseEndings) {
    this.minStem = minStem;
    add(suffixes, caseEndings.length == 0 ? new String[] {""} : caseEndings);
  }

  Suffixes add(String[] suffixes, String... caseEndings) {
    for (String s : suffixes) {
      for (String e : caseEndings) {
        String ending = s + e;
        Node n = root;
        for (int i = ending.length() - 1; i >= 0; i--) {
          n = n.getOrAdd(ending.charAt(i));
        }
        n.end = true;
      }
    }
    return this;
  }

  /** True if the word ends with one of the endings after at least {@code minStem} letters. */
  boolean matches(String word) {
    Node n = root;
    for (int i = word.length() - 1; i >= minStem; i--) {
      n = n.get(word.charAt(i));
      if (n == null) {
        return false;
      }
      if (n.end) {
        return true;
      }
    }
    return false;
  }
}
