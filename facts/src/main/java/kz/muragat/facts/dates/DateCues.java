package kz.muragat.facts.dates;

import kz.muragat.facts.text.Cues;

/**
 * The words that say what a date is the date of, Russian and Kazakh, folded. Four kinds:
 *
 * <ul>
 *   <li>{@link Kind#VERB}: the clause's predicate, which decides ({@code арестован}, {@code
 *       осужден}, {@code реабилитирован}, {@code пересмотрено}; Kazakh {@code тұтқындалған},
 *       {@code кесілген}, {@code ақталды}, {@code қайта қаралып}); a verb of something else
 *       ({@code расстрелян}, {@code приведен в исполнение}, {@code умер}, {@code освобожден},
 *       {@code выдана}) gives no role;
 *   <li>{@link Kind#AGENT}: an act named as the means of the predicate, instrumental case ({@code
 *       постановлением}, {@code определением}, Kazakh {@code қаулысымен}, {@code шешімімен}): the
 *       verb after it decides; without one, the act's usual role;
 *   <li>{@link Kind#ACT}: an act named as such ({@code заседания}, {@code протокол}, {@code
 *       постановление}, {@code определение}, {@code дата ареста}): its own role;
 *   <li>{@link Kind#UNRELATED}: a noun of something else — a law or decree ({@code указ}, {@code
 *       закон}, {@code ЦИК}), a declassification act, the start of a term ({@code считая срок
 *       с}).
 * </ul>
 */
final class DateCues {
  private DateCues() {}

  enum Kind {
    VERB,
    AGENT,
    ACT,
    UNRELATED
  }

  /** A cue's kind and the role it gives (null: the date of something else). */
  record Cue(Kind kind, DateRole role) {}

  private static Cue verb(DateRole r) {
    return new Cue(Kind.VERB, r);
  }

  private static final Cue UNRELATED = new Cue(Kind.UNRELATED, null);

  static final Cues<Cue> CUES =
      Cues.<Cue>builder()
          // instrumental nouns first: they share their stems with the act nouns
          .add(new Cue(Kind.AGENT, DateRole.DECISION), "постановлением", "решением", "приговором",
              "протоколом", "каулысымен", "шешимимен", "укимимен")
          .add(new Cue(Kind.AGENT, DateRole.REHABILITATION), "определением", "уйгарымымен")
          .add(verb(DateRole.BIRTH), "родил", "родивш", "туган", "туылган", "дуниеге кел")
          .add(verb(DateRole.ARREST), "арестова", "под страж", "задержан", "туткындал",
              "туткынга алын", "камауга алын", "камалг", "камалд", "камалып", "усталып", "усталды",
              "усталган")
          .add(verb(DateRole.REHABILITATION), "реабилитирова", "пересмотрен", "прекращен",
              "отменен", "определил", "актал", "кайта карал", "кайта карау", "кыскартыл", "токтатыл", "кушин жой")
          .add(verb(DateRole.DECISION), "осужд", "приговорил", "приговорен", "постановила",
              "постановили", "постановило", "репрессирова", "жазалан", "кесилг", "кесилд", "кесилсин", "сотталг", "сотталд", "айырылг",
              "айырылд")
          .add(verb(null), "расстрелян", "исполнени", "умер", "скончал", "атылд", "атылг", "кайтыс",
              "орындалд", "выдан", "освобожд", "босатыл", "босады")
          .add(new Cue(Kind.ACT, DateRole.BIRTH), "рождени", "рожд", "г.~р.")
          .add(new Cue(Kind.ACT, DateRole.ARREST), "арест")
          .add(new Cue(Kind.ACT, DateRole.REHABILITATION), "реабилитаци", "определени",
              "уйгарым")
          .add(new Cue(Kind.ACT, DateRole.DECISION), "заседани", "протокол", "постановлени",
              "решени", "приговор", "слушали", "каулы", "шешим", "уким", "отырыс", "хаттама")
          .add(UNRELATED, "рассекреч", "акт$", "акта$", "актом$", "акте$", "исх",
              "указ$", "указа$", "указом$", "указу$", "указе$", "закон$", "закона$", "законом$", "закону$", "законе$", "цик", "на основании",
              "считая срок", "срок исчисл", "срок считат", "негизинде", "жарлы",
              "заны$", "занга$", "занына$", "заннын$",
              "зандары$")
          .build();
}
