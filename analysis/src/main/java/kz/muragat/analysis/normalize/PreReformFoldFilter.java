package kz.muragat.analysis.normalize;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import kz.muragat.analysis.util.Letters;

/**
 * Folds pre-1918 Russian orthography to the modern one (expects lower-case input): ѣ → е, ѳ → ф,
 * ѵ → и, word-final ъ dropped ({@code домъ → дом}), and і → и — but only in words that are
 * pre-reform Russian, because і is also a Kazakh letter.
 *
 * <p>The і rule: a word is folded when it contains none of the Kazakh-only letters ә ғ қ ң ө ұ ү һ
 * and either carries another pre-reform mark (ѣ, ѳ, ѵ, final ъ) or has і directly before a vowel
 * or й (the pre-reform spelling rule: {@code Россія, исторіи, Іюня}). Kazakh puts і before
 * consonants ({@code білім, кітап, іс}) and almost never before a vowel, so Kazakh words keep their
 * і. Length never grows and offsets are untouched.
 */
public final class PreReformFoldFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public PreReformFoldFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    termAtt.setLength(fold(termAtt.buffer(), termAtt.length()));
    return true;
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюяѣйі".indexOf(c) >= 0;
  }

  /** Folds buf[0..len) in place, returns the new length. */
  public static int fold(char[] buf, int len) {
    boolean marked = false;
    boolean kazakh = false;
    boolean iBeforeVowel = false;
    boolean hasI = false;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      switch (c) {
        case 'ѣ':
        case 'Ѣ':
          buf[i] = c == 'ѣ' ? 'е' : 'Е';
          marked = true;
          break;
        case 'ѳ':
        case 'Ѳ':
          buf[i] = c == 'ѳ' ? 'ф' : 'Ф';
          marked = true;
          break;
        case 'ѵ':
        case 'Ѵ':
          buf[i] = c == 'ѵ' ? 'и' : 'И';
          marked = true;
          break;
        case 'і':
        case 'І':
          hasI = true;
          if (i + 1 < len && isVowel(Character.toLowerCase(buf[i + 1]))) {
            iBeforeVowel = true;
          }
          break;
        default:
          if (c != 'і' && Letters.isKazakhOnly(c)) {
            kazakh = true;
          }
      }
    }
    if (len > 1 && (buf[len - 1] == 'ъ' || buf[len - 1] == 'Ъ') && Letters.isCyrillic(buf[len - 2])) {
      len--;
      marked = true;
    }
    if (hasI && !kazakh && (marked || iBeforeVowel)) {
      for (int i = 0; i < len; i++) {
        if (buf[i] == 'і') {
          buf[i] = 'и';
        } else if (buf[i] == 'І') {
          buf[i] = 'И';
        }
      }
    }
    return len;
  }
}
