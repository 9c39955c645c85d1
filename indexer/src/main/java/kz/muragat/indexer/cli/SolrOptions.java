package kz.muragat.indexer.cli;

import kz.muragat.indexer.index.DocumentIndex;
import kz.muragat.indexer.index.IndexTarget;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.solr.SolrIndex;
import picocli.CommandLine.Option;

/**
 * {@code --solr URLS --collection NAME}: use a SolrCloud collection instead of the embedded index
 * (a picocli mixin shared by index, reindex and serve). The extraction cache, page images, catalog
 * and reports stay in the data directory either way.
 */
public final class SolrOptions {
  @Option(names = "--solr", defaultValue = "",
      description = "SolrCloud node URL(s), comma-separated (http://host:8983/solr): use that cluster's collection instead of the embedded index. Any node can serve; the others are tried when one fails.")
  public String solr;

  @Option(names = "--collection", defaultValue = "muragat",
      description = "With --solr: the collection (made from solr/configsets/muragat). Default: ${DEFAULT-VALUE}.")
  public String collection;

  public boolean enabled() {
    return solr != null && !solr.isBlank();
  }

  /** Where an indexing run writes: the collection with --solr, else DATA/index. */
  public IndexTarget.Opener target(IndexerOptions options) {
    if (enabled()) return SolrIndex.opener(solr, collection);
    return rebuild -> new DocumentIndex(options.indexDir(), rebuild);
  }

  /** What the run writes to, for messages. */
  public String describe(IndexerOptions options) {
    return enabled() ? "Solr collection '" + collection + "' at " + solr : options.indexDir().toString();
  }
}
