package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.muragat.core.access.Viewer;
import kz.muragat.core.facts.PersonsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Persons are linked over every document of the index at the end of each run, into {@code
 * DATA/persons.json}: documents indexed in earlier runs take part, removed ones drop out, and
 * reindex rebuilds the same store from the cache.
 */
class PersonsLinkingRunTest {
  @TempDir Path tmp;

  private static final String RU = "ВЫПИСКА ИЗ ПРОТОКОЛА Тройки НКВД от 12.11.1937 г.\nСЛУШАЛИ: дело по обвинению "
      + "Бекенова Мукана Сейтовича, 1899 г.р., уроженца Каркаралинского района, по ст. 58-10 УК РСФСР.\n"
      + "ПОСТАНОВИЛИ: Бекенова Мукана Сейтовича расстрелять.\n";
  private static final String KK = "Бекенұлы Мұқан 1899 жылы туған, Қарқаралы ауданында. 1937 жылы ату жазасына кесілген.\n";

  @Test
  void eachRunLinksThePersonsOfTheWholeIndex() throws IOException {
    Path scans = Files.createDirectories(tmp.resolve("scans"));
    Path data = tmp.resolve("data");
    Files.writeString(scans.resolve("protocol.txt"), RU, StandardCharsets.UTF_8);
    index(scans, data);
    assertEquals(List.of("protocol.txt"), documentsOf(data, "Бекенов"));

    // a second run indexes only the new file; the person is linked with the one indexed before
    Files.writeString(scans.resolve("note-kk.txt"), KK, StandardCharsets.UTF_8);
    index(scans, data);
    assertEquals(List.of("note-kk.txt", "protocol.txt"), documentsOf(data, "Бекенұлы"));

    new Reindexer(IndexerOptions.defaults(data).withWorkers(1)).reindex(Progress.NONE);
    assertEquals(List.of("note-kk.txt", "protocol.txt"), documentsOf(data, "Бекенов"), "reindex rebuilds the same");

    Files.delete(scans.resolve("protocol.txt"));
    index(scans, data);
    assertEquals(List.of("note-kk.txt"), documentsOf(data, "Бекенов"), "a removed document's mentions go with it");
    assertFalse(Files.exists(data.resolve(PersonsStore.FILE + ".tmp")));
  }

  private static void index(Path scans, Path data) throws IOException {
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data).withWorkers(1))) {
      indexer.index(scans, Progress.NONE);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> documentsOf(Path data, String name) throws IOException {
    List<Map<String, Object>> found = PersonsStore.load(data.resolve(PersonsStore.FILE)).find(name, Viewer.PUBLIC::maySee, (d, h) -> true);
    assertEquals(1, found.size(), found.toString());
    return ((List<Map<String, Object>>) found.get(0).get("documents")).stream().map(d -> (String) d.get("id")).toList();
  }
}
