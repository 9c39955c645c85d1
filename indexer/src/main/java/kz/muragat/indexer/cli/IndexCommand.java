package kz.muragat.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
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
      "Exit status: 0 all files indexed, 1 some files failed (see the report), 2 bad usage, 3 cannot run,",
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
    IndexerOptions options =
        new IndexerOptions(data, ocr, n, keepMissing, forceOcr, lowConfidence)
            .withCommitPolicy(Math.round(commitSeconds * 1000), Math.max(1, commitDocs))
            .withPreprocessing(pre)
            .withFileTimeout(Math.round(fileTimeout * 1000));
    IndexReport[] last = new IndexReport[1];
    try (Indexer indexer = new Indexer(options, solrOptions.target(options))) {
      if (watch) {
        AtomicBoolean stop = new AtomicBoolean();
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
          stop.set(true);
          main.interrupt();
          try {
            main.join(10_000);
          } catch (InterruptedException ignored) {
            // shutting down anyway
          }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        System.err.println("watching " + folder + " (Ctrl-C stops)");
        try {
          indexer.watch(folder, ConsoleProgress::create, Math.round(watchSeconds * 1000), stop::get,
              r -> {
                last[0] = r;
                printSummary(r, options);
              });
        } catch (InterruptedException e) {
          // stopped
        }
        return 0;
      }
      last[0] = indexer.index(folder, ConsoleProgress.create());
    } catch (OcrUnavailableException e) {
      System.err.println("muragat index: " + e.getMessage());
      return 3;
    } catch (StorageException e) {
      return storageFailed(e, options);
    }
    printSummary(last[0], options);
    return last[0].ok() ? 0 : 1;
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
      System.err.println("  failed: " + (f.id() != null ? f.id() : f.path()) + ": " + f.reason());
    }
    for (IndexReport.LowConfidencePage p : report.lowConfidence()) {
      System.err.printf(Locale.ROOT, "  low confidence: %s page %d (%.0f%%)%n", p.id(), p.page(), p.confidence());
    }
    System.err.println("report: " + options.reportsDir().resolve("latest.json"));
  }
}
