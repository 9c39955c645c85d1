package kz.muragat.facts.persons;

/** Bounded edit distance (substitutions, insertions, deletions) for short words. */
final class Edits {
  private Edits() {}

  /** True if a and b differ by at most {@code max} edits; O(length × max). */
  static boolean within(String a, String b, int max) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > max) {
      return false;
    }
    int[] prev = new int[lb + 1];
    int[] cur = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      cur[0] = i;
      int best = cur[0];
      for (int j = 1; j <= lb; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, cur[j]);
      }
      if (best > max) {
        return false;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[lb] <= max;
  }
}
