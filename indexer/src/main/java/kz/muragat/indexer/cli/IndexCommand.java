package kz.muragat.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.muragat.indexer.ocr.OcrSettings;
import kz.muragat.indexer.ocr.OcrUnavailableException;
import kz.muragat.indexer.pipeline.IndexReport;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code muragat index <folder>}: indexes a folder of scans into the data directory. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index a folder of scans (TIFF, PNG, JPEG, PDF, Office, HTML, TXT) recursively.",
      "Only new or changed files are processed; documents whose files are gone are removed.",
      "Exit status: 0 all files indexed, 1 some files failed (see the report), 2 bad usage, 3 cannot run."
    })
public final class IndexCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder to index.")
  Path folder;

  @Option(names = "--data", defaultValue = "data", description = "Data directory (index, OCR cache, reports). Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(names = "--workers", defaultValue = "0", description = "Files processed at once; 0 = one per core.")
  int workers;

  @Option(names = "--ocr-langs", defaultValue = "rus+kaz", description = "Tesseract languages. Default: ${DEFAULT-VALUE}.")
  String ocrLangs;

  @Option(names = "--psm", defaultValue = "3", description = "Tesseract page segmentation mode. Default: ${DEFAULT-VALUE}.")
  int psm;

  @Option(names = "--thresholding", defaultValue = "2", description = "Tesseract thresholding: 0 Otsu, 1 LeptonicaOtsu, 2 Sauvola. Default: ${DEFAULT-VALUE}.")
  int thresholding;

  @Option(names = "--keep-missing", description = "Keep documents whose source files are gone.")
  boolean keepMissing;

  @Option(names = "--force-ocr", description = "Extract and OCR every file again, ignoring the cache.")
  boolean forceOcr;

  @Option(names = "--low-confidence", defaultValue = "60", description = "List OCR pages below this mean confidence for review. Default: ${DEFAULT-VALUE}.")
  float lowConfidence;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(folder)) {
      System.err.println("muragat index: not a folder: " + folder);
      return 2;
    }
    int n = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    OcrSettings ocr = new OcrSettings(ocrLangs, psm, thresholding, OcrSettings.defaultTessdata());
    IndexerOptions options = new IndexerOptions(data, ocr, n, keepMissing, forceOcr, lowConfidence);
    IndexReport report;
    try (Indexer indexer = new Indexer(options)) {
      Progress progress = ConsoleProgress.create();
      report = indexer.index(folder, progress);
    } catch (OcrUnavailableException e) {
      System.err.println("muragat index: " + e.getMessage());
      return 3;
    }
    System.err.println(report.summary());
    for (IndexReport.Failure f : report.failed()) {
      System.err.println("  failed: " + (f.id() != null ? f.id() : f.path()) + ": " + f.reason());
    }
    for (IndexReport.LowConfidencePage p : report.lowConfidence()) {
      System.err.printf("  low confidence: %s page %d (%.0f%%)%n", p.id(), p.page(), p.confidence());
    }
    System.err.println("report: " + options.reportsDir().resolve("latest.json"));
    return report.ok() ? 0 : 1;
  }
}
