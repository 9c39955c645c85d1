package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on loopback: concurrent clients mix searches, document views, hit boxes and
 * suggestions for a fixed number of requests while an indexer keeps adding documents. No request
 * may fail, new documents become searchable while it runs, and the heap must not keep growing.
 * Throughput and latency are printed for the record, not asserted (timing is for benchmarks).
 */
class LoadTest {
  static final int CLIENTS = 8;
  static final int REQUESTS_PER_CLIENT = 150;
  static final String[] WORDS = {"протокол", "Жумабаев", "реабилитирован", "учитель", "ақталды", "Алаш", "дело", "Семипалатинск"};

  @TempDir Path tmp;

  @Test
  void manyClientsWhileIndexingRunsGetNoErrors() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Path data = tmp.resolve("data");
    for (int i = 0; i < 40; i++) writeDoc(docs, i);
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data))) {
      indexer.index(docs, Progress.NONE);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    try (MuragatServer server = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0)).start()) {
      String base = "http://127.0.0.1:" + server.port();
      System.gc();
      long heapBefore = mem.getHeapMemoryUsage().getUsed();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger added = new AtomicInteger();
      // the indexer adds documents in rounds while the clients run
      Thread indexing = new Thread(() -> {
        try (Indexer indexer = new Indexer(IndexerOptions.defaults(data))) {
          for (int round = 0; round < 5 && !stop.get(); round++) {
            for (int i = 0; i < 10; i++) writeDoc(docs, 1000 + round * 10 + i);
            indexer.index(docs, Progress.NONE);
            added.addAndGet(10);
          }
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
      indexing.start();
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      Map<String, Integer> errors = new ConcurrentHashMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      long t0 = System.nanoTime();
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(pool.submit(() -> {
          for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
            String word = WORDS[(client + i) % WORDS.length];
            String q = URLEncoder.encode(word, StandardCharsets.UTF_8);
            String path = switch (i % 4) {
              case 0, 1 -> "/api/search?q=" + q;
              case 2 -> "/api/documents/doc-" + (i % 40) + ".txt";
              default -> "/api/suggest?q=" + URLEncoder.encode(word.substring(0, 4), StandardCharsets.UTF_8);
            };
            long s = System.nanoTime();
            try {
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() != 200) errors.merge(r.statusCode() + " " + path, 1, Integer::sum);
            } catch (Exception e) {
              errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
            latencies.add(System.nanoTime() - s);
          }
          return null;
        }));
      }
      for (Future<?> f : clients) f.get();
      double secs = (System.nanoTime() - t0) / 1e9;
      stop.set(true);
      indexing.join(120_000);
      pool.shutdown();
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "LoadTest: %d requests by %d clients in %.1f s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d documents added meanwhile%n",
          sorted.size(), CLIENTS, secs, sorted.size() / secs, sorted.get(sorted.size() / 2) / 1e6,
          sorted.get((int) (sorted.size() * 0.99)) / 1e6, added.get());
      assertEquals(Map.of(), errors, "failed requests");
      assertEquals(CLIENTS * REQUESTS_PER_CLIENT, sorted.size());
      // documents indexed during the run are searchable without a restart
      server.reload();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + URLEncoder.encode("Кокчетавского", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(r.body().contains("doc-1000.txt"), r.body());
      System.gc();
      long heapAfter = mem.getHeapMemoryUsage().getUsed();
      System.out.printf(Locale.ROOT, "LoadTest: heap after GC %d MB before, %d MB after%n", heapBefore >> 20, heapAfter >> 20);
      assertTrue(heapAfter < heapBefore + 256L * 1024 * 1024, "heap grew from " + heapBefore + " to " + heapAfter);
    }
  }

  static void writeDoc(Path dir, int i) throws java.io.IOException {
    String extra = i >= 1000 ? " Уроженец Кокчетавского уезда." : "";
    Files.writeString(dir.resolve("doc-" + i + ".txt"),
        "Протокол допроса № " + i + ". Обвиняемый Жумабаев Касым, учитель, член партии Алаш, реабилитирован в 1958 году. "
            + "Дело № " + (100 + i) + " хранится в фонде. Жұмабайұлы Қасым толық ақталды." + extra,
        StandardCharsets.UTF_8);
  }
}
