package kz.muragat.core.store;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes page images in a form every browser shows (JPEG), at the size the word boxes refer to. */
public final class PageImages {
  /** JPEG quality for page images: text stays crisp at a fraction of PNG's size for noisy scans. */
  private static final float QUALITY = 0.85f;

  private PageImages() {}

  /** The image name a page gets in its document's store folder. */
  public static String nameFor(int pageNumber) {
    return String.format(Locale.ROOT, "page-%04d.jpg", pageNumber);
  }

  static void write(BufferedImage image, Path file) throws IOException {
    BufferedImage img = jpegCompatible(image);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  /** Grey stays grey; everything else (alpha, palettes, 16-bit, bilevel) becomes plain RGB. */
  private static BufferedImage jpegCompatible(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
      return image;
    }
    boolean grey = image.getColorModel().getNumColorComponents() == 1;
    BufferedImage out =
        new BufferedImage(
            image.getWidth(),
            image.getHeight(),
            grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }
}
