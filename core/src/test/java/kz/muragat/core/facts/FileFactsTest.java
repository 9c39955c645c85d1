package kz.muragat.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.muragat.core.access.Viewer;
import kz.muragat.facts.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts per access variant: a closed page's facts reach only callers who may see that page. */
class FileFactsTest {
  private static final String OPEN =
      "ВЫПИСКА ИЗ ПРОТОКОЛА Тройки НКВД по Карагандинской области от 12.11.1937 г.\n"
          + "СЛУШАЛИ: дело по обвинению Бекенова Мукана Сейтовича, 1899 г.р., уроженца Каркаралинского района, "
          + "по ст. 58-10 УК РСФСР.\nПОСТАНОВИЛИ: Бекенова Мукана Сейтовича расстрелять.";
  private static final String CLOSED =
      "СПРАВКА. Дело по обвинению Журавлева Петра Ивановича, 1901 г.р., по ст. 58-11 УК РСФСР "
          + "рассмотрено Особым совещанием, приговорен к 8 годам ИТЛ.";

  private static final Viewer CLOSED_LEVEL = new Viewer(Set.of("closed"), false);
  /** Every document still holds what the store was built from. */
  private static final PersonsStore.Current ALL_CURRENT = (document, digest) -> true;

  private static FileFacts read() {
    return FileFacts.read(List.of(new PageText(1, OPEN), new PageText(2, CLOSED)), Map.of(2, "closed"));
  }

  @Test
  void facetsComeOnlyFromPagesAtTheDocumentsLevel() {
    Map<String, Set<String>> facets = read().facets();
    assertEquals(Set.of("58-10"), facets.get(FactFacets.ARTICLE));
    assertEquals(Set.of("death"), facets.get(FactFacets.SENTENCE));
    assertEquals(Set.of("troika"), facets.get(FactFacets.BODY));
    assertEquals(Set.of("Бекенова Мукана Сейтовича, 1899"), facets.get(FactFacets.PERSON));
  }

  @Test
  void aCallerSeesTheVariantOfThePagesTheyMaySee() {
    String stored = read().toJson();
    Map<String, Object> anonymous = FactsView.of("d.tif", stored, Viewer.PUBLIC::maySee, PersonsStore.EMPTY);
    assertEquals(List.of("58-10"), anonymous.get("articles"));
    assertFalse(anonymous.toString().contains("Журавлев"), anonymous.toString());
    assertFalse(anonymous.toString().contains("oso"));
    Map<String, Object> closed = FactsView.of("d.tif", stored, CLOSED_LEVEL::maySee, PersonsStore.EMPTY);
    assertEquals(List.of("58-10", "58-11"), closed.get("articles"));
    assertTrue(closed.toString().contains("Журавлев"), closed.toString());
    assertEquals(closed, FactsView.of("d.tif", stored, new Viewer(Set.of(), true)::maySee, PersonsStore.EMPTY), "an administrator sees everything");
    assertEquals(anonymous, FactsView.of("d.tif", stored, new Viewer(Set.of("restricted"), false)::maySee, PersonsStore.EMPTY), "another level is no help");
  }

  @Test
  void personsAreLinkedAcrossDocumentsAndScriptsAndListedByWhatACallerMaySee(@TempDir Path dir) throws Exception {
    String kazakh = "Бекенұлы Мұқан 1899 жылы туған, Қарқаралы ауданында. 1937 жылы ату жазасына кесілген.";
    Path file = dir.resolve(PersonsStore.FILE);
    PersonsStore.build(Map.of(
        "a.tif", new PersonsStore.Source("public", read().toJson()),
        "b.tif", new PersonsStore.Source("public", FileFacts.read(List.of(new PageText(1, kazakh)), Map.of()).toJson())), file);
    PersonsStore store = PersonsStore.load(file);
    List<Map<String, Object>> found = store.find("Бекенов", Viewer.PUBLIC::maySee, ALL_CURRENT);
    assertEquals(1, found.size(), found.toString());
    assertEquals(2, ((List<?>) found.get(0).get("documents")).size(), "the Russian and the Kazakh record: " + found);
    assertEquals(found, store.find("Бекенұлы", Viewer.PUBLIC::maySee, ALL_CURRENT), "any spelling finds the person");
    assertTrue(store.find("Журавлев", Viewer.PUBLIC::maySee, ALL_CURRENT).isEmpty(), "named only on a closed page");
    assertEquals(1, store.find("Журавлев", CLOSED_LEVEL::maySee, ALL_CURRENT).size());
    String id = (String) found.get(0).get("person");
    assertNotNull(store.person(id, Viewer.PUBLIC::maySee, ALL_CURRENT).orElse(null));
    // the Kazakh note rewritten (or closed) since the store was built: its mention is hidden at once
    PersonsStore.Current noteChanged = (document, digest) -> !document.equals("b.tif");
    List<?> documents = (List<?>) store.find("Бекенов", Viewer.PUBLIC::maySee, noteChanged).get(0).get("documents");
    assertEquals(1, documents.size(), documents.toString());
    assertTrue(store.find("Бекенұлы", Viewer.PUBLIC::maySee, (document, digest) -> false).isEmpty());
    Map<String, Object> facts = FactsView.of("a.tif", read().toJson(), Viewer.PUBLIC::maySee, store);
    assertEquals(id, ((List<Map<?, ?>>) facts.get("persons")).get(0).get("person"));
  }
}
