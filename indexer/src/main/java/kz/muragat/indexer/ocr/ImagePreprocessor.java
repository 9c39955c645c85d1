package kz.muragat.indexer.ocr;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/** Placeholder: filled in with the preprocessing steps. */
final class ImagePreprocessor implements Preprocessor {
  private final Preprocessing steps;

  ImagePreprocessor(Preprocessing steps, OcrSettings settings) {
    this.steps = steps;
  }

  @Override
  public Prepared prepare(BufferedImage image, int dpi, Supplier<TesseractEngine> engine) {
    return Prepared.unchanged(image);
  }

  @Override
  public String fingerprint() {
    return steps.fingerprint();
  }
}
