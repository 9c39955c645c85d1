package kz.muragat.facts.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.NormalizedPage;
import org.junit.jupiter.api.Test;

class PersonExtractorTest {
  private static List<PersonMention> persons(String... pages) {
    List<PersonExtractor.Reading> readings = new ArrayList<>();
    for (int i = 0; i < pages.length; i++) {
      NormalizedPage page = NormalizedPage.of(i + 1, pages[i]);
      readings.addAll(PersonExtractor.read(page, Clauses.of(page.text())));
    }
    return PersonExtractor.merge(readings);
  }

  /** "name|year|role" per person. */
  private static List<String> summary(String... pages) {
    return persons(pages).stream()
        .map(p -> p.name() + "|" + p.birthYear() + "|" + p.role().label())
        .toList();
  }

  @Test
  void russianFullNameWithBirthYearAndPlace() {
    List<PersonMention> p = persons(
        "СЛУШАЛИ: Дело № 4512 по обвинению Сейткалиева Жумабека Ахметовича, 1899 года рождения, "
            + "уроженца Баянаульского района Павлодарской области, в преступлениях, ...");
    assertEquals(1, p.size());
    assertEquals("Сейткалиева", p.get(0).surname());
    assertEquals("Жумабека", p.get(0).given());
    assertEquals("Ахметовича", p.get(0).patronymic());
    assertEquals(1899, p.get(0).birthYear());
    assertEquals("Баянаульского района Павлодарской области", p.get(0).birthplace());
    assertEquals(PersonRole.SUBJECT, p.get(0).role());
  }

  @Test
  void birthYearForms() {
    assertEquals(List.of("Омаров Ерденбек Калиевич|1901|subject"),
        summary("Омаров Ерденбек Калиевич, 1901 г.р., арестован 3.XI.37"));
    assertEquals(List.of("Омаров Ерденбек Калиевич|1901|subject"),
        summary("Омаров Ерденбек Калиевич, 1901 г. рожд., бывший учитель"));
    assertEquals(List.of("Омаров Ерденбек Калиевич|1901|subject"),
        summary("Омаров Ерденбек Калиевич, г.р. 1901, уроженец аула № 5"));
    assertEquals(List.of("Омаров Ерденбек Калиевич|1901|subject"),
        summary("Омаров Ерденбек Калиевич, родился в 1901 году в ауле № 5"));
    assertEquals(List.of("Омаров Ерденбек Калиевич|1901|subject"),
        summary("Омаров Ерденбек Калиевич, родился 5 марта 1901 г. в ауле № 5"));
  }

  @Test
  void kazakhNameWithBirthYearAndPlace() {
    List<PersonMention> p = persons(
        "Сейітқалиұлы Жұмабек 1899 жылы Павлодар облысында туған. 1937 жылы 12 қарашада "
            + "үштіктің шешімімен ату жазасына кесілген.");
    assertEquals(1, p.size());
    assertEquals("Сейітқалиұлы Жұмабек", p.get(0).name());
    assertEquals(1899, p.get(0).birthYear());
    assertEquals("Павлодар облысында", p.get(0).birthplace());
    assertEquals(PersonRole.SUBJECT, p.get(0).role());
  }

  @Test
  void kazakhBirthForms() {
    assertEquals(List.of("Оспанұлы Сәкен|1902|subject"),
        summary("Оспанұлы Сәкен, туған жылы 1902, Семей облысы, тұтқындалған."));
    assertEquals(List.of("Оспанқызы Күләш|1905|subject"),
        summary("Оспанқызы Күләш 1905 ж. т., Қарағанды облысы"));
    assertEquals(List.of("Омарова Бибижан Калиевна|1905|subject"),
        summary("Омарова Бибижан Калиевна (1905 г.р.) арестована."));
  }

  @Test
  void aKazakhBirthplaceMayHoldADotButNoSentenceEnd() {
    // an abbreviation, and a speck OCR read as a dot: the same sentence
    assertEquals(List.of("Жантөреұлы Берік|1903|subject"),
        summary("Жантөреұлы Берік 1903 жылы Ақмола обл. Ерейментау ауданында туған."));
    assertEquals(List.of("Жантөреұлы Берік|1903|subject"),
        summary("Жантөреұлы Берік 1903 жылы Ақмола. облысында туған."));
    // a year of the sentence before is no birth year
    assertEquals(List.of("Жантөреұлы Берік|null|subject"),
        summary("Жантөреұлы Берік 1937 жылы тұтқындалған. Әкесі Ақмола облысында туған."));
  }

