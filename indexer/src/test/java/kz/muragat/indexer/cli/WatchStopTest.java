package kz.muragat.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index --watch} stops at once on SIGTERM (what Ctrl-C, systemd and container runtimes
 * send) and says so. It used to take over ten seconds: its shutdown hook waited for the main
 * thread, which itself waited in {@code System.exit} for the hooks to finish.
 */
class WatchStopTest {
  /** What "at once" allows, JVM shutdown on a loaded machine included; the bug took more than 10 s. */
  private static final int STOP_SECONDS = 5;

  @TempDir Path tmp;

  @Test
  void sigtermStopsTheWatchAtOnceAndSaysSo() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("share"));
    Files.writeString(folder.resolve("a.txt"), "Протокол допроса Жумабаева.", StandardCharsets.UTF_8);
    Path log = tmp.resolve("watch.log");
    ProcessBuilder pb = new ProcessBuilder(
        List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
            IndexerMain.class.getName(), "index", folder.toString(), "--data", tmp.resolve("data").toString(), "--watch",
            "--watch-seconds", "60", "--workers", "1"))
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("MURAGAT_CONFIG", tmp.resolve("no-config.properties").toString());
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    Process p = pb.start();
    try {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      // the first pass is done and reported: the watch now sleeps between looks at the folder
      while (!Files.readString(log).contains("report: ")) {
        if (!p.isAlive()) fail("the watch ended by itself:\n" + Files.readString(log));
        if (System.nanoTime() > end) fail("no first pass within 120 s:\n" + Files.readString(log));
        Thread.sleep(50);
      }
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(STOP_SECONDS, TimeUnit.SECONDS), "still running " + STOP_SECONDS + " s after SIGTERM:\n" + Files.readString(log));
      String out = Files.readString(log);
      assertTrue(out.contains("muragat index: stopping the watch"), out);
      assertTrue(out.contains("muragat index: watch stopped"), out);
    } finally {
      p.destroyForcibly();
    }
  }
}
