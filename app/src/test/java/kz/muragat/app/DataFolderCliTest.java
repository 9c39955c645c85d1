package kz.muragat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong data folder is an error that says what was expected and how to make one — never an
 * empty archive served, a folder created by a typo, or a demo that only runs from the checkout.
 */
class DataFolderCliTest {
  @TempDir Path tmp;

  @Test
  void serveRefusesAFolderThatDoesNotExistOrIsNotADataFolder() throws Exception {
    Path missing = tmp.resolve("data");
    Cli.Run r = Cli.run(tmp, Map.of(), 60, "serve", "--port", "0");
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains(missing + " does not exist"), r.err());
    assertTrue(r.err().contains("muragat index SCANS --data " + missing), "says how to make one: " + r.err());
    assertTrue(r.err().contains("--data DIR"), "says how to pick another: " + r.err());
    assertFalse(Files.exists(missing), "nothing is created");

    Path notData = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(notData.resolve("holiday.txt"), "not an index");
    r = Cli.run(tmp, Map.of(), 60, "serve", "--data", notData.toString(), "--port", "0");
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains(notData + " is not a Muragat data folder: it has no search index (index/)"), r.err());
    assertFalse(Files.exists(notData.resolve("index")), "nothing is created");
  }

  @Test
  void reindexDoesNotCreateAMistypedFolder() throws Exception {
    Path typo = tmp.resolve("typo");
    Cli.Run r = Cli.run(tmp, Map.of(), 60, "reindex", "--data", typo.toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains(typo + " does not exist"), r.err());
    assertFalse(Files.exists(typo), "the mistyped folder is not created");

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    r = Cli.run(tmp, Map.of(), 60, "reindex", "--data", empty.toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("is not a Muragat data folder: it has neither a catalog"), r.err());
    try (var left = Files.list(empty)) {
      assertEquals(0, left.count(), "nothing is written into it");
    }
  }

  @Test
  void demoRunsFromAnyFolderOnTheInstallationsSamples() throws Exception {
    // an installation of its own (MURAGAT_HOME), with one small sample, started from elsewhere
    Path home = Files.createDirectories(tmp.resolve("install"));
    Files.createDirectories(home.resolve("samples"));
    Files.writeString(home.resolve("samples").resolve("note.txt"), "Справка о реабилитации Жумабаева Касыма.", StandardCharsets.UTF_8);
    Path elsewhere = Files.createDirectories(tmp.resolve("somewhere-else"));
    Cli.Started demo = Cli.start(elsewhere, Map.of("MURAGAT_HOME", home.toString()), "demo", "--port", "0");
    try {
      demo.awaitOutput("Muragat is serving", 120);
      Matcher m = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/").matcher(demo.output());
      assertTrue(m.find(), demo.output());
      String url = "http://127.0.0.1:" + m.group(1) + "/api/search?q=" + URLEncoder.encode("реабилитации", StandardCharsets.UTF_8);
      HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, res.statusCode(), res.body());
      assertTrue(res.body().contains("\"note.txt\""), res.body());
      assertTrue(Files.exists(home.resolve("data").resolve("index")), "the demo's data folder is the installation's");
      try (var left = Files.list(elsewhere)) {
        assertEquals(0, left.count(), "nothing is written where it was started");
      }
    } finally {
      demo.stop();
    }
  }
}
