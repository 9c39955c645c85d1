package kz.muragat.indexer.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The OCR workers: {@code size} threads, each with its own Tesseract engine created on first use
 * and used by no other thread (Tesseract is not thread-safe; with {@code OMP_THREAD_LIMIT=1} each
 * engine uses exactly one core). Pages are queued to them from any thread with {@link #submit},
 * so reading and rendering files (done by the caller) overlaps with recognition, and the pages
 * of one multi-page file are recognised by all workers at once.
 *
 * <p>At most {@code 2 × size} pages wait or run at once: {@link #submit} blocks the producer
 * beyond that, so a 500-page PDF is never rendered into memory ahead of the OCR.
 */
public final class OcrEnginePool implements AutoCloseable {
  private final OcrSettings settings;
  private final int size;
  private final ExecutorService workers;
  private final Semaphore inFlight;
  private final List<TesseractEngine> all = new ArrayList<>();
  private final ThreadLocal<TesseractEngine> engine = new ThreadLocal<>();
  /** This worker's engines by Tesseract language list (the adaptive reading orders models per page). */
  private final ThreadLocal<java.util.Map<String, TesseractEngine>> engines = ThreadLocal.withInitial(java.util.HashMap::new);
  private final Preprocessor preprocessor;

  public OcrEnginePool(OcrSettings settings, int size) {
    this(settings, size, Preprocessor.NONE);
  }

  public OcrEnginePool(OcrSettings settings, int size, Preprocessor preprocessor) {
    if (size < 1) throw new IllegalArgumentException("pool size must be positive");
    TesseractEngine.checkInstalled(settings);
    this.settings = settings;
    this.size = size;
    this.preprocessor = preprocessor;
    this.inFlight = new Semaphore(2 * size);
    AtomicInteger n = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  public OcrSettings settings() {
    return settings;
  }

  public int size() {
    return size;
  }

  /** The preprocessing applied before recognition; part of the extraction profile. */
  public Preprocessor preprocessor() {
    return preprocessor;
  }

  /** Recognises one image on an OCR worker and waits for the result. */
  public OcrPage recognize(BufferedImage image, int dpi) {
    try {
      return submit(image, dpi, Result::page).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for OCR", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    }
  }

  /**
   * Queues one image for recognition and returns at once (blocking only while too many pages are
   * already queued). {@code then} runs on the OCR worker with the result — e.g. to write the page
   * image — so that work is spread over the workers too.
   */
  public <T> CompletableFuture<T> submit(BufferedImage image, int dpi, Function<Result, T> then) {
    return submit(image, dpi, kz.muragat.indexer.deadline.Deadline.NONE, then);
  }

  /**
   * Like {@link #submit(BufferedImage, int, Function)}, for a file that must be done by {@code
   * deadline}: a page whose turn comes after it is not recognised, and recognition under way stops
   * when it passes.
   */
  public <T> CompletableFuture<T> submit(BufferedImage image, int dpi, kz.muragat.indexer.deadline.Deadline deadline, Function<Result, T> then) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing a page for OCR", e);
    }
    CompletableFuture<T> f = new CompletableFuture<>();
    try {
      workers.execute(
          () -> {
            try {
              if (deadline.expired()) throw new IllegalStateException(deadline.message());
              f.complete(then.apply(recognise(image, dpi, deadline)));
            } catch (Throwable t) {
              f.completeExceptionally(t);
            } finally {
              inFlight.release();
            }
          });
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
    return f;
  }

  /** A reading with fewer words than this, or a lower mean confidence, is poor. */
  static final int POOR_WORDS = 150;

  static final float POOR_CONFIDENCE = 90f;

  private Result recognise(BufferedImage image, int dpi, kz.muragat.indexer.deadline.Deadline deadline) {
    if (settings.adaptive()) return recogniseAdaptive(image, dpi, deadline);
    if (!preprocessor.onlyWhenNeeded()) {
      Preprocessor.Prepared prepared = preprocessor.prepare(image, dpi, this::engine);
      return new Result(engine().recognize(prepared.ocr(), dpi, deadline), prepared);
    }
    OcrPage plain = engine().recognize(image, dpi, deadline);
    Result first = new Result(plain, Preprocessor.Prepared.unchanged(image));
    if (plain.words().size() >= POOR_WORDS && plain.meanConfidence() >= POOR_CONFIDENCE) return first;
    Preprocessor.Prepared prepared = preprocessor.prepare(image, dpi, this::engine);
    Result second = new Result(engine().recognize(prepared.ocr(), dpi, deadline), prepared);
    return quality(second.page()) > quality(plain) ? second : first;
  }

  /**
   * The adaptive reading ({@link PageReader}); with preprocessing {@code auto}, a page whose
   * reading is still poor is cleaned up and read again the same way, the better reading kept.
   */
  private Result recogniseAdaptive(BufferedImage image, int dpi, kz.muragat.indexer.deadline.Deadline deadline) {
    PageReader reader = new PageReader(settings, this::engine);
    if (!preprocessor.onlyWhenNeeded()) {
      Preprocessor.Prepared prepared = preprocessor.prepare(image, dpi, this::engine);
      PageReader.Reading r = reader.read(prepared.ocr(), dpi, deadline);
      return new Result(r.page(), withNotes(prepared, r.notes()));
    }
    PageReader.Reading plain = reader.read(image, dpi, deadline);
    Result first = new Result(plain.page(), withNotes(Preprocessor.Prepared.unchanged(image), plain.notes()));
    if (plain.page().words().size() >= POOR_WORDS && plain.page().meanConfidence() >= POOR_CONFIDENCE) return first;
    Preprocessor.Prepared prepared = preprocessor.prepare(image, dpi, this::engine);
    PageReader.Reading again = reader.read(prepared.ocr(), dpi, deadline);
    Result second = new Result(again.page(), withNotes(prepared, again.notes()));
    return quality(again.page()) > quality(plain.page()) ? second : first;
  }

  private static Preprocessor.Prepared withNotes(Preprocessor.Prepared p, String notes) {
    return new Preprocessor.Prepared(p.ocr(), p.view(), p.notes().isEmpty() ? notes : p.notes() + "; " + notes);
  }

  /**
   * How much believable text a reading holds: the confidence-weighted count of words with at
   * least two letters (noise specks read as punctuation or single letters count for nothing).
   */
  static double quality(OcrPage page) {
    double q = 0;
    for (var w : page.words()) {
      if (w.text().codePoints().filter(Character::isLetter).count() >= 2) q += Math.max(0, w.confidence()) / 100.0;
    }
    return q;
  }

  /** One recognised page and the image (after preprocessing) its word boxes refer to. */
  public record Result(OcrPage page, Preprocessor.Prepared prepared) {}

  /** This worker thread's engine for a Tesseract language list, created on first use. */
  private TesseractEngine engine(String languages) {
    if (languages.equals(settings.languages())) return engine();
    return engines.get().computeIfAbsent(languages, l -> {
      OcrSettings s = l.endsWith(PageReader.WORD_MODE)
          ? new OcrSettings(l.substring(0, l.length() - PageReader.WORD_MODE.length()), 8, settings.thresholdingMethod(), settings.tessdata(), settings.adaptive())
          : settings.withLanguages(l);
      TesseractEngine e = new TesseractEngine(s);
      synchronized (all) {
        all.add(e);
      }
      return e;
    });
  }

  /** This worker thread's engine, created on first use. */
  private TesseractEngine engine() {
    TesseractEngine e = engine.get();
    if (e == null) {
      e = new TesseractEngine(settings);
      synchronized (all) {
        all.add(e);
      }
      engine.set(e);
    }
    return e;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (all) {
      all.forEach(TesseractEngine::close);
      all.clear();
    }
    preprocessor.close();
  }
}
