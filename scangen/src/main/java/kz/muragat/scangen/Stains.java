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
    int w = image.getWidth(), h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
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
}
