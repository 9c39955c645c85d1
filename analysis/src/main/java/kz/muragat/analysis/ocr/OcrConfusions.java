package kz.muragat.analysis.ocr;

import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * Keys that one OCR misreading does not change: every letter is replaced by the representative of
 * the letters (and digits) Tesseract confuses it with on typewritten Russian and Kazakh pages —
 * и/н/п/й/ң, ш/щ, о/0/ө, б/6, з/3, к/қ, г/ғ, у/ұ/ү, а/ә, х/һ, і/1/l/i, ъ/ь — so {@code реабнлитирован}
 * and {@code реабилитирован}, {@code Актау} and {@code Ақтау} share a key.
 *
 * <p>Two keys per word of {@value #MIN_LENGTH}+ characters: the folded word and, when a Russian
 * inflectional ending can be cut (Lucene's light stemmer), the folded stem, so a misread inflected
 * form meets other forms of the word. Keys are only ever indexed for words the recogniser was
 * unsure of (see {@link OcrKeyFilter}): a crisply read word is never matched through them.
 */
public final class OcrConfusions {
  /** Marks a term as an OCR key, so it never meets a word or lemma term. */
  public static final char KEY_MARK = '≈';

  /** Shorter words get no keys: folded short words would meet far too many others. */
  public static final int MIN_LENGTH = 4;

  private static final String FROM = "йнпңщ0ө63қғұүәһ1liіъ";
  private static final String TO = "иииишооббзкгууахіііиь";

  private OcrConfusions() {}

  /** The folded form of a lower-case term. */
  public static String fold(CharSequence term) {
    StringBuilder sb = new StringBuilder(term.length());
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      int k = FROM.indexOf(c);
      sb.append(k < 0 ? c : TO.charAt(k));
    }
    return sb.toString();
  }

  /**
   * The keys of a lower-case term (0 to 2, each starting with {@link #KEY_MARK}), into {@code out}.
   */
  public static void keys(String term, java.util.List<String> out) {
    if (term.codePointCount(0, term.length()) < MIN_LENGTH || !hasLetter(term)) return;
    String whole = KEY_MARK + fold(term);
    out.add(whole);
    char[] buf = term.toCharArray();
    int len = new RussianLightStemmer().stem(buf, buf.length);
    if (len < buf.length && len >= MIN_LENGTH) {
      String stem = KEY_MARK + fold(new String(buf, 0, len)) + '-';
      out.add(stem);
    }
  }

  private static boolean hasLetter(String term) {
    for (int i = 0; i < term.length(); i++) if (Character.isLetter(term.charAt(i))) return true;
    return false;
  }
}
