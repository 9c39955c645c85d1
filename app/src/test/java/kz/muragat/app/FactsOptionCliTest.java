package kz.muragat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.muragat.core.access.Viewer;
import kz.muragat.core.facts.PersonsStore;
import kz.muragat.indexer.index.DocumentIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --facts on|off} on index and reindex, also as {@code MURAGAT_FACTS} and {@code facts =}
 * in the configuration file: off writes documents without case facts (no facts stored, no person
 * linked), on (the default) reads them; the flag beats the configuration.
 */
class FactsOptionCliTest {
  @TempDir Path tmp;

  private static final String PROTOCOL = "ВЫПИСКА ИЗ ПРОТОКОЛА Тройки НКВД от 12.11.1937 г.\nСЛУШАЛИ: дело по обвинению "
      + "Бекенова Мукана Сейтовича, 1899 г.р., по ст. 58-10 УК РСФСР.\nПОСТАНОВИЛИ: Бекенова Мукана Сейтовича расстрелять.\n";

  @Test
  void offIndexesNoFactsAndOnDoes() throws Exception {
    Path scans = Files.createDirectories(tmp.resolve("scans"));
    Files.writeString(scans.resolve("protocol.txt"), PROTOCOL, StandardCharsets.UTF_8);

    Path on = tmp.resolve("on");
    index(Map.of(), "index", scans.toString(), "--data", on.toString());
    assertFacts(on, true);

    Path off = tmp.resolve("off");
    index(Map.of(), "index", scans.toString(), "--data", off.toString(), "--facts", "off");
    assertFacts(off, false);

    Path env = tmp.resolve("env");
    index(Map.of("MURAGAT_FACTS", "off"), "index", scans.toString(), "--data", env.toString());
    assertFacts(env, false);

    // the configuration file says off; reindex with the flag on reads the facts from the cache
    Path config = Files.writeString(tmp.resolve("muragat.properties"), "facts = off\n", StandardCharsets.UTF_8);
    Path configured = tmp.resolve("configured");
    Map<String, String> withConfig = Map.of("MURAGAT_CONFIG", config.toString());
    index(withConfig, "index", scans.toString(), "--data", configured.toString());
    assertFacts(configured, false);
    index(withConfig, "reindex", "--data", configured.toString(), "--facts", "on");
    assertFacts(configured, true);

    Cli.Run bad = Cli.run(tmp, Map.of(), 60, "index", scans.toString(), "--data", tmp.resolve("bad").toString(), "--facts", "maybe");
    assertEquals(2, bad.exit(), bad.all());
    assertTrue(bad.err().contains("expected on or off, not 'maybe'"), bad.err());
  }

  private void index(Map<String, String> env, String... args) throws Exception {
    Cli.Run r = Cli.run(tmp, env, 120, args);
    assertEquals(0, r.exit(), r.all());
  }

  private static void assertFacts(Path data, boolean expected) throws IOException {
    String json;
    try (DocumentIndex index = new DocumentIndex(data.resolve("index"), false)) {
      json = index.facts().get("protocol.txt").factsJson();
    }
    var persons = PersonsStore.load(data.resolve(PersonsStore.FILE)).find("Бекенов", Viewer.PUBLIC::maySee, (d, h) -> true);
    if (expected) {
      assertNotNull(json, "facts stored");
      assertTrue(json.contains("58-10") && json.contains("Бекенов"), json);
      assertEquals(1, persons.size(), persons.toString());
    } else {
      assertNull(json, "no facts stored");
      assertEquals(0, persons.size(), persons.toString());
    }
  }
}
