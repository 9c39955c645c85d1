package kz.muragat.indexer.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Small image conversions the OCR path needs. */
public final class Images {
  private Images() {}

  /** An 8-bit grey copy (or the image itself when it already is one), white behind transparency. */
  public static BufferedImage toGrey(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) return image;
    BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return grey;
  }
}
