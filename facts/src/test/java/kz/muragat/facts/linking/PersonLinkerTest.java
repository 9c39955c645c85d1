package kz.muragat.facts.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.facts.persons.PersonMention;
import kz.muragat.facts.persons.PersonRole;
import kz.muragat.facts.text.Span;
import org.junit.jupiter.api.Test;

class PersonLinkerTest {
  private static PersonMention p(String name, Integer year, String place) {
    String[] w = name.split(" ");
    return new PersonMention(w[0], w.length > 1 ? w[1] : null, w.length > 2 ? w[2] : null, year,
        place, PersonRole.SUBJECT, List.of(new Span(1, 0, name.length())));
  }

  private final Map<String, List<PersonMention>> docs = new LinkedHashMap<>();

  private void doc(String id, PersonMention... persons) {
    docs.put(id, List.of(persons));
  }

  private String id(PersonLinker.Links links, String doc) {
    return links.personId(doc, 0);
  }

  @Test
  void samePersonAcrossScriptsCasesAndInitials() {
    doc("ru", p("Джакупова Газымбека Миржакиповича", 1897, "Абралинского района"));
    doc("kk", p("Жақыпұлы Ғазымбек", 1897, "Абыралы ауданында"));
    doc("initials", p("Джакупов Г. М.", 1897, null));
    doc("ocr", p("Жакыпулы Газымбек", 1897, null)); // Kazakh marks lost
    PersonLinker.Links links = PersonLinker.link(docs);
    String id = id(links, "ru");
    assertNotNull(id);
    assertEquals(id, id(links, "kk"));
    assertEquals(id, id(links, "initials"));
    assertEquals(id, id(links, "ocr"));
    assertEquals(1, links.persons().size());
    assertEquals(1897, links.persons().get(0).birthYear());
  }

  @Test
  void namesakesWithAnotherBirthYearStayApart() {
    doc("a", p("Омаров Ерденбек Калиевич", 1901, null));
    doc("b", p("Омарұлы Ерденбек", 1901, null));
    doc("c", p("Омаров Ерденбек Калиевич", 1912, null));
    PersonLinker.Links links = PersonLinker.link(docs);
    assertEquals(id(links, "a"), id(links, "b"));
    assertNotEquals(id(links, "a"), id(links, "c"));
  }

  @Test
  void namesakesBornTheSameYearElsewhereStayApart() {
    doc("a", p("Омаров Ерденбек Калиевич", 1901, "Каркаралинского уезда"));
    doc("b", p("Омаров Ерденбек Калиевич", 1901, "Актюбинской губернии"));
    doc("c", p("Омарұлы Ерденбек", 1901, "Қарқаралы уезінде")); // Kazakh-written: not compared
    PersonLinker.Links links = PersonLinker.link(docs);
    assertNotEquals(id(links, "a"), id(links, "b"));
  }

  @Test
  void otherPatronymicIsAnotherPerson() {
    doc("a", p("Омаров Ерденбек Калиевич", 1901, null));
    doc("b", p("Омаров Ерденбек Сапарович", 1901, null));
    PersonLinker.Links links = PersonLinker.link(docs);
    assertNotEquals(id(links, "a"), id(links, "b"));
  }

  @Test
  void aMentionWithoutAYearJoinsTheOnlyPersonOfItsName() {
    doc("a", p("Омаров Ерденбек Калиевич", 1901, null));
    doc("witness", p("Омаров Ерденбек", null, null));
    PersonLinker.Links links = PersonLinker.link(docs);
    assertEquals(id(links, "a"), id(links, "witness"));
  }

  @Test
  void aMentionWithoutAYearBetweenNamesakesStaysAlone() {
    doc("a", p("Омаров Ерденбек Калиевич", 1901, null));
    doc("b", p("Омаров Ерденбек Калиевич", 1912, null));
    doc("witness", p("Омаров Ерденбек", null, null));
    PersonLinker.Links links = PersonLinker.link(docs);
    assertNotEquals(id(links, "a"), id(links, "witness"));
    assertNotEquals(id(links, "b"), id(links, "witness"));
  }

  @Test
  void thePatronymicChoosesBetweenNamesakes() {
    doc("a", p("Омаров Ерденбек Калиевич", 1901, null));
    doc("b", p("Омаров Ерденбек Сапарович", 1912, null));
    doc("witness", p("Омаров Ерденбек Сапарович", null, null));
    PersonLinker.Links links = PersonLinker.link(docs);
    assertEquals(id(links, "b"), id(links, "witness"));
  }

  @Test
  void oneMisreadLetterWithTheSameYearStillLinks() {
    doc("a", p("Нурпеисов Омирзак Джаганшаович", 1875, null));
    doc("b", p("Нурлеисов Омирзак Джаганшаович", 1875, null));
    doc("c", p("Нурпеисов Омирзак Джаганшаович", 1876, null));
    PersonLinker.Links links = PersonLinker.link(docs);
    assertEquals(id(links, "a"), id(links, "b"));
    assertNotEquals(id(links, "a"), id(links, "c"));
  }

  @Test
  void twoPersonsOfOneDocumentAreNotLinkedToEachOther() {
    doc("a", p("Омаров Ерденбек", null, null), p("Омаров Ерденбек", null, null));
    PersonLinker.Links links = PersonLinker.link(docs);
    assertNotEquals(links.personId("a", 0), links.personId("a", 1));
  }

  @Test
  void idsDoNotDependOnTheOrderOfDocuments() {
    doc("a", p("Омаров Ерденбек Калиевич", 1901, null));
    doc("b", p("Омарұлы Ерденбек", 1901, null));
    doc("c", p("Омаров Ерденбек Калиевич", 1912, null));
    doc("d", p("Сейткалиев Жумабек", null, null));
    PersonLinker.Links first = PersonLinker.link(docs);
    List<String> keys = new ArrayList<>(docs.keySet());
    Collections.reverse(keys);
    Map<String, List<PersonMention>> reversed = new LinkedHashMap<>();
    for (String k : keys) {
      reversed.put(k, docs.get(k));
    }
    PersonLinker.Links second = PersonLinker.link(reversed);
    for (String k : keys) {
      assertEquals(id(first, k), id(second, k), k);
    }
  }

  @Test
  void addingDocumentsKeepsTheIdsOfPersonsAlreadyThere() {
    doc("a", p("Омаров Ерденбек Калиевич", 1901, null));
    doc("b", p("Омарұлы Ерденбек", 1901, null));
    doc("d", p("Сейткалиев Жумабек Ахметович", 1899, null));
    PersonLinker.Links before = PersonLinker.link(docs);
    doc("e", p("Омаров Ерденбек Калиевич", 1912, null)); // a namesake arrives
    doc("f", p("Тлеубердин Сагынай", 1905, null));
    doc("g", p("Сейткалиев Жумабек", 1899, null));
    PersonLinker.Links after = PersonLinker.link(docs);
    for (String k : List.of("a", "b", "d")) {
      assertEquals(id(before, k), id(after, k), k);
    }
    assertEquals(id(after, "d"), id(after, "g"));
  }
}
