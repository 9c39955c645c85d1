package kz.muragat.analysis.mixed;

import kz.muragat.analysis.kk.KazakhStemmer;

/**
 * Puts back the Kazakh letters that OCR (and typewriters without them) write as their Russian
 * look-alikes, using Kazakh vowel harmony: in a word with back vowels only (а ұ ы, or о alone) к is
 * қ, г is ғ and у is ұ; in a word with front vowels only (ә е ө ү і) у is ү and о is ө. A word with vowels of
 * both rows (a Russian word, a loanword, a name) is left alone. The result is only a guess, to be
 * confirmed by the Kazakh lexicon.
 */
final class KazakhLetters {
  private KazakhLetters() {}

  // о is left out: OCR writes ө as о, so an о says nothing about a word's row
  private static final String BACK = "аұы";
  private static final String FRONT = "әеөүі";

  /** The word with Kazakh letters restored by harmony, or null if nothing changes. */
  static String restore(String w) {
    boolean back = false;
    boolean front = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (BACK.indexOf(c) >= 0) {
        back = true;
      } else if (FRONT.indexOf(c) >= 0) {
        front = true;
      } else if ("эюяё".indexOf(c) >= 0) {
        return null; // Russian letters
      }
    }
    if (!back && !front && w.indexOf('о') >= 0) {
      back = true; // о the only vowel: a back word
    }
    if (back == front) {
      return null;
    }
    char[] c = w.toCharArray();
    boolean changed = false;
    for (int i = 0; i < c.length; i++) {
      char r = c[i];
      if (back) {
        r = switch (c[i]) {
          case 'к' -> 'қ';
          case 'г' -> 'ғ';
          case 'у' -> isVowelAround(c, i) ? 'у' : 'ұ';
          default -> c[i];
        };
      } else {
        r = switch (c[i]) {
          case 'у' -> isVowelAround(c, i) ? 'у' : 'ү';
          case 'о' -> 'ө';
          default -> c[i];
        };
      }
      if (r != c[i]) {
        c[i] = r;
        changed = true;
      }
    }
    return changed ? new String(c) : null;
  }

  /** у next to a vowel is the consonant у (тау, ауыл), which stays. */
  private static boolean isVowelAround(char[] c, int i) {
    return (i > 0 && KazakhStemmer.isVowelChar(c[i - 1]))
        || (i + 1 < c.length && KazakhStemmer.isVowelChar(c[i + 1]));
  }
}
