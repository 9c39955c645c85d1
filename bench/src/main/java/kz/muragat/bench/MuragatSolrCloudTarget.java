package kz.muragat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Muragat with its SolrCloud backend ({@code muragat-solrcloud}): a loopback cluster made by
 * {@code bench/solr-cluster.sh} (MiniSolrCloudCluster, embedded ZooKeeper, {@value #NODES} nodes
 * in one JVM with {@code -Xmx} = {@value #NODES} × {@code --heap}) holding a collection of
 * {@value #SHARDS} shards × {@value #REPLICAS} replica from Muragat's configset; the corpus is sent
 * by {@link MuragatLoad} through the indexer's {@code SolrIndex}, and queries go to {@code
 * bin/muragat serve --solr … --collection …} — the same API as {@code muragat}, so the two
 * backends are compared on the same corpus, queries and machine. One replica per shard: on one
 * machine a second copy only doubles the indexing work and adds no cores to answer with.
 * Memory is the cluster's JVM (the Muragat front server beside it holds no index).
 */
final class MuragatSolrCloudTarget extends MuragatApiTarget {
  static final int NODES = 2;
  static final int SHARDS = 2;
  static final int REPLICAS = 1;
  private static final String COLLECTION = "muragat";
  private final Path home;
  private final String heap;
  private final int threads;
  private ServerProcess cluster;
  private ServerProcess server;
  private String nodeUrls;
  private Path clusterDir;

  MuragatSolrCloudTarget(Path home, String heap, int threads) {
    super("muragat-solrcloud", null);
    this.home = home;
    this.heap = heap;
    this.threads = threads;
    this.heapMax = NODES * BenchRun.parseBytes(heap);
  }

  @Override
  public String description() {
    return "Muragat served by bin/muragat serve --solr: SolrCloud 9.10.1 on loopback (" + NODES + " nodes in one JVM, -Xmx" + NODES + "×" + heap + ", "
        + SHARDS + " shards × " + REPLICAS + " replica, Muragat's configset and analysis jar), written by the indexer's SolrIndex with " + threads
        + " threads; memory is the cluster's";
  }

  private void ensureCluster(Path dir) throws Exception {
    if (cluster != null) return;
    Path script = home.resolve("bench/solr-cluster.sh");
    clusterDir = dir.resolve("cluster");
    List<String> cmd = List.of(script.toString(), "cloud", "--nodes", Integer.toString(NODES), "--shards", Integer.toString(SHARDS),
        "--replicas", Integer.toString(REPLICAS), "--collection", COLLECTION, "--dir", clusterDir.toString());
    long heapMb = heapMax >> 20;
    cluster = new ServerProcess("solrcloud", cmd, Map.of("SOLR_HEAP", heapMb + "m"), dir.resolve("cluster.log"), home);
    List<String> urls = new ArrayList<>();
    for (String l = cluster.await(l0 -> l0.startsWith("NODE ") || l0.equals("READY"), Duration.ofMinutes(5)); !l.equals("READY");
        l = cluster.await(l0 -> l0.startsWith("NODE ") || l0.equals("READY"), Duration.ofMinutes(5))) {
      urls.add(l.split(" ")[2]);
    }
    nodeUrls = String.join(",", urls);
  }

  @Override
  public LoadStats load(Corpus corpus, Path dir) throws Exception {
    ensureCluster(dir);
    List<String> cmd = new ArrayList<>(List.of(Memory.jdkTool("java"), "-Xmx2g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Bench.class.getName(), "load-muragat", "--data", dir.resolve("data").toString(), "--pages", Integer.toString(corpus.pages()),
        "--seed", Long.toString(corpus.seed()), "--threads", Integer.toString(threads), "--solr", nodeUrls, "--collection", COLLECTION));
    try (ServerProcess p = new ServerProcess("muragat-solrcloud-load", cmd, Map.of(), dir.resolve("load.log"))) {
      String line = p.await(l -> l.startsWith("{"), Duration.ofHours(12));
      JsonNode j = Http.JSON.readTree(line);
      if (p.waitFor() != 0) throw new IllegalStateException("SolrCloud load failed; see " + dir.resolve("load.log"));
      return new LoadStats(j.get("documents").asLong(), j.get("pages").asLong(), j.get("bytes").asLong(), j.get("ms").asLong());
    }
  }

  @Override
  public void start(Path dir) throws Exception {
    ensureCluster(dir);
    Path data = Files.createDirectories(dir.resolve("data"));
    int port = ServerProcess.freePort();
    server =
        new ServerProcess(
            "muragat-solrcloud-serve",
            List.of(home.resolve("bin/muragat").toString(), "serve", "--data", data.toString(), "--solr", nodeUrls, "--collection", COLLECTION,
                "--port", Integer.toString(port), "--host", "127.0.0.1", "--rate-limit", "0"),
            Map.of("MURAGAT_JAVA_OPTS", "-Xmx" + heap),
            dir.resolve("serve.log"),
            home).terminateOnClose();
    pid = cluster.pid();
    url = "http://127.0.0.1:" + port;
    Http.awaitReady(url + "/api/health", j -> j.path("indexReady").asBoolean(false), Duration.ofMinutes(2));
  }

  @Override
  public long indexBytes() throws Exception {
    return clusterDir == null ? -1 : ServerProcess.du(clusterDir);
  }

  @Override
  public void close() throws Exception {
    if (server != null) server.close();
    if (cluster != null) cluster.close();
    server = null;
    cluster = null;
  }
}
