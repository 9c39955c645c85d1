package kz.muragat.server.redteam;

import static kz.muragat.server.redteam.RedTeam.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.indexer.pipeline.IndexReport;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.server.MuragatServer;
import kz.muragat.server.ServerOptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 items 2 and 3: what whoever may write into the indexed folder can make the indexer
 * publish — files outside it through symbolic links, documents left public by metadata that does
 * not apply. Each hostile input is in the report with its reason, and nothing of it is searchable.
 */
class IndexingAttacksTest extends AttackTest {
  static Map<String, String> failures(IndexReport report, Path folder) {
    Map<String, String> out = new HashMap<>();
    for (IndexReport.Failure f : report.failed()) {
      String key = f.id() != null ? f.id() : folder.toAbsolutePath().normalize().relativize(Path.of(f.path())).toString();
      out.merge(key, f.reason(), (a, b) -> a + " | " + b);
    }
    return out;
  }

  @Test
  void everyHostileInputIsReportedWithItsReason() {
    Map<String, String> failed = failures(rt.report, rt.docs);
    Map<String, String> expected =
        Map.of(
            "passwd.txt", "symbolic link leading outside the indexed folder",
            "linked", "symbolic link leading outside the indexed folder",
            "sub/inner.txt", "a manifest describes only the files beside it",
            "blank.txt", "access is blank",
            "twice.txt", "keys 'access' and 'ACCESS' name the same field",
            "typo.txt", "'pubilc' is not a known access level",
            "wide.txt", "3001 metadata fields: at most 64",
            "manifest.csv", "names 'gone.txt': no such file",
            RedTeam.NEWLINE_NAME, "empty file");
    for (var e : expected.entrySet()) {
      assertTrue(failed.getOrDefault(e.getKey(), "").contains(e.getValue()), e.getKey() + ": " + failed.get(e.getKey()) + "\nreport: " + failed);
      RedTeam.attack();
    }
    assertTrue(failed.get("manifest.csv").contains("names 'sub/inner.txt', which is not a file of this folder"), failed.get("manifest.csv"));
    // the NFD-named file took its NFC row: indexed, closed
    assertTrue(!failed.containsKey(RedTeam.NFD_NAME), failed.toString());
  }

  /**
   * A document indexed as public whose sidecar then says something that cannot be applied (here a
   * blank access level, as a curator clearing the field to re-type it would leave it): the next
   * run withdraws it rather than keeping the public version.
   */
  @Test
  void aDocumentWhoseMetadataStopsApplyingIsWithdrawnNotLeftPublic() throws Exception {
    Path docs = Files.createDirectories(rt.root.resolve("withdraw/docs"));
    Path data = rt.root.resolve("withdraw/data");
    Files.writeString(docs.resolve("case.txt"), "Протокол. Уроженец Кзыл-Ординского уезда.");
    Files.writeString(docs.resolve("case.txt.meta.json"), "{\"access\": \"public\"}");
    Files.writeString(docs.resolve("other.txt"), "Справка. Уроженец Кзыл-Ординского уезда.");
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data).withWorkers(1))) {
      assertEquals(2, indexer.index(docs, Progress.NONE).indexed());
      Files.writeString(docs.resolve("case.txt.meta.json"), "{\"access\": \" \"}");
      IndexReport second = indexer.index(docs, Progress.NONE);
      assertTrue(failures(second, docs).getOrDefault("case.txt", "").contains("access is blank"), second.failed().toString());
    }
    try (MuragatServer s = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0, rt.tokensFile, 0, 0)).start()) {
      for (RedTeam.Caller c : List.of(RedTeam.ANONYMOUS, RedTeam.ADMIN)) {
        assertEquals(404, RedTeam.send(s, c, "GET", "/api/documents/case.txt").status(), c.name());
        assertEquals(1, RedTeam.send(s, c, "GET", "/api/search?q=" + q("Кзыл-Ординского")).json().get("total").asInt(), c.name());
      }
    }
    RedTeam.attack();
  }
}
