package kz.muragat.analysis.names;

import java.util.List;
import kz.muragat.analysis.kk.KazakhStemmer;
import kz.muragat.analysis.names.NameRecognizer.Evidence;
import kz.muragat.analysis.tokenize.ArchiveTokenizer;
import kz.muragat.analysis.translit.LatinToCyrillic;
import kz.muragat.analysis.util.AlternativesFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Spelling-variant terms for names, and nothing shared with names for other words.
 *
 * <p>A token that {@link NameRecognizer} takes for a name — judged from its type, which {@link
 * ArchiveTokenizer} set from how the word was written before {@code lowercase} — is replaced by
 * its variant terms ({@link NameVariants#variants}): the skeleton of its name stem and, at the same
 * position, its phonetic key {@code ~…}; an all-Latin name is first written in Cyrillic ({@link
 * LatinToCyrillic}). Байтурсынов, Байтұрсынұлының, Baitursynuly all give {@code байтурсин} and
 * {@code ~aptrsn}.
 *
 * <p>Any other token is left out of an indexed text: its position stays a gap, so the field holds
 * names only (common words are already in the exact and morphological fields, and indexing them a
 * third time cost a quarter of the postings). In a query it is kept, prefixed with {@value
 * #PLAIN_PREFIX} ({@code больше} → {@code =больше}), a term no text holds: a quoted phrase that
 * mixes a name with common words is then matched by the other fields, never by the name's key
 * alone with any word beside it. Offsets are never moved.
 *
 * <p>At query time ({@code query}) people type names in lower case too, so a lower-case word is
 * judged as {@link Evidence#WEAK} (a name unless a dictionary knows it as a common word); a query
 * has no sentences, so a word typed with a capital letter, or in Latin letters (a romanised name,
 * the archive being in Cyrillic), is {@link Evidence#STRONG}.
 */
public final class NameVariantFilter extends AlternativesFilter {
  /** Prefix of the term of a token that is not a name. */
  public static final String PLAIN_PREFIX = "=";

  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final NameRecognizer names;
  private final boolean withKey;
  private final boolean query;

  /**
   * @param kazakh the Kazakh stemmer whose lexicon tells common Kazakh words
   * @param withKey also emit the phonetic key
   * @param query judge words as typed in a query rather than written in a text
   */
  public NameVariantFilter(TokenStream input, KazakhStemmer kazakh, boolean withKey, boolean query) {
    super(input);
    this.names = new NameRecognizer(kazakh);
    this.withKey = withKey;
    this.query = query;
  }

  @Override
  protected void analyze(String term, List<String> out) {
    boolean latin = LatinToCyrillic.isLatinWord(term);
    String word = latin ? LatinToCyrillic.convert(term) : term;
    if (names.isName(word, evidence(typeAtt.type(), latin))) {
      NameVariants.variants(word, withKey, out);
    }
    if (!out.isEmpty()) return;
    if (query) {
      out.add(PLAIN_PREFIX + term);
    } else {
      drop();
    }
  }

  private Evidence evidence(String type, boolean latin) {
    if (query) {
      // a query has no sentences: a capital letter there is the user's, and Latin letters spell a
      // name in an archive written in Cyrillic
      return latin || ArchiveTokenizer.isCapitalized(type) ? Evidence.STRONG : Evidence.WEAK;
    }
    return switch (type) {
      case ArchiveTokenizer.CAPITALIZED -> Evidence.STRONG;
      case ArchiveTokenizer.SENTENCE_INITIAL, ArchiveTokenizer.UPPERCASE -> Evidence.WEAK;
      default -> Evidence.NONE;
    };
  }
}
