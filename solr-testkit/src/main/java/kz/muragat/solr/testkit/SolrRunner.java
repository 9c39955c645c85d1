package kz.muragat.solr.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs Solr 9 on loopback with Muragat's configset, for tests and benchmarks, in a JVM of its own.
 *
 * <pre>
 * SolrRunner cloud --configset DIR [--collection muragat] [--shards 2] [--replicas 2] [--nodes 2] [--dir DIR]
 * SolrRunner standalone --configset DIR [--core muragat] [--port 0] [--dir DIR]
 * </pre>
 *
 * {@code DIR} is a configset folder (holding {@code conf/}) or its {@code conf/} folder. {@code cloud}
 * starts a {@link MiniSolrCloudCluster} (embedded ZooKeeper, {@code --nodes} Jetty nodes), uploads the
 * configset and creates the collection; {@code standalone} starts one {@link JettySolrRunner} with one
 * core. Then it prints, one per line on stdout:
 *
 * <pre>
 * ZK 127.0.0.1:PORT/solr            (cloud only)
 * NODE 0 http://127.0.0.1:PORT/solr  (one per node; standalone: the core is at NODE-URL/CORE)
 * COLLECTION muragat                 (the collection or core name)
 * READY
 * </pre>
 *
 * and reads commands on stdin: {@code stop-node N} (stops node N, answers {@code STOPPED N}),
 * {@code start-node N} ({@code STARTED N URL}), {@code replicas} (one {@code REPLICA shard node-url
 * state} line per replica, then {@code END}). When stdin closes it shuts down and deletes its
 * folder (unless {@code --dir} was given). Everything else Solr says goes to stderr.
 */
