package kz.muragat.facts.persons;

import java.util.Set;
import kz.muragat.facts.text.NormalizedPage;

/**
 * What a capitalized word of a Soviet Russian or Kazakh record looks like: a surname ({@code
 * -ов/-ев/-ин/-ын} and their feminine and case forms, Kazakh {@code -ұлы/-қызы}, Turkic {@code
 * -оглы}, a Russian-form surname with a Kazakh case ending), a patronymic ({@code
 * -ович/-евич/-овна/-евна/-ична/-ич} with case endings, Kazakh {@code -ұлы/-қызы}), or a word that
 * is capitalized for another reason (a heading, an institution, a role: {@link #isStopword}).
 * Words are tested folded ({@link NormalizedPage#fold}).
 */
final class NameShapes {
  private NameShapes() {}

  private static final String[] RU_CASE = {"", "а", "у", "ым", "ом", "е", "ой", "ою", "ы", "ых", "ыми"};

  private static final Suffixes SURNAME =
      new Suffixes(2, new String[] {"ов", "ев", "ин", "ын"}, RU_CASE)
          .add(new String[] {"ова", "ева", "ина", "ына"}, "", "я", "ой", "у", "ы", "е")
          .add(new String[] {"ов", "ев", "ин"}, "тын", "тин", "ка", "ке", "ты", "ти", "та", "те",
              "тан", "тен", "пен", "нин", "ге", "ди", "де", "нен", "мен")
          .add(new String[] {"улы", "кызы", "оглы", "уулу"}, "", "нын", "на", "ны", "нан", "мен",
              "нда", "га");

  private static final Suffixes PATRONYMIC =
      new Suffixes(2, new String[] {"ович", "евич", "ич"}, "", "а", "у", "ем", "ом", "е")
          .add(new String[] {"овн", "евн", "ичн"}, "а", "ы", "е", "у", "ой", "ою");

  private static final Suffixes KAZAKH_PATRONYMIC =
      new Suffixes(2, new String[] {"улы", "кызы", "оглы"});

  /** Endings of common words that no given name or surname has. */
  private static final Suffixes COMMON_ENDING =
      new Suffixes(0, new String[] {
        "ского", "ской", "ских", "ском", "скому", "ский", "ская", "ское", "цкого", "цкой", "ного",
        "ной", "ных", "ный", "ная", "ное", "ение", "ения", "ением", "ании", "ания", "анием", "ость",
        "ости", "ства", "ство", "ции", "ция", "цией", "ельств", "ений", "тель", "теля", "телем",
        "телей", "ался", "ился", "ован", "ована", "овано", "ованы", "ются", "ется", "ить", "ать",
        "ять", "еть", "ться", "мый", "мого", "мая", "вший", "вшего"
      });

  /** Capitalized words of case records that are never names (folded). */
  private static final Set<String> STOPWORDS =
      Set.of(
          "дело", "дела", "делу", "справка", "выписка", "протокол", "протокола", "постановление",
          "постановили", "слушали", "приговор", "приговорить", "определение", "определением",
          "обвинительное", "заключение", "анкета", "арестованного", "обвиняемый", "обвиняемого",
          "обвиняемая", "свидетель", "свидетеля", "свидетельница", "гражданин", "гражданина",
          "гражданка", "гр", "тов", "товарищ", "председатель", "председателя", "член", "члены",
          "секретарь", "прокурор", "прокурора", "следователь", "начальник", "нач",
          "уполномоченный", "оперуполномоченный", "судья", "военная", "военной", "военным",
          "военный", "коллегия", "коллегии", "коллегией", "трибунал", "трибуналом", "трибунала",
          "тройка", "тройки", "тройкой", "особое", "особым", "совещание", "совещанием",
          "совещания", "верховного", "верховный", "суда", "суд", "судом", "народный", "нквд",
          "унквд", "огпу", "ссср", "рсфср", "казсср", "казахской", "казахстан", "казахстана",
          "советов", "министров", "комиссаров", "депутатов", "совет", "совета", "президиум",
          "президиума", "пленум", "республики", "республика", "край", "области", "область",
          "района", "район", "уезда", "уезд", "губернии", "округа", "город", "аул", "аула",
          "село", "колхоз", "колхоза", "совхоз", "москва", "москвы", "алма-ата", "алма-аты",
          "хранить", "вечно", "секретно", "совершенно", "копия", "верно", "подпись", "печать",
          "рассекречено", "анықтама", "аныктама", "айыпталушы", "куагер", "тергеуши", "торага",
          "хатшы", "ушитик", "ушигинин", "накты", "ислер", "иси", "каулы", "каулысы", "укими",
          "сот", "соты", "сотынын", "ерекше", "кенес", "кенеси", "казак", "кср", "казкср", "ск",
          "кк", "уголовного", "кодекса", "статья", "статьи", "ст", "пункт", "бап", "бабы",
          "тармак", "тармагы", "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
          "август", "сентябрь", "октябрь", "ноябрь", "декабрь", "при", "по", "от", "на", "из",
          "для", "или", "и", "родился", "родилась", "уроженец", "уроженка", "уроженца", "место",
          "год", "года", "фамилия", "имя", "отчество", "национальность", "партийность",
          "образование", "профессия", "состав", "семьи", "жена", "муж", "сын", "дочь", "отец",
          "мать", "брат", "сестра", "тегі", "теги", "аты", "акесинин", "туган", "жылы", "жери",
          "ленин", "сталин", "особая", "особой", "комиссия", "комиссии", "комиссией",
          "прокуратура", "прокуратуры", "управление", "управления", "отдел", "отдела",
          "генеральный", "генерального", "реабилитирован", "реабилитирована", "посмертно", "акт",
          "свидетели");

  /**
   * A name word: a capital and small letters, or capitals only (two or more); each part of a
   * hyphenated word alike (Мухамед-Али, Кзыл-Ординского, ДЖАКУПОВ).
   */
  static boolean isNameWord(String s, int from, int to) {
    if (to - from < 2 || !Character.isUpperCase(s.charAt(from))) {
      return false;
    }
    boolean caps = Character.isUpperCase(s.charAt(from + 1));
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (i + 1 >= to || (caps && !Character.isUpperCase(s.charAt(i + 1)))) {
          return false;
        }
        if (!caps && Character.isUpperCase(s.charAt(i + 1))) {
          i++; // Мухамед-Али: a capital after the hyphen
        }
        continue;
      }
      if (caps ? !Character.isUpperCase(c) : !Character.isLowerCase(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean isSurname(String folded) {
    return SURNAME.matches(folded) && !isStopword(folded);
  }

  static boolean isPatronymic(String folded) {
    return PATRONYMIC.matches(folded) || KAZAKH_PATRONYMIC.matches(folded);
  }

  /** A Kazakh -ұлы/-қызы word (a patronymic after a given name, a surname before one). */
  static boolean isKazakhPatronymic(String folded) {
    return KAZAKH_PATRONYMIC.matches(folded);
  }

  /** A capitalized word that is never a name (folded). */
  static boolean isStopword(String folded) {
    return STOPWORDS.contains(folded);
  }

  /** A word with an ending of adjectives, abstract nouns or verbs (folded), not a given name. */
  static boolean looksCommon(String folded) {
    return COMMON_ENDING.matches(folded);
  }
}
