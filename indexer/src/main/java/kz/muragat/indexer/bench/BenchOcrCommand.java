package kz.muragat.indexer.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.muragat.indexer.ocr.OcrSettings;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code muragat bench-ocr}: OCR throughput of the indexing pipeline against the {@code
 * tesseract} command on the same page images, in the same run.
 *
 * <p>Renders N typewritten pages with the scan generator (PNG, one file a page, and the same
 * pages as one multi-page TIFF), then times: the {@code tesseract} command over every page one
 * after the other, and as P processes at once; the whole in-process indexing pipeline (hashing,
 * OCR, page images, cache, Lucene) over the PNG folder with 1..W workers, and over the single
 * multi-page TIFF (page-level parallelism inside one file). Tesseract gets the same languages,
 * page segmentation and thresholding both ways, and {@code OMP_THREAD_LIMIT=1} both ways. Each
 * figure is the best of {@code --repeat} runs.
 */
@Command(
    name = "bench-ocr",
    mixinStandardHelpOptions = true,
    description = "Pages/s of the indexing pipeline vs the tesseract command on the same generated pages.")
public final class BenchOcrCommand implements Callable<Integer> {
  @Option(names = "--pages", defaultValue = "20", description = "Pages to generate. Default: ${DEFAULT-VALUE}.")
  int pages;

  @Option(names = "--workers", defaultValue = "1,2", split = ",", description = "Worker counts (and parallel tesseract processes) to time. Default: ${DEFAULT-VALUE}.")
  List<Integer> workers;

  @Option(names = "--repeat", defaultValue = "1", description = "Runs per figure; the best is kept. Default: ${DEFAULT-VALUE}.")
  int repeat;

  @Option(names = "--degradation", defaultValue = "light", description = "clean, light, medium, heavy. Default: ${DEFAULT-VALUE}.")
  String degradation;

  @Option(names = "--ocr-langs", defaultValue = "rus+kaz", description = "Tesseract languages, both ways. Default: ${DEFAULT-VALUE}.")
  String langs;

  @Option(names = "--psm", defaultValue = "3", description = "Tesseract page segmentation mode, both ways (3: automatic). Default: ${DEFAULT-VALUE}.")
  int psm;

  @Option(names = "--thresholding", defaultValue = "" + OcrSettings.DEFAULT_THRESHOLDING,
      description = "Tesseract thresholding of the command and of the adaptive reading's first pass: 0 Otsu, 1 LeptonicaOtsu, "
          + "2 Sauvola (the single reading keeps Sauvola, as before; a Sauvola first pass is never read again). "
          + "Default: ${DEFAULT-VALUE}.")
  int thresholding;

  @Option(names = "--work", description = "Folder for the pages and indexes (default: a temporary folder, deleted after).")
  Path work;

  @Option(names = "--no-tiff", description = "Skip the single multi-page TIFF runs.")
  boolean noTiff;

  @Option(names = "--readings", defaultValue = "adaptive,single", split = ",",
      description = "Pipeline readings to time: adaptive (languages judged per page, short readings read again, text cleaned) "
          + "and/or single (one reading, as before). Default: ${DEFAULT-VALUE}.")
  List<String> readings;

  private record Row(String what, int parallel, double seconds) {}

  @Override
  public Integer call() throws Exception {
    boolean temp = work == null;
    Path dir = temp ? Files.createTempDirectory("muragat-bench") : Files.createDirectories(work);
    try {
      Path png = Files.createDirectories(dir.resolve("pages"));
      Path tif = Files.createDirectories(dir.resolve("tiff"));
      List<Path> images = generate(png, tif.resolve("all-pages.tif"));
      System.err.printf("%d pages (%s, 200 dpi A4) in %s; %d cores; OMP_THREAD_LIMIT=%s%n", images.size(), degradation,
          dir, Runtime.getRuntime().availableProcessors(), System.getenv("OMP_THREAD_LIMIT"));
      OcrSettings ocr = new OcrSettings(langs, psm, thresholding, OcrSettings.defaultTessdata());
      for (String r : readings) {
        if (!r.equals("adaptive") && !r.equals("single")) {
          System.err.println("muragat bench-ocr: --readings: unknown reading '" + r + "' (expected adaptive, single)");
          return 2;
        }
      }
      // warm-up, not timed: class loading and JIT for the pipeline, disk cache for both
      for (String reading : readings) {
        pipeline(png, dir.resolve("data-warmup-" + reading), settingsFor(ocr, reading), 1, images.size(), images.subList(0, 1));
      }
      tesseractCli(images.subList(0, 1), 1);
      // the configurations are interleaved within each repeat, so load from elsewhere hits them alike
      List<String> names = new ArrayList<>();
      List<Integer> par = new ArrayList<>();
      List<Timed> runs = new ArrayList<>();
      for (int w : workers) {
        names.add("tesseract command, " + (w == 1 ? "sequential" : w + " processes at once"));
        par.add(w);
        runs.add(() -> tesseractCli(images, w));
      }
      for (int w : workers) {
        for (String reading : readings) {
          OcrSettings s = settingsFor(ocr, reading);
          names.add("pipeline, " + images.size() + " PNG files, " + reading + " reading");
          par.add(w);
          runs.add(() -> pipeline(png, dir.resolve("data-png-" + w + "-" + System.nanoTime()), s, w, images.size(), null));
          if (!noTiff) {
            names.add("pipeline, one " + images.size() + "-page TIFF, " + reading + " reading");
            par.add(w);
            runs.add(() -> pipeline(tif, dir.resolve("data-tif-" + w + "-" + System.nanoTime()), s, w, images.size(), null));
          }
        }
      }
      double[] best = new double[runs.size()];
      java.util.Arrays.fill(best, Double.MAX_VALUE);
      for (int r = 0; r < Math.max(1, repeat); r++) {
        for (int i = 0; i < runs.size(); i++) {
          double secs = runs.get(i).seconds();
          best[i] = Math.min(best[i], secs);
          System.err.printf(Locale.ROOT, "run %d: %s, %d worker(s): %.1f s%n", r + 1, names.get(i), par.get(i), secs);
        }
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) rows.add(new Row(names.get(i), par.get(i), best[i]));
      print(rows, images.size());
      return 0;
    } finally {
      if (temp) deleteTree(dir);
    }
  }

