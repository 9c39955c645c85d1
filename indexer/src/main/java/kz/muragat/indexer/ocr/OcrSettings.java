package kz.muragat.indexer.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How Tesseract is run.
 *
 * @param languages Tesseract language list, e.g. {@code rus+kaz} or {@code rus+kaz+deu}
 * @param pageSegMode Tesseract page segmentation mode (3 = fully automatic)
 * @param thresholdingMethod 0 = Otsu, 1 = LeptonicaOtsu, 2 = Sauvola (adaptive)
 * @param tessdata folder holding the {@code .traineddata} files
 */
public record OcrSettings(String languages, int pageSegMode, int thresholdingMethod, Path tessdata) {

  /** Debian 12's tesseract-ocr 5 data folder. */
  public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

  public static OcrSettings defaults() {
    return new OcrSettings("rus+kaz", 3, 2, defaultTessdata());
  }

  public OcrSettings withLanguages(String langs) {
    return new OcrSettings(langs, pageSegMode, thresholdingMethod, tessdata);
  }

  public List<String> languageList() {
    return List.of(languages.split("\\+"));
  }

  /** A short fingerprint of everything that changes OCR output; part of the cache key. */
  public String fingerprint() {
    return "tess5:" + languages + ":psm" + pageSegMode + ":thr" + thresholdingMethod;
  }

  /** {@code TESSDATA_PREFIX} if set, else Debian's folder. */
  public static Path defaultTessdata() {
    String env = System.getenv("TESSDATA_PREFIX");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      // TESSDATA_PREFIX may name the tessdata folder or its parent
      return Files.isDirectory(p.resolve("tessdata")) ? p.resolve("tessdata") : p;
    }
    return DEBIAN_TESSDATA;
  }
}
