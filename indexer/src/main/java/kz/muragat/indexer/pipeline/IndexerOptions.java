package kz.muragat.indexer.pipeline;

import java.nio.file.Path;
import java.util.List;
import kz.muragat.core.metadata.AccessLevels;
import kz.muragat.indexer.ocr.OcrSettings;
import kz.muragat.indexer.ocr.Preprocessing;

/**
 * Settings of an indexing run.
 *
 * @param dataDir holds {@code index/}, {@code store/} (the extraction cache), {@code catalog.jsonl}
 *     and {@code reports/}
 * @param workers OCR workers, each with its own Tesseract engine (one core each)
 * @param keepMissing keep documents whose source files are gone (default: remove them)
 * @param forceOcr extract and OCR again even when the cache has the file, and ignore ALTO/hOCR
 *     files delivered beside the scans
 * @param lowConfidence pages whose mean OCR confidence is below this are listed for review
 * @param commitEveryMillis commit the index (making new documents searchable) at least this often
 * @param commitEveryDocs ... and after this many documents written since the last commit
 * @param preprocessing image clean-up before OCR
 * @param fileTimeoutMillis a file not extracted within this time is abandoned and reported (0: no limit)
 * @param linkRoots folders outside the indexed one that symbolic links may lead into (by default
 *     a link is followed only when it leads inside the indexed folder)
 * @param accessLevels the access levels metadata may name; any other fails the file
 * @param facts read each document's case facts ({@code --facts on}, the default) or not
 *     ({@code off}: no facts, fact facets or persons for the documents this run writes)
 */
public record IndexerOptions(
    Path dataDir,
    OcrSettings ocr,
    int workers,
    boolean keepMissing,
    boolean forceOcr,
    float lowConfidence,
    long commitEveryMillis,
    int commitEveryDocs,
    Preprocessing preprocessing,
    long fileTimeoutMillis,
    List<Path> linkRoots,
    AccessLevels accessLevels,
    boolean facts) {

  public static final long DEFAULT_COMMIT_MILLIS = 5_000;
  public static final long DEFAULT_FILE_TIMEOUT_MILLIS = 600_000;
  public static final int DEFAULT_COMMIT_DOCS = 200;

  public IndexerOptions {
    linkRoots = linkRoots == null ? List.of() : List.copyOf(linkRoots);
    if (accessLevels == null) accessLevels = AccessLevels.DEFAULT;
  }

  public IndexerOptions(
      Path dataDir, OcrSettings ocr, int workers, boolean keepMissing, boolean forceOcr, float lowConfidence) {
    this(dataDir, ocr, workers, keepMissing, forceOcr, lowConfidence, DEFAULT_COMMIT_MILLIS, DEFAULT_COMMIT_DOCS,
        Preprocessing.DEFAULT, DEFAULT_FILE_TIMEOUT_MILLIS, List.of(), AccessLevels.DEFAULT, true);
  }

  public static IndexerOptions defaults(Path dataDir) {
    return new IndexerOptions(dataDir, OcrSettings.defaults(), Runtime.getRuntime().availableProcessors(), false, false, 60f);
  }

  public IndexerOptions withWorkers(int n) {
    return new IndexerOptions(dataDir, ocr, n, keepMissing, forceOcr, lowConfidence, commitEveryMillis, commitEveryDocs, preprocessing, fileTimeoutMillis, linkRoots, accessLevels, facts);
  }

  public IndexerOptions withCommitPolicy(long millis, int docs) {
    return new IndexerOptions(dataDir, ocr, workers, keepMissing, forceOcr, lowConfidence, millis, docs, preprocessing, fileTimeoutMillis, linkRoots, accessLevels, facts);
  }

  public IndexerOptions withPreprocessing(Preprocessing p) {
    return new IndexerOptions(dataDir, ocr, workers, keepMissing, forceOcr, lowConfidence, commitEveryMillis, commitEveryDocs, p, fileTimeoutMillis, linkRoots, accessLevels, facts);
  }

  public IndexerOptions withForceOcr(boolean force) {
    return new IndexerOptions(dataDir, ocr, workers, keepMissing, force, lowConfidence, commitEveryMillis, commitEveryDocs, preprocessing, fileTimeoutMillis, linkRoots, accessLevels, facts);
  }

  public IndexerOptions withFileTimeout(long millis) {
    return new IndexerOptions(dataDir, ocr, workers, keepMissing, forceOcr, lowConfidence, commitEveryMillis, commitEveryDocs, preprocessing, millis, linkRoots, accessLevels, facts);
  }

  public IndexerOptions withLinkRoots(List<Path> roots) {
    return new IndexerOptions(dataDir, ocr, workers, keepMissing, forceOcr, lowConfidence, commitEveryMillis, commitEveryDocs, preprocessing, fileTimeoutMillis, roots, accessLevels, facts);
  }

  public IndexerOptions withAccessLevels(AccessLevels levels) {
    return new IndexerOptions(dataDir, ocr, workers, keepMissing, forceOcr, lowConfidence, commitEveryMillis, commitEveryDocs, preprocessing, fileTimeoutMillis, linkRoots, levels, facts);
  }

  public IndexerOptions withFacts(boolean read) {
    return new IndexerOptions(dataDir, ocr, workers, keepMissing, forceOcr, lowConfidence, commitEveryMillis, commitEveryDocs, preprocessing, fileTimeoutMillis, linkRoots, accessLevels, read);
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  public Path storeDir() {
    return dataDir.resolve("store");
  }

  public Path catalogFile() {
    return dataDir.resolve("catalog.jsonl");
  }

  /** The persons linked across the index's documents, rebuilt at the end of each run ({@link kz.muragat.core.facts.PersonsStore}). */
  public Path personsFile() {
    return dataDir.resolve(kz.muragat.core.facts.PersonsStore.FILE);
  }

  public Path reportsDir() {
    return dataDir.resolve("reports");
  }
}
