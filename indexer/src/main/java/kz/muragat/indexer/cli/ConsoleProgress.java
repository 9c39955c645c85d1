package kz.muragat.indexer.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.indexer.pipeline.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress on the console: a progress bar with pages/s and ETA on a terminal; plain log lines
 * (every file, with a running count) when output goes to a file or a pipe.
 */
final class ConsoleProgress {
  private static final Logger LOG = LoggerFactory.getLogger("kz.muragat.progress");

  private ConsoleProgress() {}

  static Progress create() {
    return System.console() != null ? new Bar() : new Lines();
  }

  private static final class Bar implements Progress {
    private ProgressBar bar;
    private final AtomicInteger pages = new AtomicInteger();
    private final long t0 = System.nanoTime();

    @Override
    public void start(int files) {
      bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(files).setUnit(" files", 1)
          .setStyle(ProgressBarStyle.ASCII).showSpeed(new java.text.DecimalFormat("0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))).setUpdateIntervalMillis(500).build();
    }

    @Override
    public void fileDone(String id, int n, String outcome) {
      int p = pages.addAndGet(n);
      double secs = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
      bar.setExtraMessage(String.format(Locale.ROOT, " · %d pages, %.2f pages/s", p, p / secs));
      bar.step();
    }

    @Override
    public void finish() {
      if (bar != null) bar.close();
    }
  }

  private static final class Lines implements Progress {
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final long t0 = System.nanoTime();
    private int total;

    @Override
    public void start(int files) {
      total = files;
      LOG.info("{} file(s) to check", files);
    }

    /** Synchronized: the file threads report at once, and "[2/13]" must not come out before "[1/13]". */
    @Override
    public synchronized void fileDone(String id, int n, String outcome) {
      int d = done.incrementAndGet();
      int p = pages.addAndGet(n);
      double secs = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
      double rate = d / secs;
      long etaSecs = rate > 0 ? Math.round((total - d) / rate) : -1;
      LOG.info("[{}/{}] {} {} ({} pages, {} pages/s, ETA {} s)", d, total, outcome, id, p, String.format(Locale.ROOT, "%.2f", p / secs), etaSecs);
    }

    @Override
    public void finish() {}
  }
}
