package kz.muragat.indexer.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The preprocessing steps, in order: orientation (Tesseract OSD: pages scanned sideways or upside
 * down are turned upright), dark scanner borders painted white, background flattening (stains and
 * uneven paper divided out, contrast stretched), deskew (the angle that makes the
 * rows of ink sharpest — largest variance of the horizontal projection profile — searched to ±5°
 * on a reduced copy). Binarization stays Tesseract's own ({@code --thresholding}, Sauvola by
 * default): the page image a reader sees stays grey.
 */
final class ImagePreprocessor implements Preprocessor {
  static final double MAX_SKEW = 5.0;
  private final Preprocessing steps;
  private final OcrSettings settings;
  private final ThreadLocal<OsdEngine> osd = new ThreadLocal<>();
  private final List<OsdEngine> engines = new ArrayList<>();

  ImagePreprocessor(Preprocessing steps, OcrSettings settings) {
    this.steps = steps;
    this.settings = settings;
  }

  @Override
  public boolean onlyWhenNeeded() {
    return steps.onlyWhenNeeded();
  }

  @Override
  public String fingerprint() {
    return steps.fingerprint();
  }

  @Override
  public Prepared prepare(BufferedImage image, int dpi, Supplier<TesseractEngine> engine) {
    BufferedImage img = Images.toGrey(image);
    List<String> notes = new ArrayList<>();
    if (steps.orientation()) {
      int rot = osd().uprightRotation(img, dpi);
      if (rot != 0) {
        img = rotateQuadrants(img, rot);
        notes.add("rotated " + rot + "°");
      }
    }
    if (steps.borders()) {
      int painted = whitenBorders(img);
      if (painted > 0) notes.add("border cleared");
    }
    if (steps.normalize()) {
      img = flattenBackground(img);
      notes.add("background flattened");
    }
    if (steps.deskew()) {
      double angle = skewAngle(img);
      if (Math.abs(angle) >= 0.2) {
        img = rotate(img, -angle);
        notes.add(String.format(Locale.ROOT, "deskewed %.1f°", angle));
      }
    }
    return new Prepared(img, img, String.join(", ", notes));
  }

  @Override
  public void close() {
    synchronized (engines) {
      engines.forEach(OsdEngine::close);
      engines.clear();
    }
  }

  private OsdEngine osd() {
    OsdEngine e = osd.get();
    if (e == null) {
      e = new OsdEngine(settings);
      synchronized (engines) {
        engines.add(e);
      }
      osd.set(e);
    }
    return e;
  }

  // ------------------------------------------------------------------ deskew

