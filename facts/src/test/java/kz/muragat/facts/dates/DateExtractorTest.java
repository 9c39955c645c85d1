package kz.muragat.facts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.NormalizedPage;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
  /** "1937-11-12 decision" per dated event, in text order. */
  private static List<String> events(String text) {
    NormalizedPage page = NormalizedPage.of(1, text);
    return DateExtractor.extract(page, Clauses.of(page.text())).stream()
        .map(d -> d.date() + " " + d.role().label())
        .toList();
  }

  @Test
  void aSessionsDateIsTheDecision() {
    assertEquals(
        List.of("1937-11-12 decision"),
        events("ВЫПИСКА ИЗ ПРОТОКОЛА № 14\nзаседания Особого Совещания при НКВД СССР от 12.XI.1937 г."));
  }

  @Test
  void arrestBeforeOrAfterTheVerb() {
    assertEquals(List.of("1937-11-03 arrest"), events("Сейткалиев Ж.А. арестован 3/XI-37 г. и обвиняется"));
    assertEquals(List.of("1937-11-03 arrest"), events("3 ноября 1937 г. взят под стражу органами НКВД."));
    assertEquals(List.of("1937-11-03 arrest"), events("1937 жылғы 3 қарашада тұтқындалған."));
  }

  @Test
  void kazakhDecisionAndRehabilitationFollowTheDate() {
    assertEquals(
        List.of("1937-12-14 decision", "1958-06-02 rehabilitation"),
        events("1937 жылы 14 желтоқсанда Ерекше кеңестің шешімімен 8 жылға сотталған. "
            + "1958 жылы 2 маусымда ісі қайта қаралып, ақталды."));
  }

  @Test
  void aKazakhCaseStoppedIsTheRehabilitation() {
    // тоқтатылды: the case discontinued, as прекращено
    assertEquals(
        List.of("1958-04-17 rehabilitation"),
        events("1958 жылы 17 сәуірде қылмыс құрамы болмағандықтан ісі тоқтатылды."));
  }

  @Test
  void aKazakhDateTakesTheVerbAfterItWhenOcrLostTheFullStopBefore() {
    // the full stop after кесілген read as a comma: the verb before is the sentence before's
    assertEquals(
        List.of("1938-02-11 decision", "1956-10-30 rehabilitation"),
        events("1938 жылы 11 ақпанда үштіктің қаулысымен 10 жылға сотталған, 1956 жылы 30 "
            + "қазанда ісі қайта қаралып, ақталды."));
    assertEquals(
        List.of("1937-03-05 arrest"),
        events("Мекемеден босатылған, 1937 ж. 5 наурызда тұтқынға алынған."));
    // a Russian date keeps the nearest verb, before it
    assertEquals(
        List.of("1937-03-05 arrest"),
        events("Арестован 5 марта 1937 года, осужден тройкой НКВД."));
  }

  @Test
  void aRulingOfReviewIsTheRehabilitationEvenWhenItNamesTheSentence() {
    assertEquals(
        List.of("1957-05-12 rehabilitation", "1937-11-20 decision"),
        events("Определением Военной коллегии Верховного суда СССР от 12 мая 1957 г. постановление "
            + "тройки НКВД от 20.11.1937 г. в отношении Тлеубердина С.Ж. отменено."));
  }

  @Test
  void theVerbDecidesWhatAnActInTheInstrumentalDid() {
    assertEquals(
        List.of("1958-06-12 rehabilitation"),
        events("Постановлением Президиума Верховного суда КазССР от 12.06.1958 г. Омаров Е.К. "
            + "реабилитирован."));
    assertEquals(
        List.of("1937-12-14 decision"),
        events("Постановлением Особого Совещания при НКВД СССР от 14.12.1937 г. осужден к 10 годам."));
    assertEquals(
        List.of("1937-11-03 arrest", "1937-12-14 decision", "1958-06-12 rehabilitation"),
        events("1937 жылғы 3 қарашада тұтқындалып, ҚазКСР НКВД үштігінің 1937 жылғы 14 "
            + "желтоқсандағы шешімімен 10 жылға бас бостандығынан айырылған. Қазақ КСР Жоғарғы "
            + "Сотының 1958 жылғы 12 маусымдағы қаулысымен ақталды."));
  }

  @Test
  void datesOfArrestAndSentenceInOneClause() {
    assertEquals(
        List.of("1937-11-03 arrest", "1937-12-14 decision"),
        events("арестован 3 ноября 1937 года, осужден 14 декабря 1937 года Особым Совещанием"));
  }

  @Test
  void aHeadersOrAStampsDateIsNoEvent() {
    assertEquals(List.of(), events("СПРАВКА\nг. Алма-Ата 14.03.1991 г.\nИсх. № 12/345"));
    assertEquals(List.of(), events("РАССЕКРЕЧЕНО\nАкт № 59 от 23.01.1991 г."));
    assertEquals(List.of(), events("Справка выдана 12.05.1992 г. для представления в собес."));
  }

  @Test
  void aLawsOrADecreesDateIsNoEvent() {
    assertEquals(
        List.of("1994-05-17 rehabilitation"),
        events("На основании Закона Республики Казахстан «О реабилитации жертв массовых политических "
            + "репрессий» от 14 апреля 1993 года реабилитирован 17 мая 1994 г."));
    assertEquals(
        List.of(),
        events("подлежит исполнению на основании постановления ЦИК СССР от 1 декабря 1934 г."));
    assertEquals(
        List.of(),
        events("подпадает под действие Указа Президиума Верховного Совета СССР от 16 января 1989 г."));
  }

  @Test
  void aBirthDateIsNotADatedEvent() {
    NormalizedPage page = NormalizedPage.of(1, "Омаров Ерденбек, родился 5 марта 1899 г. в ауле № 4");
    List<DateExtractor.Reading> r = DateExtractor.read(page, Clauses.of(page.text()));
    assertEquals(DateRole.BIRTH, r.get(0).role().orElseThrow());
    assertEquals(List.of(), DateExtractor.extract(page, Clauses.of(page.text())));
  }

  @Test
  void anExecutionIsNotTheDecision() {
    assertEquals(
        List.of("1937-11-20 decision"),
        events("Осужден тройкой 20.11.1937 г. Приговор приведен в исполнение 29.11.1937 г."));
  }

  @Test
  void anActsDateKeepsItsRoleWhenTheVerbAfterIsOfSomethingElse() {
    assertEquals(List.of("1937-11-12 decision"), events("Решением тройки УНКВД от 12.11.1937 г. расстрелян."));
  }

  @Test
  void otherWordingsOfArrest() {
    assertEquals(List.of("1937-11-03 arrest"), events("Мера пресечения - содержание под стражей с 3.11.1937 г."));
    assertEquals(List.of("1937-11-12 arrest"), events("1937 жылы 12 қарашада қамалған."));
    assertEquals(List.of("1937-11-12 arrest"), events("1937 жылы 12 қарашада тұтқынға алынды."));
  }

  @Test
  void otherWordingsOfDecisionAndReview() {
    assertEquals(List.of("1937-11-12 decision"),
        events("Особое совещание при НКВД СССР 12.11.1937 г. постановило: заключить в ИТЛ"));
    assertEquals(List.of("1937-12-20 decision"), events("Репрессирован 20.12.1937 г. тройкой НКВД."));
    assertEquals(List.of("1937-12-20 decision"), events("1937 жылы 20 желтоқсанда жазаланды."));
    assertEquals(List.of("1958-05-12 rehabilitation"),
        events("Военная коллегия 12 мая 1958 г. определила: приговор отменить, дело прекратить"));
  }

  @Test
  void aReleaseIsNoEvent() {
    assertEquals(List.of("1937-12-20 decision"),
        events("осужден 20.12.1937 г. к 8 годам ИТЛ, освобожден 12.11.1945 г."));
    assertEquals(List.of(), events("1945 жылы 12 қарашада босатылды, бұрын 8 жылға сотталған."));
  }

  @Test
  void noisyOcr() {
    // 19З7 with a З, a | for a 1, a speck between year and жылы
    assertEquals(List.of("1937-12-23 decision"), events("заседания тройки НКВД от 23.12.19З7 г."));
    assertEquals(List.of("1938-10-03 decision"),
        events("1938\nр\nжылы 3 қазанда НКВД үштігінің қаулысымен ату жазасына кесілген."));
  }
}
