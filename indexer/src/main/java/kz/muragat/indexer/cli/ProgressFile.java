package kz.muragat.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.indexer.pipeline.Progress;

/**
 * The run in progress, for the server's metrics: {@code DATA/reports/progress.json} says whether
 * a run is going, how many files it has and has done, and how many pages it wrote — rewritten
 * (atomically) at most every {@link #EVERY_MILLIS} and when the run ends. Passes everything on to
 * the progress shown on the console.
 */
final class ProgressFile implements Progress {
  static final long EVERY_MILLIS = 2_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Progress shown;
  private final AtomicInteger done = new AtomicInteger(), pages = new AtomicInteger();
  private volatile int files;
  private volatile String startedAt;
  private long lastWrite;

  private ProgressFile(Path file, Progress shown) {
    this.file = file;
    this.shown = shown;
  }

  /** The console's progress, also written to {@code reportsDir/progress.json}. */
  static Progress around(Progress shown, Path reportsDir) {
    return new ProgressFile(reportsDir.resolve("progress.json"), shown);
  }

  @Override
  public void start(int files) {
    this.files = files;
    this.startedAt = Instant.now().toString();
    write(true, true);
    shown.start(files);
  }

  @Override
  public void fileDone(String id, int n, String outcome) {
    done.incrementAndGet();
    pages.addAndGet(n);
    write(true, false);
    shown.fileDone(id, n, outcome);
  }

  @Override
  public void finish() {
    write(false, true);
    shown.finish();
  }

  private synchronized void write(boolean running, boolean now) {
    long t = System.currentTimeMillis();
    if (!now && t - lastWrite < EVERY_MILLIS) return;
    lastWrite = t;
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("running", running);
    status.put("startedAt", startedAt);
    status.put("updatedAt", Instant.ofEpochMilli(t).toString());
    status.put("files", files);
    status.put("done", done.get());
    status.put("pages", pages.get());
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(".progress.tmp");
      JSON.writeValue(tmp.toFile(), status);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // progress for the metrics only: a full disk is reported by the run itself
    }
  }
}
