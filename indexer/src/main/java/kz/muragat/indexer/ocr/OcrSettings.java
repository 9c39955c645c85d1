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
 * @param adaptive read each page as it needs ({@link PageReader}): languages and script judged
 *     first and the models ordered to match, a second reading with Sauvola thresholding where the
 *     first is short of what the ink suggests, the text cleaned after; {@code false}: one reading
 *     with {@code languages} and {@code thresholdingMethod}, as Muragat did before
 */
public record OcrSettings(String languages, int pageSegMode, int thresholdingMethod, Path tessdata, boolean adaptive) {

  public OcrSettings(String languages, int pageSegMode, int thresholdingMethod, Path tessdata) {
    this(languages, pageSegMode, thresholdingMethod, tessdata, true);
  }

  /** Debian 12's tesseract-ocr 5 data folder. */
  public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

  /** Otsu's global threshold: Tesseract's own default. */
  public static final int OTSU = 0;

  /** Sauvola's adaptive threshold: the second reading of a short one (after {@link #OTSU}). */
  public static final int SAUVOLA = 2;

  /**
   * Binarization of the first reading, for the commands ({@code --thresholding}) and for code that
   * asks for {@link #defaults()} alike: Sauvola, which read the generated dev scans best (README,
   * OCR). A Sauvola first reading is never read again.
   */
  public static final int DEFAULT_THRESHOLDING = SAUVOLA;

  public static OcrSettings defaults() {
    return new OcrSettings("rus+kaz", 3, DEFAULT_THRESHOLDING, defaultTessdata());
  }

  public OcrSettings withLanguages(String langs) {
    return new OcrSettings(langs, pageSegMode, thresholdingMethod, tessdata, adaptive);
  }

  /** These settings with another binarization of the first reading. */
  public OcrSettings withThresholding(int method) {
    return new OcrSettings(languages, pageSegMode, method, tessdata, adaptive);
  }

  public OcrSettings withAdaptive(boolean on) {
    return new OcrSettings(languages, pageSegMode, thresholdingMethod, tessdata, on);
  }

  public List<String> languageList() {
    return List.of(languages.split("\\+"));
  }

  /** A short fingerprint of everything that changes OCR output; part of the cache key. */
  public String fingerprint() {
    // alt: words carry alternative readings; read2: the adaptive reading (languages judged, short
    // readings re-read, text cleaned)
    return "tess5:" + languages + ":psm" + pageSegMode + ":thr" + thresholdingMethod + ":alt" + (adaptive ? ":read2" : "");
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
