package kz.muragat.indexer.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which image clean-up steps run before OCR.
 *
 * @param orientation turn pages scanned sideways or upside down upright (Tesseract OSD)
 * @param deskew straighten pages scanned at a slant (projection profile)
 * @param borders paint dark scanner borders and the margin beyond them white
 * @param normalize flatten the background (stains, shadows, tint) and stretch the contrast
 * @param onlyWhenNeeded recognise the page as it is first, and run the steps (and recognise
 *     again, keeping the better reading) only when that reading is poor — few words or low
 *     confidence. Good scans then lose nothing, bad ones get the clean-up.
 *     <p>Binarization is Tesseract's own, chosen with {@code --thresholding} (0 Otsu, 1 Leptonica
 *     Otsu, 2 Sauvola adaptive — the default).
 */
public record Preprocessing(boolean orientation, boolean deskew, boolean borders, boolean normalize, boolean onlyWhenNeeded) {
  public static final Preprocessing OFF = new Preprocessing(false, false, false, false, false);
  public static final Preprocessing ALL = new Preprocessing(true, true, true, true, false);
  /** Every step, but only for pages whose plain reading is poor. */
  public static final Preprocessing AUTO = new Preprocessing(true, true, true, true, true);
  /** What measurably helps (see the README's Benchmarks section). */
  public static final Preprocessing DEFAULT = AUTO;

  public Preprocessing(boolean orientation, boolean deskew, boolean borders, boolean normalize) {
    this(orientation, deskew, borders, normalize, false);
  }

  /**
   * {@code auto} (every step, for poor pages only), {@code on} (every step, every page), {@code
   * off}, {@code default}, or a comma list of {@code orientation},
   * {@code deskew}, {@code borders}, {@code normalize}.
   */
  public static Preprocessing parse(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "on", "all", "true" -> {
        return ALL;
      }
      case "off", "none", "false", "" -> {
        return OFF;
      }
      case "default" -> {
        return DEFAULT;
      }
      case "auto" -> {
        return AUTO;
      }
      default -> {}
    }
    boolean o = false, d = false, b = false, n = false;
    for (String part : v.split(",")) {
      switch (part.strip()) {
        case "orientation", "osd", "rotate" -> o = true;
        case "deskew" -> d = true;
        case "borders", "border" -> b = true;
        case "normalize", "background", "flatten" -> n = true;
        default -> throw new IllegalArgumentException(
            "unknown preprocessing step '" + part + "' (expected auto, on, off, or orientation,deskew,borders,normalize)");
      }
    }
    return new Preprocessing(o, d, b, n);
  }

  public boolean any() {
    return orientation || deskew || borders || normalize;
  }

  /** e.g. {@code orientation+deskew}, or "" when off. */
  public String fingerprint() {
    List<String> parts = new ArrayList<>();
    if (orientation) parts.add("orientation");
    if (deskew) parts.add("deskew");
    if (borders) parts.add("borders");
    if (normalize) parts.add("normalize");
    return (onlyWhenNeeded && !parts.isEmpty() ? "auto:" : "") + String.join("+", parts);
  }

  @Override
  public String toString() {
    return any() ? fingerprint() : "off";
  }

  public Preprocessor create(OcrSettings settings) {
    return any() ? new ImagePreprocessor(this, settings) : Preprocessor.NONE;
  }
}
