package kz.muragat.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;

/**
 * PostgreSQL full-text search as its manual recommends: a stored {@code tsvector} column
 * ({@code to_tsvector('russian', title || body)}) with a GIN index, {@code ts_rank} for the top 10
 * and {@code ts_headline} for their snippets. The bench runs its own cluster ({@code initdb} into
 * the work folder, {@code pg_ctl start} on a loopback port; as user {@code postgres} when run as
 * root) and loads it with {@code COPY}, building the index after the load (the fast way).
 */
final class PostgresTarget implements Target {
  private final String sharedBuffers;
  private Path bin;
  private Path pgdata;
  private int port;
  private String jdbc;
  private final ThreadLocal<Connection> conns = new ThreadLocal<>();
  private final List<Connection> all = java.util.Collections.synchronizedList(new ArrayList<>());
  private boolean asPostgresUser;

  PostgresTarget(String sharedBuffers) {
    this.sharedBuffers = sharedBuffers;
  }

  /** The folder of PostgreSQL's server programs, or null when it is not installed. */
  static Path findBin() {
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (var s = Files.list(lib)) {
        Path best =
            s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
                .max(Comparator.comparingInt(p -> versionOf(p.getParent().getFileName().toString()))).orElse(null);
        if (best != null) return best;
      } catch (IOException e) {
        // fall through
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir, "initdb");
      if (Files.isExecutable(p) && Files.isExecutable(Path.of(dir, "pg_ctl"))) return Path.of(dir);
    }
    return null;
  }

  private static int versionOf(String s) {
    try {
      return Integer.parseInt(s.replaceAll("\\D.*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public String description() {
    return "PostgreSQL " + (bin == null ? "" : bin.getParent().getFileName() + " ") + "(GIN on a stored to_tsvector('russian', …), ts_rank top 10 + ts_headline; shared_buffers="
        + sharedBuffers + ")";
  }

  private void run(List<String> cmd) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) full.addAll(List.of("runuser", "-u", "postgres", "--"));
    full.addAll(cmd);
    Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException(String.join(" ", full) + " failed:\n" + out);
  }

  private void ensureStarted(Path dir) throws Exception {
    if (jdbc != null) return;
    bin = findBin();
    if (bin == null) throw new IllegalStateException("PostgreSQL is not installed (Debian: apt-get install postgresql)");
    asPostgresUser = "root".equals(System.getProperty("user.name"));
    Path pg = dir.resolve("pg");
    pgdata = pg.resolve("data");
    Files.createDirectories(pg);
    if (asPostgresUser) {
      // postgres refuses to run as root: the cluster belongs to user postgres, who must reach it
      for (Path p = pg; p != null && !p.toString().equals("/"); p = p.getParent()) {
        if (Files.isDirectory(p)) p.toFile().setExecutable(true, false);
      }
      run(List.of("true"));
      new ProcessBuilder("chown", "-R", "postgres", pg.toString()).inheritIO().start().waitFor();
    }
    if (!Files.exists(pgdata.resolve("PG_VERSION"))) {
      run(List.of(bin.resolve("initdb").toString(), "-D", pgdata.toString(), "-U", "bench", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
    }
    port = ServerProcess.freePort();
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", pgdata.toString(), "-l", pg.resolve("server.log").toString(), "-w", "-t", "120", "-o",
        "-p " + port + " -k " + pg + " -c listen_addresses=127.0.0.1 -c shared_buffers=" + sharedBuffers
            + " -c maintenance_work_mem=512MB -c max_wal_size=4GB -c work_mem=32MB -c max_connections=50", "start"));
    jdbc = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=bench";
  }

  private Connection conn() throws Exception {
    Connection c = conns.get();
    if (c == null) {
      c = DriverManager.getConnection(jdbc);
      conns.set(c);
      all.add(c);
    }
    return c;
  }

  @Override
  public LoadStats load(Corpus corpus, Path dir) throws Exception {
    ensureStarted(dir);
    long t0 = System.nanoTime();
    long[] stats = new long[3];
    try (Connection c = DriverManager.getConnection(jdbc); Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS docs");
      st.execute(
          "CREATE TABLE docs (id text PRIMARY KEY, title text NOT NULL, body text NOT NULL, pages int NOT NULL,"
              + " tsv tsvector GENERATED ALWAYS AS (to_tsvector('russian', title || ' ' || body)) STORED)");
      Iterator<Corpus.Doc> it = corpus.iterator();
      ((PGConnection) c).getCopyAPI().copyIn("COPY docs (id, title, body, pages) FROM STDIN", new CopyReader(it, stats));
      st.execute("CREATE INDEX docs_tsv ON docs USING gin (tsv)");
      st.execute("ANALYZE docs");
      st.execute("CHECKPOINT");
    }
    return new LoadStats(stats[0], stats[1], stats[2], (System.nanoTime() - t0) / 1_000_000);
  }

  /** The corpus as COPY text rows, generated as COPY reads. */
  private static final class CopyReader extends Reader {
    private final Iterator<Corpus.Doc> it;
    private final long[] stats;
    private String buf = "";
    private int pos;

    CopyReader(Iterator<Corpus.Doc> it, long[] stats) {
      this.it = it;
      this.stats = stats;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      while (pos >= buf.length()) {
        if (!it.hasNext()) return -1;
        Corpus.Doc d = it.next();
        stats[0]++;
        stats[1] += d.pages().size();
        stats[2] += d.textBytes();
        buf = esc(d.id()) + '\t' + esc(d.title()) + '\t' + esc(d.fullText()) + '\t' + d.pages().size() + '\n';
        pos = 0;
      }
      int n = Math.min(len, buf.length() - pos);
      buf.getChars(pos, pos + n, cbuf, off);
      pos += n;
      return n;
    }

    private static String esc(String s) {
      StringBuilder b = new StringBuilder(s.length() + 16);
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        switch (ch) {
          case '\\' -> b.append("\\\\");
          case '\t' -> b.append("\\t");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\f' -> b.append("\\f");
          default -> b.append(ch);
        }
      }
      return b.toString();
    }

    @Override
    public void close() {}
  }

  private static final String SQL =
      "WITH q AS MATERIALIZED (SELECT %s('russian', ?) AS q),"
          + " top AS (SELECT d.id, d.title, d.body, ts_rank(d.tsv, q.q) AS r, count(*) OVER () AS total FROM docs d, q WHERE d.tsv @@ q.q"
          + " ORDER BY r DESC LIMIT 10)"
          + " SELECT top.id, top.title, ts_headline('russian', top.body, q.q, 'MaxFragments=3, MaxWords=25, MinWords=8'), top.total"
          + " FROM top, q ORDER BY top.r DESC";

  @Override
  public void start(Path dir) throws Exception {
    ensureStarted(dir);
  }

  @Override
  public long search(Queries.Query q) throws Exception {
    String fn = q.kind() == Queries.Kind.PHRASE ? "phraseto_tsquery" : "plainto_tsquery";
    try (PreparedStatement ps = conn().prepareStatement(String.format(Locale.ROOT, SQL, fn))) {
      ps.setString(1, q.words());
      long total = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getString(3);
          total = rs.getLong(4);
        }
      }
      return total;
    }
  }

  @Override
  public long indexBytes() throws Exception {
    try (Statement st = conn().createStatement(); ResultSet rs = st.executeQuery("SELECT pg_total_relation_size('docs')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public Memory.Sample memory() {
    try {
      long pid = Long.parseLong(Files.readAllLines(pgdata.resolve("postmaster.pid")).get(0).strip());
      long pss = Memory.pssTree(pid);
      return new Memory.Sample(pss, -1, -1, -1);
    } catch (Exception e) {
      return Memory.UNKNOWN;
    }
  }

  @Override
  public void close() throws Exception {
    for (Connection c : all) {
      try {
        c.close();
      } catch (Exception e) {
        // closing anyway
      }
    }
    all.clear();
    if (jdbc != null) run(List.of(bin.resolve("pg_ctl").toString(), "-D", pgdata.toString(), "-m", "fast", "-w", "stop"));
    jdbc = null;
  }
}
