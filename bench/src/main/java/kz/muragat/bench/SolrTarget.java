package kz.muragat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stock Apache Solr 9.10.1 ({@code bench/solr-peer}: JettySolrRunner, Snowball Russian, unified
 * highlighter) in a JVM of its own with {@code -Xmx} = {@code --heap}. One Solr document per case
 * file (title and pages in {@code text}), sent as JSON batches to {@code /update} by
 * {@code threads} senders, committed at the end. Queries: {@code /select} with {@code q.op=AND},
 * top 10, {@code hl.method=unified} on {@code text}.
 */
final class SolrTarget implements Target {
  private static final int BATCH = 250;
  private final Path home;
  private final String heap;
  private final int threads;
  private ServerProcess server;
  private String core;
  private Path solrHome;

  SolrTarget(Path home, String heap, int threads) {
    this.home = home;
    this.heap = heap;
    this.threads = threads;
  }

  @Override
  public String name() {
    return "solr";
  }

  @Override
  public String description() {
    return "Apache Solr 9.10.1 (Lucene 9.12.3; JettySolrRunner, -Xmx" + heap + "; StandardTokenizer + LowerCase + Snowball Russian; unified highlighter)";
  }

  private void ensureStarted(Path dir) throws Exception {
    if (server != null) return;
    Path peer = home.resolve("bench/solr-peer/target");
    Path cp = peer.resolve("classpath.txt");
    if (!Files.exists(cp)) throw new IllegalStateException("Solr peer not built: " + cp + " (bench/run.sh builds it)");
    solrHome = dir.resolve("solr-home");
    Files.createDirectories(solrHome);
    List<String> cmd = List.of(Memory.jdkTool("java"), "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-Dsolr.log.muteconsole=true",
        "-cp", peer.resolve("classes") + ":" + Files.readString(cp).strip(), "kz.muragat.bench.solr.SolrPeer", "--home", solrHome.toString());
    server = new ServerProcess("solr", cmd, Map.of(), dir.resolve("solr.log"));
    String node = server.await(l -> l.startsWith("NODE "), Duration.ofMinutes(3));
    server.await(l -> l.equals("READY"), Duration.ofMinutes(3));
    core = node.split(" ")[2] + "/bench";
  }

  @Override
  public LoadStats load(Corpus corpus, Path dir) throws Exception {
    ensureStarted(dir);
    Http.post(core + "/update?commit=true", "{\"delete\":{\"query\":\"*:*\"}}".getBytes(StandardCharsets.UTF_8), "application/json");
    BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(4);
    byte[] end = new byte[0];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> senders = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread s =
          new Thread(
              () -> {
                try {
                  for (byte[] b = queue.take(); b != end; b = queue.take()) Http.post(core + "/update", b, "application/json");
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                  queue.clear();
                }
              },
              "solr-send-" + t);
      s.start();
      senders.add(s);
    }
    long docs = 0, pages = 0, bytes = 0;
    ArrayNode batch = Http.JSON.createArrayNode();
    for (Corpus.Doc d : corpus) {
      if (failure.get() != null) break;
      ObjectNode o = batch.addObject();
      o.put("id", d.id());
      o.put("title", d.title());
      o.put("text", d.title() + "\n\f\n" + d.fullText());
      o.put("pages", d.pages().size());
      for (Map.Entry<String, String> e : d.meta().entrySet()) if (!e.getKey().equals("title")) o.put(e.getKey() + "_s", e.getValue());
      docs++;
      pages += d.pages().size();
      bytes += d.textBytes();
      if (batch.size() >= BATCH) {
        queue.put(Http.JSON.writeValueAsBytes(batch));
        batch = Http.JSON.createArrayNode();
      }
    }
    if (!batch.isEmpty() && failure.get() == null) queue.put(Http.JSON.writeValueAsBytes(batch));
    for (int t = 0; t < threads; t++) queue.put(end);
    for (Thread s : senders) s.join();
    if (failure.get() != null) throw new RuntimeException("Solr load failed", failure.get());
    Http.post(core + "/update?commit=true&waitSearcher=true", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
    return new LoadStats(docs, pages, bytes, (System.nanoTime() - t0) / 1_000_000);
  }

  @Override
  public void start(Path dir) throws Exception {
    ensureStarted(dir);
  }

  @Override
  public long search(Queries.Query q) throws Exception {
    JsonNode r =
        Http.get(core + "/select?q.op=AND&df=text&rows=10&fl=id,title,score&hl=true&hl.method=unified&hl.fl=text&hl.snippets=3&hl.fragsize=150&q="
            + Http.enc(q.text()));
    return r.path("response").path("numFound").asLong();
  }

  @Override
  public long indexBytes() throws Exception {
    return ServerProcess.du(solrHome.resolve("bench/data"));
  }

  @Override
  public Memory.Sample memory() {
    return server == null ? Memory.UNKNOWN : Memory.jvm(server.pid(), BenchRun.parseBytes(heap));
  }

  @Override
  public void close() throws Exception {
    if (server != null) server.close();
    server = null;
  }
}
