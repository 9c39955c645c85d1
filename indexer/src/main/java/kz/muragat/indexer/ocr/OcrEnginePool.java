package kz.muragat.indexer.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * A bounded set of Tesseract engines shared by the worker threads: each recognition borrows one
 * engine, so no engine is ever used by two threads at once. Engines are created lazily, at most
 * {@code size} of them.
 */
public final class OcrEnginePool implements AutoCloseable {
  private final OcrSettings settings;
  private final int size;
  private final LinkedBlockingDeque<TesseractEngine> idle = new LinkedBlockingDeque<>();
  private final List<TesseractEngine> all = new ArrayList<>();

  public OcrEnginePool(OcrSettings settings, int size) {
    if (size < 1) throw new IllegalArgumentException("pool size must be positive");
    TesseractEngine.checkInstalled(settings);
    this.settings = settings;
    this.size = size;
  }

  public OcrSettings settings() {
    return settings;
  }

  public OcrPage recognize(BufferedImage image, int dpi) {
    TesseractEngine engine = borrow();
    try {
      return engine.recognize(image, dpi);
    } finally {
      idle.addFirst(engine);
    }
  }

  private TesseractEngine borrow() {
    TesseractEngine e = idle.pollFirst();
    if (e != null) return e;
    synchronized (all) {
      if (all.size() < size) {
        TesseractEngine created = new TesseractEngine(settings);
        all.add(created);
        return created;
      }
    }
    try {
      return idle.takeFirst();
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an OCR engine", ie);
    }
  }

  @Override
  public void close() {
    synchronized (all) {
      all.forEach(TesseractEngine::close);
      all.clear();
      idle.clear();
    }
  }
}
