package kz.muragat.analysis.normalize;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import kz.muragat.analysis.util.Letters;

/**
 * Repairs words that OCR wrote in two scripts. In a token with both Cyrillic and Latin letters, the
 * script that has letters without a look-alike wins (else the one with more letters, Cyrillic on a
 * tie; a token with unmistakable letters of both scripts is left alone) and the look-alike letters of the other script
 * are mapped to it: {@code Mocквa → Москва}, {@code Lеnin → Lenin}. Includes the Kazakh look-alikes
 * Latin i/h ↔ Cyrillic і/һ. Tokens in one script are left alone. OCR's digits for letters inside
 * a Cyrillic word are repaired too: {@code 1} → {@code і} and {@code 0} → {@code о} next to a
 * Cyrillic letter, in a word of at least two Cyrillic letters whose only digits are these
 * ({@code өзгеред1 → өзгереді}, {@code 1ске → іске}; {@code 1-й}, {@code 15-жылы}, {@code М1-2} stay).
 * Character-for-character, so offsets never move.
 */
public final class HomoglyphFilter extends TokenFilter {
  static final String LATIN = "aABcCeEHiIKkMmoOpPTxXyYh";
  static final String CYRIL = "аАВсСеЕНіІКкМмоОрРТхХуУһ";
  // Cyrillic → Latin (only unambiguous look-alikes)
  static final String CYR_FROM = "аАВсСеЕНіІКкМоОрРТхХуУһ";
  static final String LAT_TO = "aABcCeEHiIKkMoOpPTxXyYh";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public HomoglyphFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    fix(termAtt.buffer(), termAtt.length());
    return true;
  }

  /** Repairs buf[0..len) in place; returns true if anything changed. */
  public static boolean fix(char[] buf, int len) {
    return fixDigits(buf, len) | fixScripts(buf, len);
  }

  /** 1 → і, 0 → о next to a Cyrillic letter, in a Cyrillic word with no other digits. */
  static boolean fixDigits(char[] buf, int len) {
    int cyr = 0;
    boolean digit = false;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c == '1' || c == '0') {
        digit = true;
      } else if (Character.isDigit(c)) {
        return false;
      } else if (Letters.isCyrillic(c)) {
        cyr++;
      }
    }
    if (!digit || cyr < 2) {
      return false;
    }
    boolean changed = false;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if ((c == '1' || c == '0')
          && ((i > 0 && Letters.isCyrillic(buf[i - 1]))
              || (i + 1 < len && Letters.isCyrillic(buf[i + 1])))) {
        buf[i] = c == '1' ? 'і' : 'о';
        changed = true;
      }
    }
    return changed;
  }

  private static boolean fixScripts(char[] buf, int len) {
    int cyr = 0;
    int lat = 0;
    int cyrOwn = 0; // letters with no look-alike in the other script
    int latOwn = 0;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (Letters.isCyrillic(c)) {
        cyr++;
        if (CYR_FROM.indexOf(c) < 0) {
          cyrOwn++;
        }
      } else if (Letters.isLatin(c)) {
        lat++;
        if (LATIN.indexOf(c) < 0) {
          latOwn++;
        }
      }
    }
    if (cyr == 0 || lat == 0 || (cyrOwn > 0 && latOwn > 0)) {
      return false; // one script only, or truly mixed
    }
    boolean changed = false;
    boolean toCyrillic = cyrOwn > 0 || (latOwn == 0 && cyr >= lat);
    if (toCyrillic) {
      for (int i = 0; i < len; i++) {
        int k = LATIN.indexOf(buf[i]);
        if (k >= 0) {
          buf[i] = CYRIL.charAt(k);
          changed = true;
        }
      }
    } else {
      for (int i = 0; i < len; i++) {
        int k = CYR_FROM.indexOf(buf[i]);
        if (k >= 0) {
          buf[i] = LAT_TO.charAt(k);
          changed = true;
        }
      }
    }
    return changed;
  }
}
