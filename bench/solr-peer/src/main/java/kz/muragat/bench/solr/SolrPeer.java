package kz.muragat.bench.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Stock Apache Solr 9.10.1 for the bench: one {@link JettySolrRunner} (a real HTTP server on
 * 127.0.0.1) with one core, {@code bench}, whose schema is Snowball Russian with the unified
 * highlighter ({@code conf/schema.xml} beside this class). Runs in a JVM of its own: Solr 9 is
 * on Jetty 10, Muragat's server on Jetty 12.
 *
 * <pre>java -cp … kz.muragat.bench.solr.SolrPeer --home DIR [--port 0]</pre>
 *
 * Prints {@code NODE 0 http://127.0.0.1:PORT/solr}, {@code COLLECTION bench} and {@code READY} on
 * stdout, then serves until stdin closes. {@code DIR} is created if missing; an existing core
 * there (from an earlier run) is reused.
 */
public final class SolrPeer {
  private SolrPeer() {}

  public static void main(String[] args) throws Exception {
    Path home = null;
    int port = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--home")) home = Path.of(args[++i]);
      else if (args[i].equals("--port")) port = Integer.parseInt(args[++i]);
    }
    if (home == null) {
      System.err.println("usage: SolrPeer --home DIR [--port 0]");
      System.exit(2);
    }
    System.setProperty("host", "127.0.0.1");
    System.setProperty("jetty.host", "127.0.0.1");
    System.setProperty("solr.log.dir", home.resolve("logs").toString());
    PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    Files.createDirectories(home);
    if (!Files.exists(home.resolve("solr.xml"))) Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    Path core = home.resolve("bench");
    Path conf = Files.createDirectories(core.resolve("conf"));
    copy("conf/schema.xml", conf.resolve("schema.xml"));
    copy("conf/solrconfig.xml", conf.resolve("solrconfig.xml"));
    if (!Files.exists(core.resolve("core.properties"))) Files.writeString(core.resolve("core.properties"), "name=bench\n");
    JettySolrRunner jetty = new JettySolrRunner(home.toString(), JettyConfig.builder().setPort(port).build());
    jetty.start();
    protocol.println("NODE 0 " + jetty.getBaseUrl());
    protocol.println("COLLECTION bench");
    protocol.println("READY");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      while (in.readLine() != null) {
        // no commands; runs until stdin closes
      }
    } finally {
      jetty.stop();
    }
    System.exit(0);
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = SolrPeer.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException("missing resource " + resource);
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
