package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.core.store.DataFolder;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup and restore of docs/operations.md, done as written: the data folder archived with
 * {@code tar} while the real server serves it and answers searches, then unpacked into a new folder
 * that a second server serves — the same answers, a clean index.
 */
class BackupRestoreTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> QUERIES = List.of("Жумабаева", "реабилитации", "тройки", "ақталды");

  @TempDir Path tmp;

  @Test
  void aBackupTakenWhileServingRestoresToTheSameArchive() throws Exception {
    Path scans = Files.createDirectories(tmp.resolve("scans"));
    Files.writeString(scans.resolve("протокол.txt"), "Протокол допроса Жумабаева Касыма.\nВыписка из протокола тройки.\n");
    Files.writeString(scans.resolve("справка.txt"), "Справка о реабилитации Жумабаева.\n");
    Files.writeString(scans.resolve("анықтама.txt"), "Жұмабаев Қасым 1958 жылы ақталды.\n");
    Path data = tmp.resolve("data");
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data).withWorkers(1))) {
      indexer.index(scans, Progress.NONE);
    }

    try (MuragatServer live = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0)).start()) {
      List<JsonNode> before = answers(live);
      // searches go on while the backup is taken: none fails
      AtomicBoolean backingUp = new AtomicBoolean(true);
      AtomicInteger served = new AtomicInteger(), failed = new AtomicInteger();
      Thread searcher = new Thread(() -> {
        while (backingUp.get()) {
          try {
            if (status(live, QUERIES.get(served.get() % QUERIES.size())) == 200) served.incrementAndGet();
            else failed.incrementAndGet();
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
      });
      searcher.start();
      Path backup = tmp.resolve("muragat-backup.tar.gz");
      try {
        run(tmp, "tar", "-C", data.toString(), "-czf", backup.toString(), ".");
      } finally {
        backingUp.set(false);
        searcher.join(10_000);
      }
      assertEquals(0, failed.get(), "searches failed during the backup");
      assertTrue(served.get() > 0, "searches were served during the backup");

      // restore into a new folder, as after losing the disk
      Path restored = Files.createDirectories(tmp.resolve("restored"));
      run(tmp, "tar", "-C", restored.toString(), "-xzf", backup.toString());
      assertTrue(new DataFolder(restored).problemForServing(false).isEmpty(), "serve accepts the restored folder");
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (FSDirectory dir = FSDirectory.open(restored.resolve("index"));
          CheckIndex check = new CheckIndex(dir)) {
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        assertTrue(check.checkIndex().clean, "the restored index checks clean:\n" + log);
      }
      try (MuragatServer again = new MuragatServer(new ServerOptions(restored, "127.0.0.1", 0)).start()) {
        assertEquals(before, answers(again), "the restored archive answers as the original did");
        JsonNode doc = JSON.readTree(get(again, "/api/documents/" + URLEncoder.encode("протокол.txt", StandardCharsets.UTF_8)).body());
        assertTrue(doc.get("pages").get(0).get("text").asText().contains("Жумабаева"), "page text comes back from the restored store");
      }
    }
  }

  /** Each query's total and ids, in order. */
  private static List<JsonNode> answers(MuragatServer server) throws Exception {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (String q : QUERIES) {
      JsonNode r = JSON.readTree(get(server, "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body());
      com.fasterxml.jackson.databind.node.ObjectNode a = JSON.createObjectNode();
      a.put("q", q);
      a.set("total", r.get("total"));
      com.fasterxml.jackson.databind.node.ArrayNode ids = a.putArray("ids");
      r.get("hits").forEach(h -> ids.add(h.get("id")));
      out.add(a);
    }
    assertTrue(out.stream().allMatch(a -> a.get("total").asLong() > 0), out.toString());
    return out;
  }

  private static HttpResponse<String> get(MuragatServer server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static int status(MuragatServer server, String q) throws Exception {
    return get(server, "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).statusCode();
  }

  private static void run(Path dir, String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", cmd));
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
  }
}
