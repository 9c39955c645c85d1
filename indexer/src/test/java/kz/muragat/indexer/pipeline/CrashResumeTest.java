package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.store.Catalog;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedDocument;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.ScanWriter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real indexer in a separate JVM, killed at deterministic crash points (store write, catalog
 * line, index commit) and at random moments ({@code destroyForcibly}, i.e. SIGKILL), restarted
 * each time; then the same for {@code reindex}. Meanwhile a reader opens the index over and over,
 * as the search server does. In the end every file is indexed exactly once with all its pages,
 * and the index was readable, without duplicates, at every moment.
 */
class CrashResumeTest {
  @TempDir Path tmp;

  @Test
  void killedAtAnyMomentAndRestartedIndexesEveryFileExactlyOnce() throws Exception {
    Path scans = Files.createDirectories(tmp.resolve("scans"));
    Path data = tmp.resolve("data");
    Map<String, Integer> expectedPages = writeCorpus(scans);
    Path indexDir = data.resolve("index");

    List<String> readerProblems = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    Thread reader = new Thread(() -> watchIndex(indexDir, stop, readerProblems, reads), "reader");
    reader.start();
    long seed = System.nanoTime();
    Random random = new Random(seed);
    try {
      // deterministic crashes inside the critical steps
      for (String point :
          List.of("store.before-move:2", "catalog.mid-line:2", "index.before-commit:2", "index.after-commit:2")) {
        int rc = run(data, List.of("index", scans.toString()), point, -1);
        assertTrue(rc == 137 || rc == 0, point + ": exit " + rc);
      }
      // kill -9 at random moments
      for (int i = 0; i < 2; i++) run(data, List.of("index", scans.toString()), null, 300 + random.nextInt(2500));
      assertEquals(0, run(data, List.of("index", scans.toString()), null, -1), "the last run finishes the job");
      assertExactlyOnce(indexDir, expectedPages);
      assertEquals(expectedPages.keySet(), new Catalog(data.resolve("catalog.jsonl")).entries().keySet());
      try (Stream<Path> walk = Files.walk(data.resolve("store"))) {
        assertTrue(walk.noneMatch(p -> p.getFileName().toString().startsWith(".tmp-")), "no half-written cache entries left");
      }

      // reindex: killed half-way the old index stays whole; finished, the rebuilt one is whole
      assertEquals(137, run(data, List.of("reindex"), "reindex.put:4", -1));
      assertExactlyOnce(indexDir, expectedPages);
      run(data, List.of("reindex"), null, 200 + random.nextInt(1500));
      assertExactlyOnce(indexDir, expectedPages);
      assertEquals(0, run(data, List.of("reindex"), null, -1));
      assertExactlyOnce(indexDir, expectedPages);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + " (random seed " + seed + ")", e);
    } finally {
      stop.set(true);
      reader.join();
    }
    assertTrue(readerProblems.isEmpty(), "reader saw: " + readerProblems);
    assertTrue(reads.get() > 10, "the reader kept reading: " + reads.get());
  }

  /** Seven files, nine pages: single-page PNGs, a two-page TIFF, a two-page image-only PDF, a text file. */
  private static Map<String, Integer> writeCorpus(Path scans) throws IOException {
    Map<String, Integer> pages = new HashMap<>();
    ScanGenerator gen = new ScanGenerator(new ScanOptions(7, 150, Degradation.CLEAN, null, null));
    String[] names = {"Жумабаев", "Оспанов", "Сейфуллин", "Байтурсынов"};
    for (int i = 0; i < names.length; i++) {
      RenderedDocument d = gen.render("p" + i, "СПРАВКА № " + (100 + i) + "\n" + names[i] + " реабилитирован.");
      ScanWriter.writePng(d.pages().get(0), scans.resolve("png-" + i + ".png"));
      pages.put("png-" + i + ".png", 1);
    }
    for (int i = 0; i < 1; i++) {
      RenderedDocument a = gen.render("a" + i, "ПРОТОКОЛ " + (i + 1) + "\nДопрос обвиняемого " + names[i] + ".");
      RenderedDocument b = gen.render("b" + i, "Лист 2\nОтвет: не признаю. " + names[i + 2] + ".");
      Files.createDirectories(scans.resolve("delo-" + i));
      ScanWriter.writeTiff(List.of(a.pages().get(0), b.pages().get(0)), scans.resolve("delo-" + i + "/case.tif"));
      pages.put("delo-" + i + "/case.tif", 2);
    }
    RenderedDocument a = gen.render("pdf1", "ПОСТАНОВЛЕНИЕ\nДело прекратить.");
    RenderedDocument b = gen.render("pdf2", "Лист 2\nСекретарь Ахметов.");
    ScanWriter.writeImagePdf(new RenderedDocument("pdf", List.of(a.pages().get(0), b.pages().get(0))), scans.resolve("ruling.pdf"));
    pages.put("ruling.pdf", 2);
    Files.writeString(scans.resolve("note.txt"), "Записка архивиста о деле Жумабаева.\n");
    pages.put("note.txt", 1);
    return pages;
  }

  /** Runs the indexer in its own JVM; kills it after {@code killAfterMillis} unless negative. */
  private int run(Path data, List<String> args, String crashPoint, long killAfterMillis) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    if (crashPoint != null) cmd.add("-Dmuragat.crash=" + crashPoint);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("kz.muragat.indexer.cli.IndexerMain");
    cmd.addAll(args);
    cmd.addAll(List.of("--data", data.toString(), "--workers", "2"));
    if (args.get(0).equals("index")) cmd.addAll(List.of("--commit-seconds", "0.2", "--commit-docs", "2"));
    Path log = tmp.resolve("run.log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.environment().put("MURAGAT_CONFIG", tmp.resolve("no-config.properties").toString());
    Process p = pb.start();
    if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
    }
    // a hang detector, not a speed bound: a whole run OCRs every page, slowly on a loaded machine
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("indexer hung: " + Files.readString(log));
    }
    int rc = p.exitValue();
    if (rc != 0 && rc != 137 && killAfterMillis < 0) fail("exit " + rc + ": " + Files.readString(log));
    return rc;
  }

  private static void assertExactlyOnce(Path indexDir, Map<String, Integer> expectedPages) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(indexDir))) {
      IndexSearcher s = new IndexSearcher(r);
      Map<String, Integer> docs = new HashMap<>(), pages = new HashMap<>();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), 1000).scoreDocs) {
        docs.merge(s.storedFields().document(sd.doc).get(IndexSchema.ID), 1, Integer::sum);
      }
      // page entries 1..n hold the file's pages; page 0 holds its title and metadata words
      Query filePages = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE)), Occur.FILTER)
          .add(IntPoint.newRangeQuery(IndexSchema.PAGE, 1, Integer.MAX_VALUE), Occur.FILTER)
          .build();
      for (ScoreDoc sd : s.search(filePages, 1000).scoreDocs) {
        pages.merge(s.storedFields().document(sd.doc).get(IndexSchema.ID), 1, Integer::sum);
      }
      Map<String, Integer> once = new HashMap<>();
      expectedPages.keySet().forEach(id -> once.put(id, 1));
      assertEquals(once, docs, "one document entry per file");
      assertEquals(expectedPages, pages, "every page, once");
    }
  }

  /** Opens the index again and again like a search server; records any failure or duplicate. */
  private static void watchIndex(Path indexDir, AtomicBoolean stop, List<String> problems, AtomicInteger reads) {
    while (!stop.get()) {
      try {
        if (Files.isDirectory(indexDir) && DirectoryReader.indexExists(FSDirectory.open(indexDir))) {
          try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(indexDir))) {
            Set<String> ids = new HashSet<>();
            for (LeafReaderContext leaf : r.leaves()) {
              Bits live = leaf.reader().getLiveDocs();
              StoredFields sf = leaf.reader().storedFields();
              for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                Document doc = sf.document(d, Set.of(IndexSchema.ID, IndexSchema.PAGE));
                if (doc.getField(IndexSchema.PAGE) == null && !ids.add(doc.get(IndexSchema.ID))) {
                  problems.add("duplicate " + doc.get(IndexSchema.ID));
                }
              }
            }
            reads.incrementAndGet();
          }
        }
      } catch (IOException | RuntimeException e) {
        problems.add(e.toString());
      }
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
