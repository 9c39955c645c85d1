package kz.muragat.bench;

import java.nio.file.Path;

/**
 * One engine under test. The bench starts it, loads the corpus into it (timed), asks it the
 * queries, measures its index on disk and its server's memory, and stops it. A target that only
 * answers Muragat's HTTP API at a URL ({@link MuragatApiTarget}) is enough to be measured for
 * queries: anything that speaks {@code /api/search} can be added (e.g. Muragat with a SolrCloud
 * backend).
 */
interface Target extends AutoCloseable {
  /** Name in the tables, e.g. {@code muragat}, {@code solr}, {@code postgres}. */
  String name();

  /** What it is, one line for the report. */
  String description();

  /** Loads the corpus into a fresh index under {@code dir} (or does nothing when it cannot). */
  LoadStats load(Corpus corpus, Path dir) throws Exception;

  /** Starts serving (after {@link #load}); returns when queries can be asked. */
  void start(Path dir) throws Exception;

  /** Asks one query for the top 10 with highlighting; returns the total number of hits. */
  long search(Queries.Query q) throws Exception;

  /** Bytes of the index on disk, or -1 when unknown. */
  long indexBytes() throws Exception;

  /** The server's memory now (RSS, peak RSS, heap used), or {@link Memory#UNKNOWN}. */
  Memory.Sample memory();

  @Override
  void close() throws Exception;

  /** Time and volume of a load; {@code ms} &lt; 0 when the target was not loaded by the bench. */
  record LoadStats(long documents, long pages, long bytes, long ms) {
    static final LoadStats NONE = new LoadStats(0, 0, 0, -1);

    double pagesPerSecond() {
      return ms <= 0 ? Double.NaN : pages * 1000.0 / ms;
    }

    double mbPerSecond() {
      return ms <= 0 ? Double.NaN : bytes / 1e6 * 1000.0 / ms;
    }
  }
}
