package kz.muragat.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.muragat.facts.persons.PersonMention;
import kz.muragat.facts.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Whole documents of the kinds the archive holds, written for these tests in the wording of real
 * records (not the development set's templates): what each fact reads, and where.
 */
class FactExtractorTest {
  private static DocumentFacts facts(String... pages) {
    List<PageText> list = new java.util.ArrayList<>();
    for (int i = 0; i < pages.length; i++) {
      list.add(new PageText(i + 1, pages[i]));
    }
    return FactExtractor.extract(list);
  }

  private static List<String> persons(DocumentFacts f) {
    return f.persons().stream()
        .map(p -> p.name() + "|" + p.birthYear() + "|" + p.birthplace() + "|" + p.role().label())
        .toList();
  }

  private static List<String> articles(DocumentFacts f) {
    return f.articles().stream().map(a -> a.article()).toList();
  }

  private static List<String> sentences(DocumentFacts f) {
    return f.sentences().stream().map(s -> s.kind().label() + " " + s.years()).toList();
  }

  private static List<String> bodies(DocumentFacts f) {
    return f.bodies().stream().map(b -> b.kind().label()).toList();
  }

  private static List<String> dates(DocumentFacts f) {
    return f.dates().stream().map(d -> d.date() + " " + d.role().label()).toList();
  }

  @Test
  void specialBoardExtract() {
    DocumentFacts f = facts(
        "ВЫПИСКА ИЗ ПРОТОКОЛА № 38\n"
            + "Особого Совещания при Народном Комиссаре Внутренних Дел СССР\n"
            + "от «5» января 1938 г.\n"
            + "СЛУШАЛИ\n"
            + "Дело № 2217/к по обвинению СЕЙТКАЛИЕВА Жумабека Ахметовича, 1899 г. рожд., "
            + "урож. аула № 5 Баянаульского р-на, бывш. бая.\n"
            + "ПОСТАНОВИЛИ\n"
            + "СЕЙТКАЛИЕВА Жумабека Ахметовича за к-р агитацию заключить в исправтрудлагерь сроком "
            + "на ВОСЕМЬ лет, считая срок с 14.IX.1937 г.\n"
            + "Отв. секретарь Особого Совещания (подпись)");
    assertEquals(List.of("СЕЙТКАЛИЕВА Жумабека Ахметовича|1899|аула № 5 Баянаульского р-на|subject"),
        persons(f));
    assertEquals(List.of("camp 8"), sentences(f));
    assertEquals(List.of("oso"), bodies(f));
    assertEquals(List.of("1938-01-05 decision"), dates(f));
    assertEquals(List.of(), articles(f));
  }

  @Test
  void militaryCollegiumVerdict() {
    DocumentFacts f = facts(
        "ПРИГОВОР\nИменем Союза Советских Социалистических Республик\n"
            + "Военная Коллегия Верховного Суда Союза ССР в составе:\n"
            + "Председательствующего - Армвоенюриста В.В. Ульриха,\n"
            + "Членов: Бригвоенюриста И.О. Матулевича и Военюриста 1 ранга Д.Я. Кандыбина,\n"
            + "при секретаре Военюристе 2 ранга А.Ф. Костюшко,\n"
            + "в закрытом судебном заседании в гор. Алма-Ата 25 февраля 1938 года рассмотрела дело "
            + "по обвинению Тлеубердина Сагыная Жаксылыковича, 1894 года рождения, бывшего наркома, "
            + "в преступлениях, предусмотренных ст.ст. 58-1«а», 58-8 и 58-11 УК РСФСР.",
        "Военная Коллегия Верховного Суда Союза ССР\nПРИГОВОРИЛА:\n"
            + "Тлеубердина Сагыная Жаксылыковича подвергнуть высшей мере уголовного наказания - "
            + "расстрелу, с конфискацией всего лично ему принадлежащего имущества.\n"
            + "Приговор окончательный и на основании постановления ЦИК СССР от 1 декабря 1934 года "
            + "подлежит немедленному исполнению.");
    assertEquals(
        List.of("Ульриха В. В.|null|null|other", "Матулевича И. О.|null|null|other",
            "Кандыбина Д. Я.|null|null|other", "Костюшко А. Ф.|null|null|other",
            "Тлеубердина Сагыная Жаксылыковича|1894|null|subject"),
        persons(f));
    PersonMention subject = f.persons().get(4);
    assertEquals(List.of(1, 2), subject.pages());
    assertEquals(List.of("58-1а", "58-8", "58-11"), articles(f));
    assertEquals(List.of("death null"), sentences(f));
    assertEquals(List.of("military_collegium"), bodies(f));
    assertEquals(List.of("1938-02-25 decision"), dates(f));
  }

  @Test
  void rehabilitationCertificate() {
    String text =
        "ПРОКУРАТУРА РЕСПУБЛИКИ КАЗАХСТАН\nСПРАВКА\nо реабилитации\n"
            + "Гражданин Омаров Ерденбек Калиевич, 1901 года рождения, уроженец с. Каркаралы "
            + "Семипалатинской губернии, до ареста - учитель, арестован 3 ноября 1937 года, осужден "
            + "14 декабря 1937 года Особым Совещанием при НКВД СССР по ст. 58-10 ч. 1 УК РСФСР к 10 "
            + "годам лишения свободы.\n"
            + "На основании ст. 1 Закона Республики Казахстан «О реабилитации жертв массовых "
            + "политических репрессий» от 14 апреля 1993 года Омаров Ерденбек Калиевич "
            + "реабилитирован 12.06.1996 г.\nСправка выдана 20.06.1996 г.\n"
            + "Прокурор г. Алматы советник юстиции А.Б. Жумабаев";
    DocumentFacts f = facts(text);
    assertEquals(
        List.of("Омаров Ерденбек Калиевич|1901|с. Каркаралы Семипалатинской губернии|subject",
            "Жумабаев А. Б.|null|null|other"),
        persons(f));
    assertEquals(List.of("58-10"), articles(f));
    assertEquals(List.of("camp 10"), sentences(f));
    assertEquals(List.of("oso"), bodies(f));
    assertEquals(List.of("1937-11-03 arrest", "1937-12-14 decision", "1996-06-12 rehabilitation"),
        dates(f));
    Span first = f.persons().get(0).spans().get(0);
    assertEquals("Омаров Ерденбек Калиевич", text.substring(first.start(), first.end()));
  }

  @Test
  void kazakhCertificate() {
    DocumentFacts f = facts(
        "АНЫҚТАМА\nСейітқалиұлы Жұмабек Ахметұлы 1899 жылы Павлодар облысы Баянауыл ауданында "
            + "туған. 1937 жылғы 3 қарашада тұтқындалып, ҚазКСР НКВД үштігінің 1937 жылғы 14 "
            + "желтоқсандағы шешімімен ҚазКСР ҚК-нің 58-10 бабы бойынша 10 жылға бас "
            + "бостандығынан айырылған.\nҚазақ КСР Жоғарғы Сотының 1958 жылғы 12 маусымдағы "
            + "қаулысымен ақталды.");
    assertEquals(
        List.of("Сейітқалиұлы Жұмабек Ахметұлы|1899|Павлодар облысы Баянауыл ауданында|subject"),
        persons(f));
    assertEquals(List.of("58-10"), articles(f));
    assertEquals(List.of("camp 10"), sentences(f));
    assertEquals(List.of("troika", "court"), bodies(f));
    assertEquals(
        List.of("1937-11-03 arrest", "1937-12-14 decision", "1958-06-12 rehabilitation"),
        dates(f));
  }

  @Test
  void indictmentProposesABodyThatDidNotYetAct() {
    DocumentFacts f = facts(
        "«Утверждаю» Нач. УНКВД по Алма-Атинской обл. капитан госбезопасности Залин\n"
            + "ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nпо следственному делу № 1234 по обвинению Ахметова "
            + "Сабита, 1895 г.р., в преступлениях, предусмотренных ст. 58 п. 10 ч. 1 УК РСФСР.\n"
            + "Ахметов С. арестован 12/XI-37 г. Допрошенный в качестве свидетеля Оспанов Сакен "
            + "показал, что обвиняемый вел среди колхозников антисоветскую агитацию.\n"
            + "Дело направить на рассмотрение Тройки УНКВД по Алма-Атинской обл.");
    assertEquals(
        List.of("Ахметова Сабита|1895|null|subject", "Оспанов Сакен|null|null|other"),
        persons(f));
    assertEquals(List.of("58-10"), articles(f));
    assertEquals(List.of(), sentences(f));
    assertEquals(List.of(), bodies(f));
    assertEquals(List.of("1937-11-12 arrest"), dates(f));
  }

  @Test
  void emptyAndBlankPages() {
    DocumentFacts f = facts("", "   \n ");
    assertEquals(DocumentFacts.EMPTY, f);
  }
}
