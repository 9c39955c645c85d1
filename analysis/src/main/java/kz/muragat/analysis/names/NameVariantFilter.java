package kz.muragat.analysis.names;

import java.util.List;
import kz.muragat.analysis.util.AlternativesFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Replaces each lower-case Cyrillic token by its spelling-variant terms ({@link
 * NameVariants#variants}): the skeleton of its name stem and, at the same position, its phonetic
 * key {@code ~…}. Байтурсынов, Байтұрсынұлының and (after {@code muragatLatinCyrillic})
 * Baitursynuly all give {@code байтурсин} and {@code ~aptrsn}. Other tokens (numbers, Latin left
 * as it was) pass unchanged; offsets are never moved.
 */
public final class NameVariantFilter extends AlternativesFilter {
  private final boolean withKey;

  public NameVariantFilter(TokenStream input, boolean withKey) {
    super(input);
    this.withKey = withKey;
  }

  @Override
  protected void analyze(String term, List<String> out) {
    NameVariants.variants(term, withKey, out);
  }
}
