package kz.muragat.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.muragat.core.metadata.AccessLevels;
import kz.muragat.indexer.ocr.OcrSettings;
import kz.muragat.indexer.ocr.OcrUnavailableException;
import kz.muragat.indexer.ocr.Preprocessing;
import kz.muragat.indexer.pipeline.IndexReport;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.core.store.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code muragat index <folder>}: indexes a folder of scans into the data directory. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index a folder of scans (TIFF, PNG, JPEG, PDF, Office, HTML, TXT) recursively.",
      "Only new or changed files are processed; documents whose files are gone are removed.",
      "ALTO or hOCR delivered beside a scan (scan.xml, scan.alto.xml, scan.hocr, scan.html) is used instead of OCR.",
      "Safe to kill at any moment: the next run finishes the job.",
      "Exit status: 0 all files indexed, 1 some files failed or had metadata that cannot be true, such as the date",
      "1937-13-45 (indexed without it; see the report), 2 bad usage, 3 cannot run,",
      "4 the data directory could not be written (disk full?): the run stopped, the index keeps its last commit."
    })
public final class IndexCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder to index.")
  Path folder;

  @Option(names = "--data", defaultValue = "data", description = "Data directory (index, OCR cache, reports). Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(names = "--workers", defaultValue = "0", description = "OCR workers, one Tesseract engine and one core each; 0 = one per core.")
  int workers;

  @Mixin OcrOptions ocrOptions;

  @Mixin SolrOptions solrOptions;

  @Mixin FactsOption factsOption;

  @Option(names = "--keep-missing", description = "Keep documents whose source files are gone.")
  boolean keepMissing;

  @Option(names = "--force-ocr", description = "Extract and OCR every file again, ignoring the cache and any ALTO/hOCR beside the scans.")
  boolean forceOcr;

  @Option(names = "--low-confidence", defaultValue = "60", description = "List OCR pages below this mean confidence for review. Default: ${DEFAULT-VALUE}.")
  float lowConfidence;

  @Option(names = "--commit-seconds", defaultValue = "5",
      description = "Commit (make new documents searchable) at least this often. Default: ${DEFAULT-VALUE}.")
  double commitSeconds;

  @Option(names = "--commit-docs", defaultValue = "200", description = "... and after this many documents. Default: ${DEFAULT-VALUE}.")
  int commitDocs;

  @Option(names = "--file-timeout", defaultValue = "600",
      description = "Abandon (and report) a file not extracted within this many seconds; 0 = no limit. Default: ${DEFAULT-VALUE}.")
  double fileTimeout;

  @Option(names = "--allow-links-to", split = ",", paramLabel = "FOLDER",
      description = "Folders outside FOLDER that symbolic links under it may lead into (comma-separated). "
          + "Default: none — a link leading outside FOLDER is reported and not followed.")
  List<Path> allowLinksTo = new ArrayList<>();

  @Option(names = "--access-levels", split = ",", defaultValue = "restricted,closed", paramLabel = "LEVEL",
      description = "Access levels the metadata may name besides public (comma-separated). A file whose access or page_access"
          + " names another level, or is blank, is reported and not indexed. Default: ${DEFAULT-VALUE}.")
  List<String> accessLevels = new ArrayList<>();

  @Option(names = "--watch", description = "Keep running: index again whenever files under FOLDER change (Ctrl-C stops).")
  boolean watch;

  @Option(names = "--watch-seconds", defaultValue = "5",
      description = "With --watch: how often to look for changes; a change is indexed once it has been still this long. Default: ${DEFAULT-VALUE}.")
  double watchSeconds;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(folder)) {
      System.err.println("muragat index: not a folder: " + folder);
      return 2;
    }
    Preprocessing pre;
    try {
      pre = ocrOptions.preprocessing();
    } catch (IllegalArgumentException e) {
      System.err.println("muragat index: " + e.getMessage());
      return 2;
    }
    if (fileTimeout < 0) {
      System.err.println("muragat index: --file-timeout must be 0 (no limit) or a number of seconds");
      return 2;
    }
    int n = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    OcrSettings ocr = ocrOptions.settings();
    AccessLevels levels;
    try {
      levels = new AccessLevels(accessLevels);
    } catch (IllegalArgumentException e) {
      System.err.println("muragat index: --access-levels: " + e.getMessage());
      return 2;
    }
    IndexerOptions options =
        new IndexerOptions(data, ocr, n, keepMissing, forceOcr, lowConfidence)
            .withAccessLevels(levels)
            .withCommitPolicy(Math.round(commitSeconds * 1000), Math.max(1, commitDocs))
            .withPreprocessing(pre)
            .withFileTimeout(Math.round(fileTimeout * 1000))
            .withLinkRoots(allowLinksTo.stream().filter(p -> !p.toString().isBlank()).toList())
            .withFacts(factsOption.read());
    for (Path p : options.linkRoots()) {
      if (!Files.isDirectory(p)) {
        System.err.println("muragat index: --allow-links-to: not a folder: " + p);
        return 2;
      }
    }
    IndexReport report;
    try (Indexer indexer = new Indexer(options, solrOptions.target(options))) {
      if (watch) return watch(indexer, options);
      report = indexer.index(folder, ProgressFile.around(ConsoleProgress.create(), options.reportsDir()));
    } catch (OcrUnavailableException e) {
      System.err.println("muragat index: " + e.getMessage());
      return 3;
    } catch (StorageException e) {
      return storageFailed(e, options);
    } finally {
      closed.countDown();
    }
    printSummary(report, options);
    return report.ok() ? 0 : 1;
  }

  /** Counted down once the indexer is closed: the watch's shutdown hook waits for it. */
  private final CountDownLatch closed = new CountDownLatch(1);

  /** How long Ctrl-C or SIGTERM waits for a watch to close the index before the process ends anyway. */
  static final long STOP_GRACE_MILLIS = 800;

  /**
   * Watches the folder until Ctrl-C or SIGTERM, which stops it at once: the shutdown hook wakes
   * the watch and waits a moment for the index to be closed ({@link #closed}); a pass still
   * running then is simply cut short, which is safe — the index is as of its last commit and the
   * next run goes on from there.
   */
  private int watch(Indexer indexer, IndexerOptions options) throws IOException {
    AtomicBoolean stop = new AtomicBoolean();
    Thread main = Thread.currentThread();
    Thread hook = new Thread(() -> {
      stop.set(true);
      System.err.println("muragat index: stopping the watch");
      main.interrupt();
      try {
        if (closed.await(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
          System.err.println("muragat index: watch stopped");
        } else {
          System.err.println("muragat index: watch stopped during a pass; the index is as of its last commit and the next run goes on from there");
        }
      } catch (InterruptedException ignored) {
        // shutting down anyway
      }
    }, "watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    System.err.println("watching " + folder + " (Ctrl-C stops)");
    try {
      indexer.watch(folder, () -> ProgressFile.around(ConsoleProgress.create(), options.reportsDir()), Math.round(watchSeconds * 1000), stop::get, r -> printSummary(r, options));
    } catch (InterruptedException | java.io.InterruptedIOException e) {
      // stopped
    } catch (IOException e) {
      if (!stop.get()) throw e; // a pass cut short by the stop
    }
    return 0;
  }

  /** Exit status 4: the data directory could not be written. */
  static final int EXIT_STORAGE = 4;

  static int storageFailed(StorageException e, IndexerOptions options) {
    System.err.println("muragat index: stopped: " + e.getMessage());
    System.err.println(
        (e.diskFull() ? "the disk holding " + options.dataDir() + " is full: free space" : "make " + options.dataDir() + " writable")
            + " and run the command again; the index is as of its last commit and the next run goes on from there");
    return EXIT_STORAGE;
  }

  static void printSummary(IndexReport report, IndexerOptions options) {
    System.err.println(report.summary());
    for (IndexReport.Failure f : report.failed()) {
      // a file named with a newline must not forge a line of its own
      System.err.println("  failed: " + printable(f.id() != null ? f.id() : f.path()) + ": " + printable(f.reason()));
    }
    printInvalidMetadata(report);
    for (IndexReport.LowConfidencePage p : report.lowConfidence()) {
      if (p.lostText()) {
        System.err.printf(Locale.ROOT, "  text lost: %s page %d (read much less text than its ink shows, or lines without their starts; %.0f%% confidence in what was read)%n",
            printable(p.id()), p.page(), p.confidence());
      } else {
        System.err.printf(Locale.ROOT, "  low confidence: %s page %d (%.0f%%)%n", printable(p.id()), p.page(), p.confidence());
      }
    }
    System.err.println("report: " + options.reportsDir().resolve("latest.json"));
  }

  static void printInvalidMetadata(IndexReport report) {
    for (IndexReport.InvalidMetadata m : report.invalidMetadata()) {
      System.err.println("  invalid metadata: " + printable(m.id()) + ": " + m.field() + " '" + printable(m.value()) + "': " + m.reason()
          + " (indexed without it)");
    }
  }

  /** Control characters escaped as in JSON (the report has the names as they are). */
  static String printable(String s) {
    return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s));
  }
}
