package kz.muragat.scangen;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Damage laid over a page on purpose, for tests that need a page a reader loses text on, the same
 * every time (the generator's own stains are random and mild).
 */
public final class Stains {
  private Stains() {}

  /**
   * The page, in grey, with a large round stain over its lower half: darkest (under a third of the
   * paper's brightness) in the middle, fading out to its rim; the ink stays darker than the stain,
   * so an adaptive threshold still finds it where a global one sees one black blob.
   */
  public static BufferedImage darkRoundStain(BufferedImage image) {
    BufferedImage out = grey(image);
    int w = out.getWidth(), h = out.getHeight();
    byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    double cx = w / 2.0, cy = h * 0.68, r = w * 0.42;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double d = Math.hypot(x - cx, y - cy) / r;
        double f = d >= 1 ? 1.0 : 0.28 + 0.72 * d * d;
        px[y * w + x] = (byte) (int) Math.round((px[y * w + x] & 0xff) * f);
      }
    }
    return out;
  }

  /**
   * The page, in grey, with damp along its left edge, where a case file is stitched: darkest (under
   * a third of the paper's brightness) at the edge, fading out over the left {@code reach} of the
   * page, its border wavering from line to line. Over the text it darkens the starts of the lines
   * and leaves the rest of each line clean; the ink stays darker than the damp.
   */
  public static BufferedImage bindingEdgeDamp(BufferedImage image, double reach) {
    BufferedImage out = grey(image);
    int w = out.getWidth(), h = out.getHeight();
    byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < h; y++) {
      double edge = w * reach * (1 + 0.12 * Math.sin(y * 2 * Math.PI / (h / 5.0)));
      for (int x = 0; x < Math.min(w, edge); x++) {
        double d = x / edge;
        double f = 0.28 + 0.72 * d * d * d;
        px[y * w + x] = (byte) (int) Math.round((px[y * w + x] & 0xff) * f);
      }
    }
    return out;
  }

  private static BufferedImage grey(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