  @Test
  void aBirthYearAfterASurnameOcrLeftAlone() {
    // the given name and patronymic lost at the line's end; the page names him in full below
    assertEquals(List.of("Сарыбаева Темирхана Ержановича|1894|subject"),
        summary("СЛУШАЛИ: Дело по обвинению Сарыбаева\n1894 года рождения, уроженца аула № 2.\n"
            + "ПОСТАНОВИЛИ: Сарыбаева Темирхана Ержановича расстрелять."));
    assertEquals(List.of("Сарыбайұлы Темірхан|1894|subject"),
        summary("Сарыбайұлы\n1894 жылы Ақмола облысында туған. Сарыбайұлы Темірхан ақталды."));
    // no full name of that surname on the page, or two namesakes: nobody's
    assertEquals(List.of("Омаров Ерденбек Калиевич|null|subject"),
        summary("Дело Сарыбаева\n1894 года рождения. Омаров Ерденбек Калиевич реабилитирован."));
    List<PersonMention> namesakes =
        persons("Дело Сарыбаева\n1894 года рождения. Сарыбаев Темирхан, Сарыбаев Ержан допрошены.");
    assertEquals(2, namesakes.size());
    namesakes.forEach(p -> assertNull(p.birthYear(), p.name()));
  }

  @Test
  void aBirthYearOcrReadAsABlockOfItsOwn() {
    // the year cut off the line and written at the page's end
    assertEquals(List.of("Сарыбаева Темирхана Ержановича|1896|subject"),
        summary("Дело по обвинению Сарыбаева Темирхана Ержановича,\nгода рождения, уроженца аула № 2"
            + "\nПОСТАНОВИЛИ: расстрелять.\n1896"));
    assertEquals(List.of("Сарыбайұлы Темірхан|1896|subject"),
        summary("Сарыбайұлы Темірхан\nжылы Ақмола облысында туған.\n\n1896"));
    // two lone numbers, or one that is no birth year, or no line break at the gap: none
    assertEquals(List.of("Сарыбайұлы Темірхан|null|subject"),
        summary("12\nСарыбайұлы Темірхан\nжылы Ақмола облысында туған.\n1896"));
    assertEquals(List.of("Сарыбайұлы Темірхан|null|subject"),
        summary("Сарыбайұлы Темірхан\nжылы Ақмола облысында туған.\n14"));
    assertEquals(List.of("Сарыбаева Темирхана Ержановича|null|subject"),
        summary("Дело Сарыбаева Темирхана Ержановича, года рождения неизвестного.\n1896"));
  }

  @Test
  void moreBirthPhrases() {
    assertEquals(List.of("Жаксыбекова Нуртая Амановича|1902|subject"),
        summary("Дело Жаксыбекова Нуртая Амановича, родившегося в 1902 году в ауле № 7."));
    assertEquals(List.of("Жақсыбекұлы Нұртай|1902|subject"),
        summary("Жақсыбекұлы Нұртай 1902 жылы Семей облысында дүниеге келген."));
    assertEquals(List.of("Жақсыбекұлы Нұртай|1902|subject"),
        summary("Жақсыбекұлы Нұртай 1902 жылы Абай ауданы № 4 ауылында туған."));
    // OCR's Kazakh capital І for a 1
    assertEquals(List.of("Жаксыбеков Нуртай Аманович|1902|subject"),
        summary("Жаксыбеков Нуртай Аманович, І902 года рождения, уроженец аула № 7."));
  }

  @Test
  void givenNameFirstAndInitials() {
    assertEquals(List.of("Тлеубердин Сагынай Жаксылыкович|null|subject"),
        summary("Сагынай Жаксылыкович Тлеубердин реабилитирован посмертно."));
    assertEquals(List.of("Тлеубердин С. Ж.|null|subject"),
        summary("Тлеубердин С.Ж. реабилитирован посмертно."));
    assertEquals(List.of("Тлеубердин С. Ж.|null|subject"),
        summary("С. Ж. Тлеубердин реабилитирован посмертно."));
  }

  @Test
  void birthYearsInWords() {
    assertEquals(List.of("Омаров Ерденбек Калиевич|1901|subject"),
        summary("Омаров Ерденбек Калиевич, тысяча девятьсот первого года рождения, уроженец аула № 5"));
    assertEquals(List.of("Омаров Ерденбек Калиевич|1905|subject"),
        summary("Омаров Ерденбек Калиевич, родился в тысяча девятьсот пятом году в ауле № 5"));
    assertEquals(List.of("Оспанұлы Сәкен|1902|subject"),
        summary("Оспанұлы Сәкен бір мың тоғыз жүз екінші жылы Семей облысында туған."));
  }

  @Test
  void aHeaderDateInWordsIsNotABirthYear() {
    assertEquals(List.of("Омаров Ерденбек Калиевич|null|subject"),
        summary("СПРАВКА от двадцатого мая тысяча девятьсот пятьдесят восьмого года. Омаров Ерденбек "
            + "Калиевич реабилитирован."));
    assertEquals(List.of("Оспанұлы Сәкен|null|subject"),
        summary("Оспанұлы Сәкен бір мың тоғыз жүз елу сегізінші жылы ақталды."));
  }

  @Test
  void aHeadersDateIsNotABirthYear() {
    List<PersonMention> p = persons(
        "ВЫПИСКА ИЗ ПРОТОКОЛА № 7 заседания тройки от 1937 г.\nСЛУШАЛИ: дело Омарова Ерденбека "
            + "Калиевича 1937 г. ПОСТАНОВИЛИ: Омарова Ерденбека Калиевича расстрелять.");
    assertEquals(1, p.size());
    assertNull(p.get(0).birthYear());
    assertEquals(List.of("Омаров Ерденбек Калиевич|null|subject"),
        summary("Омаров Ерденбек Калиевич, арестован 12.11.1937, знает его с 1930 года."));
  }

