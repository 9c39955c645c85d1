package kz.muragat.indexer.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * How much text a page's ink suggests: the glyph-sized blobs of ink, found on a half-size copy
 * binarized with Sauvola's adaptive threshold (so text on stains and faded text count as well as
 * crisp text) and counted per horizontal band of the page. A blob is glyph-sized when it is
 * between 1 and 8 mm tall and at most 12 mm wide: specks, rules, stamps' rings and stains are not.
 * One glyph is about one character (і, й, ё and ы make two blobs, touching letters one).
 */
public final class InkGlyphs {
  /** Bands the page is cut into, top to bottom. */
  public static final int BANDS = 12;

  /** A glyph's centre on the full-size page. */
  public record Glyph(int x, int y) {}

  private final int[] perBand;
  private final List<Glyph> glyphs;
  private final int height;

  private InkGlyphs(int[] perBand, List<Glyph> glyphs, int height) {
    this.perBand = perBand;
    this.glyphs = List.copyOf(glyphs);
    this.height = height;
  }

  /** Glyphs on the whole page. */
  public int total() {
    return glyphs.size();
  }

  /** Every glyph, in no particular order. */
  public List<Glyph> glyphs() {
    return glyphs;
  }

  /** Glyphs in band {@code i} (0 = top). */
  public int band(int i) {
    return perBand[i];
  }

  /** The band a y coordinate of the full-size page falls in. */
  public int bandOf(int y) {
    return Math.max(0, Math.min(BANDS - 1, (int) ((long) y * BANDS / Math.max(1, height))));
  }

  /** Counts the glyphs of a page image at a resolution of {@code dpi} (0: 300). */
  public static InkGlyphs count(BufferedImage image, int dpi) {
    BufferedImage grey = Images.toGrey(image);
    int fw = grey.getWidth(), fh = grey.getHeight();
    byte[] full = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    int w = Math.max(1, fw / 2), h = Math.max(1, fh / 2);
    int[] px = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = 2 * y * fw + 2 * x;
        int s = (full[i] & 0xff) + (full[Math.min(i + 1, full.length - 1)] & 0xff)
            + (full[Math.min(i + fw, full.length - 1)] & 0xff) + (full[Math.min(i + fw + 1, full.length - 1)] & 0xff);
        px[y * w + x] = s / 4;
      }
    }
    double perMm = (dpi > 0 ? dpi : 300) / 2.0 / 25.4;
    boolean[] ink = sauvola(px, w, h, Math.max(7, (int) Math.round(perMm * 4)), 0.3);
    int[] bands = new int[BANDS];
    List<Glyph> glyphs = new ArrayList<>();
    int minH = (int) Math.max(2, Math.round(perMm * 1.0)), maxH = (int) Math.round(perMm * 8), maxW = (int) Math.round(perMm * 12);
    int[] stack = new int[w * h];
    for (int start = 0; start < ink.length; start++) {
      if (!ink[start]) continue;
      // flood fill one blob (8-connected), clearing it as it goes
      int sp = 0, x0 = w, x1 = -1, y0 = h, y1 = -1;
      stack[sp++] = start;
      ink[start] = false;
      while (sp > 0) {
        int p = stack[--sp];
        int x = p % w, y = p / w;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
        for (int dy = -1; dy <= 1; dy++) {
          int ny = y + dy;
          if (ny < 0 || ny >= h) continue;
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            if (nx < 0 || nx >= w) continue;
            int q = ny * w + nx;
            if (ink[q]) {
              ink[q] = false;
              stack[sp++] = q;
            }
          }
        }
      }
      int bh = y1 - y0 + 1, bw = x1 - x0 + 1;
      if (bh >= minH && bh <= maxH && bw <= maxW) {
        bands[Math.min(BANDS - 1, (y0 + y1) / 2 * BANDS / h)]++;
        glyphs.add(new Glyph(x0 + x1 + 1, y0 + y1 + 1)); // centre, doubled back to full size
      }
    }
    return new InkGlyphs(bands, glyphs, fh);
  }

  /** Sauvola's threshold over a square window (integral images): ink where the pixel is darker. */
  static boolean[] sauvola(int[] px, int w, int h, int window, double k) {
    long[] sum = new long[(w + 1) * (h + 1)];
    long[] sq = new long[(w + 1) * (h + 1)];
    for (int y = 0; y < h; y++) {
      long rs = 0, rq = 0;
      for (int x = 0; x < w; x++) {
        int v = px[y * w + x];
        rs += v;
        rq += (long) v * v;
        sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + rs;
        sq[(y + 1) * (w + 1) + x + 1] = sq[y * (w + 1) + x + 1] + rq;
      }
    }
    boolean[] ink = new boolean[w * h];
    int r = window / 2;
    for (int y = 0; y < h; y++) {
      int ya = Math.max(0, y - r), yb = Math.min(h, y + r + 1);
      for (int x = 0; x < w; x++) {
        int xa = Math.max(0, x - r), xb = Math.min(w, x + r + 1);
        int n = (yb - ya) * (xb - xa);
        long s = sum[yb * (w + 1) + xb] - sum[ya * (w + 1) + xb] - sum[yb * (w + 1) + xa] + sum[ya * (w + 1) + xa];
        long q = sq[yb * (w + 1) + xb] - sq[ya * (w + 1) + xb] - sq[yb * (w + 1) + xa] + sq[ya * (w + 1) + xa];
        double mean = (double) s / n;
        double sd = Math.sqrt(Math.max(0, (double) q / n - mean * mean));
        // flat paper (tiny deviation) is never ink, whatever its tone
        ink[y * w + x] = sd > 6 && px[y * w + x] < mean * (1 + k * (sd / 128 - 1));
      }
    }
    return ink;
  }
}
