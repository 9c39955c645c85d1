package kz.muragat.solr.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link SolrRunner} in a JVM of its own and talks to it over stdin/stdout. Uses no Solr class
 * itself, so a module whose classpath must stay free of Solr's Jetty 10 (the search server, on Jetty
 * 12) can depend on this module with every transitive dependency excluded and still start Solr:
 *
 * <pre>
 * try (SolrProcess solr = SolrProcess.cloud(configsetDir, "muragat", 2, 2, 2)) {
 *   solr.nodeUrls();      // http://127.0.0.1:PORT/solr, one per node
 *   solr.stopNode(1);     // MiniSolrCloudCluster.stopJettySolrRunner
 * }
 * try (SolrProcess solr = SolrProcess.standalone(configsetDir, "core")) { ... }
 * </pre>
 *
 * The classpath is the one Maven resolved for this module at build time ({@code runtime.classpath}
 * beside this class). Closing stdin stops Solr; {@link #close} waits for that, then kills.
 */
public final class SolrProcess implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final Map<Integer, String> nodes = new TreeMap<>();
  private String zkHost;
  private String collection;

  private SolrProcess(List<String> args, String maxHeap) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + maxHeap);
    cmd.add("-Dfile.encoding=UTF-8");
    for (String p : List.of("muragat.kk.lexicon", "muragat.ru.derivation")) {
      if (System.getProperty(p) != null) cmd.add("-D" + p + "=" + System.getProperty(p));
    }
    cmd.add("-cp");
    cmd.add(classpath());
    cmd.add(SolrRunner.class.getName());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    this.process = pb.start();
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    try {
      for (String line = readLine(); !line.equals("READY"); line = readLine()) {
        if (line.startsWith("NODE ")) {
          String[] p = line.split(" ");
          nodes.put(Integer.parseInt(p[1]), p[2]);
        } else if (line.startsWith("ZK ")) {
          zkHost = line.substring(3);
        } else if (line.startsWith("COLLECTION ")) {
          collection = line.substring(11);
        }
      }
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** A SolrCloud cluster on loopback with the configset uploaded and the collection created. */
  public static SolrProcess cloud(Path configset, String collection, int shards, int replicas, int nodes) throws IOException {
    return new SolrProcess(
        List.of("cloud", "--configset", configset.toString(), "--collection", collection, "--shards", Integer.toString(shards),
            "--replicas", Integer.toString(replicas), "--nodes", Integer.toString(nodes)),
        "1g");
  }

  /** One standalone Solr node on loopback with one core made from the configset. */
  public static SolrProcess standalone(Path configset, String core) throws IOException {
    return new SolrProcess(List.of("standalone", "--configset", configset.toString(), "--core", core), "1g");
  }

  /** Any SolrRunner command line (see {@link SolrRunner}), with the runner JVM's maximum heap. */
  public static SolrProcess start(List<String> runnerArgs, String maxHeap) throws IOException {
    return new SolrProcess(runnerArgs, maxHeap);
  }

  /** Base URLs ({@code http://127.0.0.1:PORT/solr}) of the nodes, by node number. */
  public Map<Integer, String> nodeUrls() {
    return nodes;
  }

  /** Every node's base URL, comma-separated (what {@code --solr} takes). */
  public String solrUrls() {
    return String.join(",", nodes.values());
  }

  /** The embedded ZooKeeper's address ({@code host:port/solr}); null for a standalone node. */
  public String zkHost() {
    return zkHost;
  }

  public String collection() {
    return collection;
  }

  /** Stops node {@code i} and returns once it is down. */
  public void stopNode(int i) throws IOException {
    command("stop-node " + i, "STOPPED " + i);
  }

  /** Restarts node {@code i} and returns once its replicas are active again. */
  public void startNode(int i) throws IOException {
    command("start-node " + i, "STARTED " + i);
  }

  /** One {@code shard node-url state} line per replica of the collection. */
  public List<String> replicas() throws IOException {
    send("replicas");
    List<String> out = new ArrayList<>();
    for (String line = readLine(); !line.equals("END"); line = readLine()) {
      if (line.startsWith("ERROR")) throw new IOException("Solr runner: " + line);
      if (line.startsWith("REPLICA ")) out.add(line.substring(8));
    }
    return out;
  }

  private void command(String cmd, String answerPrefix) throws IOException {
    send(cmd);
    for (String line = readLine(); ; line = readLine()) {
      if (line.startsWith(answerPrefix)) return;
      if (line.startsWith("ERROR")) throw new IOException("Solr runner: " + line);
    }
  }

  private void send(String cmd) throws IOException {
    in.write(cmd + "\n");
    in.flush();
  }

  private String readLine() throws IOException {
    String line = out.readLine();
    if (line == null) {
      String why = process.isAlive() ? "closed its output" : "exited with status " + waitExit();
      throw new IOException("the Solr runner " + why + " (its log is on stderr)");
    }
    return line;
  }

  private int waitExit() {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** This module's classes or jar, then its runtime dependencies as Maven resolved them. */
  static String classpath() throws IOException {
    String self;
    try {
      self = Path.of(SolrProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    try (InputStream cp = SolrProcess.class.getResourceAsStream("runtime.classpath")) {
      if (cp == null) throw new IOException("runtime.classpath is missing beside SolrProcess: build the muragat-solr-testkit module");
      return self + java.io.File.pathSeparator + new String(cp.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      in.close();
    } catch (IOException ignored) {
      // the runner is gone already
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
