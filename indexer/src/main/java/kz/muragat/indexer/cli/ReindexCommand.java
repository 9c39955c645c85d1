package kz.muragat.indexer.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kz.muragat.core.store.DataFolder;
import kz.muragat.indexer.ocr.OcrSettings;
import kz.muragat.indexer.pipeline.IndexReport;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Reindexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code muragat reindex}: rebuilds the index from the extraction cache, without OCR. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the search index from the OCR cache alone.",
      "No source folder and no OCR are needed, e.g. after an analysis upgrade. Searches see the old index until",
      "the new one is complete.",
      "Exit status: 0 every document rebuilt, 1 some were missing from the cache, 2 bad usage (e.g. --data is not",
      "a Muragat data folder), 3 cannot run."
    })
public final class ReindexCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "data", description = "Data directory. Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(names = "--workers", defaultValue = "0", description = "Analysis threads; 0 = one per core.")
  int workers;

  @picocli.CommandLine.Mixin SolrOptions solrOptions;

  @picocli.CommandLine.Mixin FactsOption factsOption;

  @Override
  public Integer call() throws Exception {
    // checked before anything opens it: a mistyped --data is never created
    var problem = new DataFolder(data).problemForReindexing(solrOptions.enabled());
    if (problem.isPresent()) {
      System.err.println("muragat reindex: " + problem.get());
      return 2;
    }
    int n = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    IndexerOptions options = new IndexerOptions(data, OcrSettings.defaults(), n, false, false, 60f).withFacts(factsOption.read());
    IndexReport report;
    try {
      report = new Reindexer(options, solrOptions.target(options)).reindex(ConsoleProgress.create());
    } catch (kz.muragat.core.store.StorageException e) {
      return IndexCommand.storageFailed(e, options);
    }
    System.err.printf(Locale.ROOT, "reindexed %d document(s), %d pages, from the cache into %s in %.1f s; %d missing%n",
        report.indexed(), report.pages(), solrOptions.describe(options), report.durationMillis() / 1000.0, report.failed().size());
    for (IndexReport.Failure f : report.failed()) System.err.println("  failed: " + f.id() + ": " + f.reason());
    IndexCommand.printInvalidMetadata(report);
    return report.ok() ? 0 : 1;
  }
}
