package kz.muragat.analysis.kk;

import java.util.Set;

/**
 * Kazakh function words that look like a content root plus endings, and are not: postpositions
 * (үшін "for" is not үш "three" + accusative, дейін "until" not де "say", бері "since" not бер
 * "give"), conjunctions and particles (әрі, әлде, тіпті, өйткені, дегенмен), and pronouns and
 * pronominal adverbs (қандай "what kind" is not қан "blood", осындай not ос, қайсы not қайыс
 * "strap"). They are closed classes of the grammar (шылаулар, есімдіктер; e.g. Қазақ грамматикасы,
 * Астана 2002), listed here as they stand: a word of this list is its own stem, so a search for
 * "three" does not find every "for", and one for "give" not every "since". hunspell-kk lists few
 * of them, and the stemmer would otherwise take the shortest root its rules reach.
 *
 * <p>Only uninflected forms are listed; words whose root reading is as common as the function one
 * (қарай "towards" / "looks", онда "there" / "at ten") are left to the stemmer.
 */
public final class KazakhFunctionWords {
  private static final Set<String> WORDS =
      Set.of(
          // postpositions
          "үшін", "туралы", "арқылы", "бойынша", "бойы", "дейін", "шейін", "кейін", "бері", "соң",
          "сияқты", "секілді", "сайын", "бірге", "таман", "жуық", "гөрі", "байланысты", "сәйкес",
          "бұрын",
          // conjunctions and particles
          "және", "бірақ", "егер", "сондықтан", "өйткені", "яғни", "немесе", "әйтпесе",
          "әлде", "әрі", "ғана", "қана", "тіпті", "әсіресе", "дегенмен", "алайда", "әрине", "мүмкін",
          // pronouns and pronominal adverbs
          "қандай", "қанша", "неше", "қашан", "қалай", "неге", "неліктен", "сондай", "мұндай",
          "осындай", "ондай", "мынадай", "сонша", "мұнша", "осынша", "солай", "осылай", "былай",
          "сонда", "мұнда", "осында", "ешқандай", "ешқашан", "ешкім", "ештеңе", "әлдеқандай",
          "кейбір", "әрбір", "барлық", "бүкіл", "бәрі", "қайсы", "әркім", "әрқашан", "кейде",
          "біреу", "бірнеше", "енді", "әлі");

  private KazakhFunctionWords() {}

  /** Whether a lower-case word is one of the listed function words. */
  public static boolean contains(String word) {
    return WORDS.contains(word);
  }
}
