package kz.muragat.facts.persons;

import java.util.Set;
import java.util.regex.Pattern;
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

  private static final String RU_CASE = "(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?";

  private static final Pattern SURNAME =
      Pattern.compile(
          ".{2,}(?:"
              + "(?:ов|ев|ин|ын)" + RU_CASE
              + "|(?:ова|ева|ина|ына)(?:я|ой|у|ы|е)?"
              + "|(?:ов|ев|ин)(?:тын|тин|ка|ке|ты|ти|та|те|тан|тен|пен|нин|ге|ди|де|нен|мен)"
              + "|(?:улы|кызы|оглы|уулу)(?:нын|на|ны|нан|мен|нда|га)?"
              + ")");

  private static final Pattern PATRONYMIC =
      Pattern.compile(
          ".{2,}(?:(?:ович|евич|ич)(?:а|у|ем|ом|е)?|(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою))");

  private static final Pattern KAZAKH_PATRONYMIC = Pattern.compile(".{2,}(?:улы|кызы|оглы)");

  /** Endings of common words that no given name or surname has. */
  private static final Pattern COMMON_ENDING =
      Pattern.compile(
          ".*(?:ского|ской|ских|ском|скому|ский|ская|ское|цкого|цкой|ного|ной|ных|ный|ная|ное|"
              + "ение|ения|ением|ании|ания|анием|ость|ости|ства|ство|ции|ция|цией|ельств|ений|"
              + "тель|теля|телем|телей|ался|ился|ован|ован[аоы]|ются|ется|ить|ать|ять|еть|ться|мый|мого|"
              + "мая|вший|вшего)");

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

  /** A capitalized name word: a capital and small letters, maybe hyphenated (Мухамед-Али). */
  static final Pattern WORD =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?|\\p{Lu}{2,}(?:-\\p{Lu}{2,})?");

  static boolean isSurname(String folded) {
    return SURNAME.matcher(folded).matches() && !isStopword(folded);
  }

  static boolean isPatronymic(String folded) {
    return PATRONYMIC.matcher(folded).matches() || KAZAKH_PATRONYMIC.matcher(folded).matches();
  }

  /** A Kazakh -ұлы/-қызы word (a patronymic after a given name, a surname before one). */
  static boolean isKazakhPatronymic(String folded) {
    return KAZAKH_PATRONYMIC.matcher(folded).matches();
  }

  /** A capitalized word that is never a name (folded). */
  static boolean isStopword(String folded) {
    return STOPWORDS.contains(folded);
  }

  /** A word with an ending of adjectives, abstract nouns or verbs (folded), not a given name. */
  static boolean looksCommon(String folded) {
    return COMMON_ENDING.matcher(folded).matches();
  }

  /** True for a word written all in capitals (a heading or a typed name in capitals). */
  static boolean isAllCaps(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