public final class SolrRunner {
  private SolrRunner() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable e) {
      // Solr's threads would keep a failed runner alive: say why and go
      e.printStackTrace();
      System.out.flush();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    if (args.length == 0 || !(args[0].equals("cloud") || args[0].equals("standalone"))) {
      System.err.println("usage: SolrRunner cloud|standalone --configset DIR [options]; see the class javadoc");
      System.exit(2);
    }
    Map<String, String> opt = options(args);
    Path configset = Path.of(require(opt, "configset")).toAbsolutePath().normalize();
    Path conf = Files.isRegularFile(configset.resolve("solrconfig.xml")) ? configset : configset.resolve("conf");
    if (!Files.isRegularFile(conf.resolve("solrconfig.xml"))) {
      System.err.println("SolrRunner: no solrconfig.xml in " + configset + " or its conf/");
      System.exit(2);
    }
    // loopback only, and Solr's own chatter away from the protocol on stdout
    System.setProperty("host", "127.0.0.1");
    System.setProperty("solr.disable.shardsWhitelist", "true");
    System.setProperty("solr.security.allow.urls.enable", "false");
    // request counters per handler and core, as a production node keeps them (the test cluster's
    // default solr.xml turns them off): tests count the shard requests a search makes
    if (System.getProperty("metricsEnabled") == null) System.setProperty("metricsEnabled", "true");
    PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    boolean keep = opt.containsKey("dir");
    Path dir = keep ? Files.createDirectories(Path.of(opt.get("dir"))) : Files.createTempDirectory("muragat-solr-");
    String name = opt.getOrDefault(args[0].equals("cloud") ? "collection" : "core", "muragat");
    Node node = args[0].equals("cloud") ? cloud(opt, conf, dir, name, protocol) : standalone(opt, conf, dir, name, protocol);
    // Ctrl-C or kill: still stop Solr and remove the temporary folder
    Thread hook = new Thread(() -> {
      try {
        node.shutdown();
      } catch (Exception e) {
        System.err.println("SolrRunner: shutdown: " + e);
      }
      if (!keep) deleteTree(dir);
    });
    Runtime.getRuntime().addShutdownHook(hook);
    protocol.println("COLLECTION " + name);
    protocol.println("READY");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cmd = line.strip().split("\\s+");
        try {
          switch (cmd[0]) {
            case "stop-node" -> {
              node.stop(Integer.parseInt(cmd[1]));
              protocol.println("STOPPED " + cmd[1]);
            }
            case "start-node" -> protocol.println("STARTED " + cmd[1] + " " + node.start(Integer.parseInt(cmd[1])));
            case "replicas" -> {
              for (String r : node.replicas(name)) protocol.println("REPLICA " + r);
              protocol.println("END");
            }
            case "" -> {}
            default -> protocol.println("ERROR unknown command " + cmd[0]);
          }
        } catch (Exception e) {
          e.printStackTrace();
          protocol.println("ERROR " + e);
        }
      }
    }
    System.exit(0); // the shutdown hook stops Solr
  }

  /** What the stdin commands act on. */
  private interface Node {
    void stop(int i) throws Exception;

    String start(int i) throws Exception;

    List<String> replicas(String collection);

    void shutdown() throws Exception;
  }

  private static Node cloud(Map<String, String> opt, Path conf, Path dir, String collection, PrintStream out) throws Exception {
    int shards = Integer.parseInt(opt.getOrDefault("shards", "2"));
    int replicas = Integer.parseInt(opt.getOrDefault("replicas", "2"));
    int nodes = Integer.parseInt(opt.getOrDefault("nodes", "2"));
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(nodes, dir).addConfig("muragat", conf).withJettyConfig(j -> j.setPort(0)).configure();
    CollectionAdminRequest.createCollection(collection, "muragat", shards, replicas).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, shards * replicas);
    out.println("ZK " + cluster.getZkServer().getZkAddress());
    List<JettySolrRunner> jettys = new ArrayList<>(cluster.getJettySolrRunners());
    for (int i = 0; i < jettys.size(); i++) out.println("NODE " + i + " " + jettys.get(i).getBaseUrl());
    return new Node() {
      @Override
      public void stop(int i) throws Exception {
        JettySolrRunner j = jettys.get(i);
        cluster.stopJettySolrRunner(j);
        cluster.waitForJettyToStop(j);
      }

      @Override
      public String start(int i) throws Exception {
        JettySolrRunner j = jettys.get(i);
        cluster.startJettySolrRunner(j, true);
        cluster.waitForNode(j, 60);
        cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, shards * replicas);
        return j.getBaseUrl().toString();
      }

      @Override
      public List<String> replicas(String name) {
        List<String> out = new ArrayList<>();
        DocCollection c = cluster.getSolrClient().getClusterState().getCollection(name);
        for (Slice s : c.getSlices()) {
          for (Replica r : s.getReplicas()) out.add(s.getName() + " " + r.getBaseUrl() + " " + r.getState().toString().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
      }

      @Override
      public void shutdown() throws Exception {
        cluster.shutdown();
      }
    };
  }

  private static Node standalone(Map<String, String> opt, Path conf, Path dir, String core, PrintStream out) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    Path coreDir = Files.createDirectories(home.resolve(core));
    Folders.copy(conf, coreDir.resolve("conf"));
    Properties props = new Properties();
    props.setProperty("name", core);
    try (var w = Files.newBufferedWriter(coreDir.resolve("core.properties"))) {
      props.store(w, null);
    }
    JettySolrRunner jetty =
        new JettySolrRunner(home.toString(), JettyConfig.builder().setPort(Integer.parseInt(opt.getOrDefault("port", "0"))).build());
    jetty.start();
    out.println("NODE 0 " + jetty.getBaseUrl());
    return new Node() {
      @Override
      public void stop(int i) throws Exception {
        jetty.stop();
      }

      @Override
      public String start(int i) throws Exception {
        jetty.start();
        return jetty.getBaseUrl().toString();
      }

      @Override
      public List<String> replicas(String name) {
        return List.of("shard1 " + jetty.getBaseUrl() + " " + (jetty.isRunning() ? "active" : "down"));
      }

      @Override
      public void shutdown() throws Exception {
        jetty.stop();
      }
    };
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opt = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        System.err.println("SolrRunner: expected --name value, got " + args[i]);
        System.exit(2);
      }
      opt.put(args[i].substring(2), args[++i]);
    }
    return opt;
  }

  private static String require(Map<String, String> opt, String name) {
    String v = opt.get(name);
    if (v == null) {
      System.err.println("SolrRunner: --" + name + " is required");
      System.exit(2);
    }
    return v;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("SolrRunner: could not delete " + dir + ": " + e);
    }
  }
}
