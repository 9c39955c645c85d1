package kz.muragat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * Anything answering Muragat's HTTP API at a URL: queries go to {@code /api/search} (top 10,
 * snippets, no facets — the peers compute none — unless {@code params} ask for them). The bench does not load or start it; give it
 * with {@code --target NAME=URL[,pid=PID][,index=DIR]} (PID for memory, DIR for the index size).
 */
class MuragatApiTarget implements Target {
  protected final String name;
  protected volatile String url;
  protected volatile long pid = -1;
  protected volatile Path indexDir;
  protected long heapMax = -1;
  /** Extra request parameters, e.g. {@code &syntax=lucene}. */
  protected String params = "";

  MuragatApiTarget(String name, String url) {
    this.name = name;
    this.url = url;
  }

  /** {@code NAME=URL[,pid=PID][,index=DIR][,params=k=v&k=v]}. */
  static MuragatApiTarget parse(String spec) {
    int eq = spec.indexOf('=');
    String[] parts = spec.substring(eq + 1).split(",");
    MuragatApiTarget t = new MuragatApiTarget(spec.substring(0, eq), parts[0].replaceAll("/+$", ""));
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].startsWith("pid=")) t.pid = Long.parseLong(parts[i].substring(4));
      if (parts[i].startsWith("index=")) t.indexDir = Path.of(parts[i].substring(6));
      if (parts[i].startsWith("params=")) t.params = "&" + parts[i].substring(7);
    }
    return t;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "Muragat HTTP API at " + url + " (loaded outside the bench)";
  }

  @Override
  public LoadStats load(Corpus corpus, Path dir) throws Exception {
    return LoadStats.NONE;
  }

  @Override
  public void start(Path dir) throws Exception {
    Http.awaitReady(url + "/api/health", j -> j.path("indexReady").asBoolean(false), java.time.Duration.ofMinutes(2));
  }

  @Override
  public long search(Queries.Query q) throws Exception {
    // no facets unless the parameters ask for them: a server takes the first value of a parameter
    String facets = params.contains("facets=") ? "" : "&facets=false";
    JsonNode r = Http.get(url + "/api/search?size=10" + facets + params + "&q=" + Http.enc(q.text()));
    return r.path("total").asLong();
  }

  @Override
  public long indexBytes() throws Exception {
    return indexDir == null ? -1 : ServerProcess.du(indexDir);
  }

  @Override
  public Memory.Sample memory() {
    return pid < 0 ? Memory.UNKNOWN : Memory.jvm(pid, heapMax);
  }

  /**
   * The same server asked with other request parameters ({@code muragat-exact}: {@code
   * syntax=lucene}, the same words without the simple syntax's OCR-tolerant fuzzy terms; {@code
   * muragat-facets}: with the facet counts the web UI asks for), to show what a feature costs. Neither loads nor starts anything; started after this target.
   */
  Target variant(String variantName, String extraParams, String what) {
    MuragatApiTarget base = this;
    return new MuragatApiTarget(variantName, null) {
      @Override
      public String description() {
        return "the " + base.name + " server above, " + what;
      }

      @Override
      public void start(Path dir) {
        url = base.url;
        pid = base.pid;
        indexDir = null;
        heapMax = base.heapMax;
        params = extraParams;
      }
    };
  }

  @Override
  public void close() throws Exception {}
}
