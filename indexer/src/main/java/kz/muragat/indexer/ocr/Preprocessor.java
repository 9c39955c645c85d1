package kz.muragat.indexer.ocr;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * Image clean-up before recognition, run on the OCR worker that recognises the page. {@link
 * Prepared#view} is what the page image shows and the word boxes refer to (turned upright and
 * straightened, still grey); {@link Prepared#ocr} is what Tesseract reads.
 */
public interface Preprocessor {
  Prepared prepare(BufferedImage image, int dpi, Supplier<TesseractEngine> engine);

  /** Frees native resources (OSD engines); called when the OCR pool closes. */
  default void close() {}

  /** Whether to run only for pages whose plain reading is poor (see {@link Preprocessing}). */
  default boolean onlyWhenNeeded() {
    return false;
  }

  /** A short fingerprint of the settings (part of the extraction cache key); "" for none. */
  String fingerprint();

  /**
   * @param ocr the image given to Tesseract
   * @param view the image stored for viewing, in the same geometry as {@code ocr}
   * @param notes what was done, e.g. {@code "rotated 180, deskewed -1.4°"}, or "" for nothing
   */
  record Prepared(BufferedImage ocr, BufferedImage view, String notes) {
    public static Prepared unchanged(BufferedImage image) {
      return new Prepared(image, image, "");
    }
  }

  Preprocessor NONE =
      new Preprocessor() {
        @Override
        public Prepared prepare(BufferedImage image, int dpi, Supplier<TesseractEngine> engine) {
          return Prepared.unchanged(image);
        }

        @Override
        public String fingerprint() {
          return "";
        }
      };
}
