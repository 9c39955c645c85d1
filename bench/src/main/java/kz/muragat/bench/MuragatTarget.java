package kz.muragat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Muragat itself: the corpus is indexed by {@link MuragatLoad} (the indexer's schema, analysis and
 * writer) in a JVM of its own, then served by the real server, {@code bin/muragat serve}, in
 * another, with {@code -Xmx} = {@code --heap} (1g).
 */
final class MuragatTarget extends MuragatApiTarget {
  private final Path home;
  private final String heap;
  private final int threads;
  private ServerProcess server;

  MuragatTarget(Path home, String heap, int threads) {
    super("muragat", null);
    this.home = home;
    this.heap = heap;
    this.threads = threads;
    this.heapMax = BenchRun.parseBytes(heap);
  }

  @Override
  public String description() {
    return "Muragat " + "(bin/muragat serve, -Xmx" + heap + "; index written by the indexer's IndexSchema/DocumentIndex, full Russian/Kazakh analysis, "
        + threads + " threads)";
  }

  @Override
  public LoadStats load(Corpus corpus, Path dir) throws Exception {
    Path data = dir.resolve("data");
    List<String> cmd = new ArrayList<>(List.of(Memory.jdkTool("java"), "-Xmx2g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Bench.class.getName(), "load-muragat", "--data", data.toString(), "--pages", Integer.toString(corpus.pages()),
        "--seed", Long.toString(corpus.seed()), "--threads", Integer.toString(threads)));
    try (ServerProcess p = new ServerProcess("muragat-load", cmd, Map.of(), dir.resolve("load.log"))) {
      String line = p.await(l -> l.startsWith("{"), Duration.ofHours(12));
      JsonNode j = Http.JSON.readTree(line);
      if (p.waitFor() != 0) throw new IllegalStateException("muragat load failed; see " + dir.resolve("load.log"));
      return new LoadStats(j.get("documents").asLong(), j.get("pages").asLong(), j.get("bytes").asLong(), j.get("ms").asLong());
    }
  }

  @Override
  public void start(Path dir) throws Exception {
    Path data = dir.resolve("data");
    indexDir = data.resolve("index");
    int port = ServerProcess.freePort();
    Path launcher = home.resolve("bin/muragat");
    if (!Files.isExecutable(launcher)) throw new IllegalStateException("no " + launcher);
    server =
        new ServerProcess(
            "muragat-serve",
            List.of(launcher.toString(), "serve", "--data", data.toString(), "--port", Integer.toString(port), "--host", "127.0.0.1", "--rate-limit", "0"),
            Map.of("MURAGAT_JAVA_OPTS", "-Xmx" + heap),
            dir.resolve("serve.log"),
            home).terminateOnClose();
    pid = server.pid();
    url = "http://127.0.0.1:" + port;
    Http.awaitReady(url + "/api/health", j -> j.path("indexReady").asBoolean(false), Duration.ofMinutes(2));
  }

  @Override
  public void close() throws Exception {
    if (server != null) server.close();
    server = null;
  }
}