  /** The adaptive reading with the given settings, or the single reading as Muragat made it before (Sauvola thresholding). */
  private static OcrSettings settingsFor(OcrSettings ocr, String reading) {
    return reading.equals("adaptive")
        ? ocr.withAdaptive(true)
        : new OcrSettings(ocr.languages(), ocr.pageSegMode(), OcrSettings.SAUVOLA, ocr.tessdata(), false);
  }

  private interface Timed {
    double seconds() throws Exception;
  }

  private static void print(List<Row> rows, int n) {
    double seqCli = rows.stream().filter(r -> r.what.startsWith("tesseract") && r.parallel == 1).mapToDouble(Row::seconds).findFirst().orElse(Double.NaN);
    System.out.printf(Locale.ROOT, "| %-60s | %s | %7s | %7s | %s |%n", "run", "workers", "seconds", "pages/s", "vs tesseract command with as many processes");
    System.out.printf("|%s|---|---|---|---|%n", "-".repeat(62));
    for (Row r : rows) {
      double cli = rows.stream().filter(x -> x.what.startsWith("tesseract") && x.parallel == r.parallel).mapToDouble(Row::seconds).findFirst().orElse(seqCli);
      System.out.printf(Locale.ROOT, "| %-60s | %7d | %7.1f | %7.2f | %.2f× (%.2f× the sequential command) |%n",
          r.what, r.parallel, r.seconds, n / r.seconds, cli / r.seconds, seqCli / r.seconds);
    }
    for (Row r : rows) {
      if (!r.what.endsWith("adaptive reading")) continue;
      String single = r.what.replace("adaptive reading", "single reading");
      rows.stream().filter(x -> x.what.equals(single) && x.parallel == r.parallel).findFirst().ifPresent(x ->
          System.out.printf(Locale.ROOT, "adaptive ÷ single reading throughput, %s, %d worker(s): %.2f×%n",
              r.what.replace(", adaptive reading", ""), r.parallel, x.seconds / r.seconds));
    }
  }

  /** Renders the pages: archive-like Russian and Kazakh typescript, as PNG files and one TIFF. */
  private List<Path> generate(Path pngDir, Path tiff) throws IOException {
    Degradation d = Degradation.parse(degradation);
    List<RenderedPage> all = new ArrayList<>();
    for (long seed = 1; all.size() < pages; seed++) {
      ScanGenerator gen = new ScanGenerator(new ScanOptions(seed, d));
      RenderedDocument doc = gen.render("bench-" + seed, BenchText.text((int) seed));
      for (RenderedPage p : doc.pages()) if (all.size() < pages) all.add(p);
    }
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Path f = pngDir.resolve(String.format("page-%03d.png", i + 1));
      ScanWriter.writePng(all.get(i), f);
      files.add(f);
    }
    if (!noTiff) ScanWriter.writeTiff(all, tiff);
    return files;
  }

  /** The tesseract command over every image, {@code parallel} processes at a time. */
  private double tesseractCli(List<Path> images, int parallel) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    long t0 = System.nanoTime();
    try {
      List<Future<Integer>> fs = new ArrayList<>();
      for (Path img : images) {
        fs.add(pool.submit(() -> {
          ProcessBuilder pb = new ProcessBuilder(
              "tesseract", img.toString(), "stdout", "-l", langs, "--psm", Integer.toString(psm),
              "-c", "thresholding_method=" + thresholding);
          pb.environment().put("OMP_THREAD_LIMIT", "1");
          pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
          Process p = pb.start();
          if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
          return p.exitValue();
        }));
      }
      for (Future<Integer> f : fs) {
        int rc = f.get();
        if (rc != 0) throw new IOException("tesseract exited with " + rc + " (is tesseract-ocr installed?)");
      }
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The indexing pipeline on a folder, from an empty data directory (no cache). */
  private static double pipeline(Path folder, Path data, OcrSettings ocr, int workers, int expectPages, List<Path> only)
      throws Exception {
    if (only != null) {
      // warm-up on a folder holding just these files
      Path sub = Files.createDirectories(data.resolveSibling(data.getFileName() + "-files"));
      for (Path p : only) Files.copy(p, sub.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      folder = sub;
      expectPages = only.size();
    }
    long t0 = System.nanoTime();
    IndexReport r;
    try (Indexer indexer = new Indexer(new IndexerOptions(data, ocr, workers, false, false, 0f))) {
      r = indexer.index(folder, Progress.NONE);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    if (r.pages() != expectPages || !r.ok()) throw new IOException("pipeline run incomplete: " + r.summary());
    deleteTree(data);
    return secs;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> w = Files.walk(dir)) {
      w.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
