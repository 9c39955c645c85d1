package kz.muragat.server.iiif;

import java.util.Locale;
import kz.muragat.server.http.ApiException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One IIIF Image API 3.0 request, {@code {region}/{size}/{rotation}/{quality}.{format}}, parsed and
 * resolved against an image of a given size. Every malformed or unsatisfiable part is an {@link ApiException}
 * (answered 400) naming it.
 *
 * <ul>
 *   <li>region: {@code full}, {@code square}, {@code x,y,w,h}, {@code pct:x,y,w,h}
 *   <li>size: {@code max}, {@code w,}, {@code ,h}, {@code pct:n}, {@code w,h}, {@code !w,h}, each
 *       also with {@code ^} (upscaling allowed)
 *   <li>rotation: {@code 0}, {@code 90}, {@code 180}, {@code 270}, each also with {@code !}
 *       (mirrored first)
 *   <li>quality: {@code default}, {@code color}, {@code gray}, {@code bitonal}; format {@code jpg}
 *       or {@code png}
 * </ul>
 */
public record ImageRequest(int x, int y, int w, int h, int width, int height, int rotation, boolean mirror, String quality, String format) {
  /** Largest output edge and area, announced in info.json as maxWidth/maxHeight/maxArea. */
  public static final int MAX_WIDTH = 6000;

  public static final int MAX_HEIGHT = 6000;
  public static final long MAX_AREA = 16_000_000L;

  /**
   * The largest output area for an image of {@code imgW}×{@code imgH}: no more pixels than the
   * stored page has. Rendering costs by output pixels, and enlarging a scan beyond its own size
   * shows nothing new — {@code ^4000,4000} of every page would keep the renderer busy for nothing.
   * A region may still be enlarged, up to the page's own area.
   */
  public static long maxArea(int imgW, int imgH) {
    return Math.min(MAX_AREA, (long) imgW * imgH);
  }

  private static final Pattern NUM = Pattern.compile("\\d{1,9}");
  private static final Pattern DEC = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?|\\.\\d{1,9}");
  private static final Pattern QF = Pattern.compile("(default|color|gray|bitonal)\\.(jpg|png)");
  private static final Pattern ROT = Pattern.compile("(!?)(\\d{1,3})(\\.0+)?");

  /** Resolves the request's parts against an image of {@code imgW}×{@code imgH} pixels. */
  public static ImageRequest parse(String region, String size, String rotation, String qualityFormat, int imgW, int imgH) {
    int[] r = region(region, imgW, imgH);
    int[] s = size(size, r[2], r[3], maxArea(imgW, imgH));
    Matcher rm = ROT.matcher(rotation);
    if (!rm.matches()) throw bad("rotation '" + cut(rotation) + "' is not a number of degrees (0, 90, 180, 270, optionally with ! to mirror)");
    int deg = Integer.parseInt(rm.group(2));
    if (deg % 90 != 0 || deg > 360) throw bad("rotation " + deg + " is not supported: use 0, 90, 180 or 270");
    Matcher qm = QF.matcher(qualityFormat);
    if (!qm.matches()) throw bad("quality.format '" + cut(qualityFormat) + "' is not supported: use default|color|gray|bitonal . jpg|png");
    return new ImageRequest(r[0], r[1], r[2], r[3], s[0], s[1], deg % 360, !rm.group(1).isEmpty(), qm.group(1), qm.group(2));
  }

  /** {x, y, w, h} inside the image. */
  static int[] region(String region, int imgW, int imgH) {
    switch (region) {
      case "full":
        return new int[] {0, 0, imgW, imgH};
      case "square":
        {
          int side = Math.min(imgW, imgH);
          return new int[] {(imgW - side) / 2, (imgH - side) / 2, side, side};
        }
      default:
        break;
    }
    double x, y, w, h;
    if (region.startsWith("pct:")) {
      double[] v = numbers(region.substring(4), DEC, "region");
      x = v[0] * imgW / 100;
      y = v[1] * imgH / 100;
      w = v[2] * imgW / 100;
      h = v[3] * imgH / 100;
    } else {
      double[] v = numbers(region, NUM, "region");
      x = v[0];
      y = v[1];
      w = v[2];
      h = v[3];
    }
    int ix = (int) Math.round(x), iy = (int) Math.round(y);
    int iw = (int) Math.round(w), ih = (int) Math.round(h);
    if (iw <= 0 || ih <= 0) throw bad("region '" + cut(region) + "' has no width or height");
    if (ix >= imgW || iy >= imgH) throw bad("region '" + cut(region) + "' lies outside the " + imgW + "×" + imgH + " image");
    iw = (int) Math.min(iw, (long) imgW - ix);
    ih = (int) Math.min(ih, (long) imgH - iy);
    return new int[] {ix, iy, iw, ih};
  }