  @Test
  void aWitnessIsNotTheAccused() {
    assertEquals(
        List.of("Сейткалиева Жумабека Ахметовича|1899|subject", "Оспанов Сакен|null|other"),
        summary("Дело по обвинению Сейткалиева Жумабека Ахметовича, 1899 г.р. Свидетель Оспанов "
            + "Сакен показал, что знает обвиняемого с 1930 года."));
    assertEquals(
        List.of("Оспанов Сакен Бекович|null|other"),
        summary("Допрошенный в качестве свидетеля Оспанов Сакен Бекович показал, что обвиняемый "
            + "вел агитацию."));
    assertEquals(
        List.of("Сейітқалиұлы Жұмабек|1899|subject", "Оспанұлы Сәкен|null|other"),
        summary("Сейітқалиұлы Жұмабек 1899 жылы туған. Куәгер Оспанұлы Сәкен оны 1930 жылдан "
            + "біледі."));
  }

  @Test
  void officialsAndRelativesAreOthers() {
    assertEquals(
        List.of("Омаров Ерденбек Калиевич|1901|subject", "Залин Т. Д.|null|other",
            "Омарова Бибижан|null|other"),
        summary("Омаров Ерденбек Калиевич, 1901 г.р., арестован. Следователь Залин Т.Д. "
            + "Жена обвиняемого - Омарова Бибижан."));
  }

  @Test
  void mentionsOfOnePersonMergeAcrossCasesScriptsAndPages() {
    List<PersonMention> p = persons(
        "по обвинению Сейткалиева Жумабека Ахметовича, 1899 г.р.",
        "ПОСТАНОВИЛИ: Сейткалиев Жумабек Ахметович - расстрелять. Сейткалиев Ж.А. "
            + "(Сейітқалиұлы Жұмабек)");
    assertEquals(1, p.size());
    assertEquals("Сейткалиев Жумабек Ахметович", p.get(0).name()); // the nominative reading
    assertEquals(List.of(1, 2), p.get(0).pages());
    assertEquals(4, p.get(0).spans().size());
  }

  @Test
  void namesakesInOneDocumentStayApart() {
    List<PersonMention> p = persons(
        "Омаров Ерденбек Калиевич, 1901 г.р., и его отец Омаров Калий Ахметович, 1870 г.р.");
    assertEquals(2, p.size());
  }

  @Test
  void questionnaireFields() {
    List<PersonMention> p = persons(
        "АНКЕТА АРЕСТОВАННОГО\n1. Фамилия: Жакупов\n2. Имя и отчество: Газымбек Миржакипович\n"
            + "3. Год рождения: 1897\n4. Место рождения: аул № 3 Абралинского района\n"
            + "5. Состав семьи: жена - Жакупова Бибижан, 1905 г.р.");
    assertEquals("Жакупов Газымбек Миржакипович", p.get(0).name());
    assertEquals(1897, p.get(0).birthYear());
    assertEquals("аул № 3 Абралинского района", p.get(0).birthplace());
    assertEquals(PersonRole.SUBJECT, p.get(0).role());
    assertEquals(PersonRole.OTHER, p.get(1).role());
  }

  @Test
  void capitalizedWordsThatAreNoNames() {
    assertEquals(List.of(), summary("Военная Коллегия Верховного Суда Союза ССР. Особое Совещание "
        + "при Народном Комиссаре Внутренних Дел. Совет Министров Казахской ССР."));
    assertEquals(List.of(), summary("Туркестанского военного округа. Павлодар облысында туған."));
  }

  @Test
  void noisyOcr() {
    // a speck for a full stop inside the name, a colon in the birth phrase, о read as е
    assertEquals(List.of("Дуйсенов Абулхаир Омирзакович|1884|subject"),
        summary("Дуйсенов Абулхаир. Омирзакович, 1884 г. реждения; уроженец"));
    assertEquals(List.of("Латыпов Узак Джамбулович|1884|subject"),
        summary("Латыпов Узак Джамбулович, 1884:г. рождения, уроженец"));
    // a name broken over a line, the stray digits OCR put before a year
    assertEquals(List.of("Нурпеисов Омирзак Джаганшаович|1875|subject"),
        summary("Нурпеисов Омирзак Джаганша-\nович, 711875 г. рождения"));
    // ә read as э in a Kazakh name
    assertEquals(List.of("Әуезұлы Мұхамеджан|1875|subject"),
        summary("Эуезұлы Мұхамеджан 1875 жылы Қарқаралы уезінде туған."));
    // one letter misread in one of two mentions: still one person
    assertEquals(1, persons("по обвинению Зейнулпаова Аскара Хайретдиновича. "
        + "Зейнуллаов Аскар реабилитирован.").size());
  }
}
