package kz.muragat.indexer.pipeline;

import java.nio.file.Path;
import kz.muragat.indexer.ocr.OcrSettings;

/**
 * Settings of an indexing run.
 *
 * @param dataDir holds {@code index/}, {@code store/} (the extraction cache) and {@code reports/}
 * @param workers files processed at once (each OCR worker runs its own Tesseract engine)
 * @param keepMissing keep documents whose source files are gone (default: remove them)
 * @param forceOcr extract again even when the cache has the file
 * @param lowConfidence pages whose mean OCR confidence is below this are listed for review
 */
public record IndexerOptions(
    Path dataDir, OcrSettings ocr, int workers, boolean keepMissing, boolean forceOcr, float lowConfidence) {

  public static IndexerOptions defaults(Path dataDir) {
    return new IndexerOptions(dataDir, OcrSettings.defaults(), Runtime.getRuntime().availableProcessors(), false, false, 60f);
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  public Path storeDir() {
    return dataDir.resolve("store");
  }

  public Path reportsDir() {
    return dataDir.resolve("reports");
  }
}