  /** {width, height} of the output for a region of {@code rw}×{@code rh}. */
  static int[] size(String size, int rw, int rh, long maxArea) {
    boolean up = size.startsWith("^");
    String s = up ? size.substring(1) : size;
    long w, h;
    if (s.equals("max")) {
      double scale = 1;
      if (up || rw > MAX_WIDTH || rh > MAX_HEIGHT || (long) rw * rh > maxArea) {
        scale = Math.min((double) MAX_WIDTH / rw, (double) MAX_HEIGHT / rh);
        scale = Math.min(scale, Math.sqrt((double) maxArea / ((double) rw * rh)));
        if (!up) scale = Math.min(scale, 1);
      }
      w = Math.max(1, (long) Math.floor(rw * scale));
      h = Math.max(1, (long) Math.floor(rh * scale));
    } else if (s.startsWith("pct:")) {
      double p = numbers(s.substring(4), DEC, "size", 1)[0];
      if (p <= 0) throw bad("size '" + cut(size) + "' must be more than 0 percent");
      if (p > 100 && !up) throw bad("size '" + cut(size) + "' would enlarge the region: write ^pct:" + s.substring(4) + " to ask for that");
      w = Math.max(1, Math.round(rw * p / 100));
      h = Math.max(1, Math.round(rh * p / 100));
    } else if (s.startsWith("!")) {
      double[] v = numbers(s.substring(1), NUM, "size", 2);
      if (v[0] <= 0 || v[1] <= 0) throw bad("size '" + cut(size) + "' has a zero edge");
      double scale = Math.min(v[0] / rw, v[1] / rh);
      if (!up) scale = Math.min(scale, 1);
      w = Math.max(1, (long) Math.floor(rw * scale));
      h = Math.max(1, (long) Math.floor(rh * scale));
    } else {
      int comma = s.indexOf(',');
      if (comma < 0 || s.indexOf(',', comma + 1) >= 0) throw bad("size '" + cut(size) + "' is not max, w, ,h, w,h, !w,h or pct:n");
      String a = s.substring(0, comma), b = s.substring(comma + 1);
      if (a.isEmpty() && b.isEmpty()) throw bad("size ',' gives neither width nor height");
      if ((!a.isEmpty() && !NUM.matcher(a).matches()) || (!b.isEmpty() && !NUM.matcher(b).matches())) {
        throw bad("size '" + cut(size) + "' is not made of whole numbers");
      }
      if (b.isEmpty()) {
        w = Long.parseLong(a);
        h = Math.max(1, Math.round((double) rh * w / rw));
      } else if (a.isEmpty()) {
        h = Long.parseLong(b);
        w = Math.max(1, Math.round((double) rw * h / rh));
      } else {
        w = Long.parseLong(a);
        h = Long.parseLong(b);
      }
      if (w <= 0 || h <= 0) throw bad("size '" + cut(size) + "' has a zero edge");
    }
    // a viewer's tile arithmetic may round one pixel up: that is not an enlargement worth refusing
    if (!up && (w > rw + 1 || h > rh + 1)) {
      throw bad("size '" + cut(size) + "' (" + w + "×" + h + ") is larger than the region (" + rw + "×" + rh + "): prefix ^ to allow enlarging");
    }
    if (w > MAX_WIDTH || h > MAX_HEIGHT || w * h > maxArea) {
      throw bad("size " + w + "×" + h + " exceeds the limits of this image (" + MAX_WIDTH + "×" + MAX_HEIGHT + ", " + maxArea
          + " pixels: its own size; see maxWidth, maxHeight and maxArea in its info.json)");
    }
    return new int[] {(int) w, (int) h};
  }

  private static double[] numbers(String s, Pattern each, String what) {
    return numbers(s, each, what, 4);
  }

  private static double[] numbers(String s, Pattern each, String what, int count) {
    String[] parts = s.split(",", -1);
    if (parts.length != count) throw bad(what + " '" + cut(s) + "' needs " + count + " comma-separated numbers");
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      if (!each.matcher(parts[i]).matches()) throw bad(what + " '" + cut(s) + "': '" + cut(parts[i]) + "' is not a valid number here");
      v[i] = Double.parseDouble(parts[i]);
    }
    return v;
  }

  /** A canonical key for caching (equal output ⇔ equal key). */
  public String cacheKey() {
    return String.format(Locale.ROOT, "%d,%d,%d,%d/%d,%d/%s%d/%s.%s", x, y, w, h, width, height, mirror ? "!" : "", rotation, quality, format);
  }

  static ApiException bad(String message) {
    return ApiException.badRequest(message);
  }

  static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