  /** Skew of the text lines in degrees (positive: lines fall to the right), by projection profile. */
  static double skewAngle(BufferedImage grey) {
    int scale = Math.max(1, grey.getWidth() / 800);
    int w = grey.getWidth() / scale, h = grey.getHeight() / scale;
    // ink points of a reduced, globally thresholded copy
    byte[] px = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    int stride = grey.getWidth();
    long sum = 0;
    for (byte b : px) sum += b & 0xff;
    int threshold = (int) Math.min(200, sum / px.length - 40);
    List<int[]> ink = new ArrayList<>();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if ((px[(y * scale) * stride + x * scale] & 0xff) < threshold) ink.add(new int[] {x, y});
      }
    }
    if (ink.size() < 200) return 0;
    double best = 0, bestScore = -1;
    for (double a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.1) {
      double score = profileScore(ink, a, h, w);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return Math.round(best * 10) / 10.0;
  }

  private static double profileScore(List<int[]> ink, double deg, int h, int w) {
    double t = Math.tan(Math.toRadians(deg));
    int[] rows = new int[h + w + 2];
    int off = w / 2 + 1;
    for (int[] p : ink) {
      int r = (int) Math.round(p[1] - (p[0] - w / 2.0) * t) + off;
      if (r >= 0 && r < rows.length) rows[r]++;
    }
    double s = 0;
    for (int i = 1; i < rows.length; i++) {
      double d = rows[i] - rows[i - 1];
      s += d * d;
    }
    return s;
  }

  static BufferedImage rotate(BufferedImage grey, double deg) {
    BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(grey, AffineTransform.getRotateInstance(Math.toRadians(deg), grey.getWidth() / 2.0, grey.getHeight() / 2.0), null);
    g.dispose();
    return out;
  }

  static BufferedImage rotateQuadrants(BufferedImage grey, int clockwise) {
    int w = grey.getWidth(), h = grey.getHeight();
    boolean swap = clockwise == 90 || clockwise == 270;
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    AffineTransform t = new AffineTransform();
    switch (clockwise) {
      case 90 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
      case 180 -> { t.translate(w, h); t.rotate(Math.PI); }
      case 270 -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
      default -> {}
    }
    g.drawImage(grey, t, null);
    g.dispose();
    return out;
  }

  // ------------------------------------------------------------------ background

  /**
   * Divides each pixel by the local paper brightness — the brightest value around it, over about
   * 1/25 of the page — so stains, shadows and uneven tint become white paper and faint ink keeps
   * its contrast; then stretches the result to the full grey range. Tesseract's own thresholding
   * then sees ink on even paper.
   */
  static BufferedImage flattenBackground(BufferedImage grey) {
    int w = grey.getWidth(), h = grey.getHeight();
    byte[] px = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    int cell = Math.max(8, Math.min(w, h) / 60);
    int cw = (w + cell - 1) / cell, ch = (h + cell - 1) / cell;
    int[] bg = new int[cw * ch];
    for (int cy = 0; cy < ch; cy++) {
      for (int cx = 0; cx < cw; cx++) {
        // a high percentile rather than the maximum: specks of noise are not paper
        int[] hist = new int[256];
        int n = 0;
        for (int y = cy * cell; y < Math.min(h, (cy + 1) * cell); y++) {
          for (int x = cx * cell; x < Math.min(w, (cx + 1) * cell); x++) {
            hist[px[y * w + x] & 0xff]++;
            n++;
          }
        }
        int target = n / 10, acc = 0, v = 255;
        for (; v > 0; v--) {
          acc += hist[v];
          if (acc > target) break;
        }
        bg[cy * cw + cx] = v;
      }
    }
    // widen: paper brightness is the max over neighbouring cells (cells full of ink are not paper)
    int[] wide = new int[bg.length];
    for (int cy = 0; cy < ch; cy++) {
      for (int cx = 0; cx < cw; cx++) {
        int m = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int x = cx + dx, y = cy + dy;
            if (x >= 0 && y >= 0 && x < cw && y < ch) m = Math.max(m, bg[y * cw + x]);
          }
        }
        wide[cy * cw + cx] = Math.max(m, 1);
      }
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] o = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
    int[] hist = new int[256];
    for (int y = 0; y < h; y++) {
      double fy = Math.min(ch - 1.0, Math.max(0, (y + 0.5) / cell - 0.5));
      int y0 = (int) fy, y1 = Math.min(ch - 1, y0 + 1);
      double ty = fy - y0;
      for (int x = 0; x < w; x++) {
        double fx = Math.min(cw - 1.0, Math.max(0, (x + 0.5) / cell - 0.5));
        int x0 = (int) fx, x1 = Math.min(cw - 1, x0 + 1);
        double tx = fx - x0;
        double b = (wide[y0 * cw + x0] * (1 - tx) + wide[y0 * cw + x1] * tx) * (1 - ty)
            + (wide[y1 * cw + x0] * (1 - tx) + wide[y1 * cw + x1] * tx) * ty;
        int v = (int) Math.min(255, Math.round(255.0 * (px[y * w + x] & 0xff) / b));
        o[y * w + x] = (byte) v;
        hist[v]++;
      }
    }
    // stretch: the darkest 0.5% of pixels become black
    int target = (int) ((long) w * h / 200), acc = 0, lo = 0;
    for (; lo < 255; lo++) {
      acc += hist[lo];
      if (acc > target) break;
    }
    if (lo > 0 && lo < 200) {
      int[] lut = new int[256];
      for (int v = 0; v < 256; v++) lut[v] = v <= lo ? 0 : (int) Math.round(255.0 * (v - lo) / (255 - lo));
      for (int i = 0; i < o.length; i++) o[i] = (byte) lut[o[i] & 0xff];
    }
    return out;
  }

  // ------------------------------------------------------------------ borders

  /**
   * Paints white the dark bands scanners leave along the edges (the platen, the book's edge): from
   * each side inwards, rows or columns that are mostly dark, and everything outside them.
   * Returns how many rows and columns were painted.
   */
  static int whitenBorders(BufferedImage grey) {
    int w = grey.getWidth(), h = grey.getHeight();
    byte[] px = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    int maxBand = Math.max(w, h) / 8;
    int top = band(px, w, h, true, false, maxBand), bottom = band(px, w, h, true, true, maxBand);
    int left = band(px, w, h, false, false, maxBand), right = band(px, w, h, false, true, maxBand);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (y < top || y >= h - bottom || x < left || x >= w - right) px[y * w + x] = (byte) 255;
      }
    }
    return top + bottom + left + right;
  }

  /** Depth of the dark band along one edge: lines more than 50% dark, then a few for the ragged inner edge. */
  private static int band(byte[] px, int w, int h, boolean rows, boolean fromEnd, int max) {
    int n = rows ? h : w, len = rows ? w : h;
    int depth = 0;
    for (int i = 0; i < Math.min(max, n); i++) {
      int line = fromEnd ? n - 1 - i : i;
      int dark = 0;
      for (int j = 0; j < len; j += 2) {
        int v = px[rows ? line * w + j : j * w + line] & 0xff;
        if (v < 90) dark++;
      }
      if (dark * 2 > len / 2) depth = i + 1;
      else if (i - depth > 3) break;
    }
    return depth == 0 ? 0 : Math.min(max, depth + 4);
  }
}
