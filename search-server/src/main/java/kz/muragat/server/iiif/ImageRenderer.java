package kz.muragat.server.iiif;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Computes IIIF image responses from stored page JPEGs with Java2D: crop, scale, mirror, rotate by
 * quarter turns, gray or bitonal, JPEG or PNG. Bounded caches: the last few decoded pages (a
 * viewer asks for many tiles of one page at once, decoded once) and recently sent images by total
 * bytes. At most one rendering per processor runs at a time.
 */
public final class ImageRenderer {
  /** Decoded page images kept. */
  private static final int DECODED_PAGES = 4;

  /** Bytes of encoded responses kept, and the largest response kept. */
  private static final long OUTPUT_CACHE_BYTES = 48L << 20;

  private static final int OUTPUT_CACHE_ENTRY = 2 << 20;
  private static final int SIZES_KEPT = 10_000;

  private final Map<Path, FutureTask<BufferedImage>> decoded = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, byte[]> output = new LinkedHashMap<>(64, 0.75f, true);
  private long outputBytes;
  private final Map<Path, int[]> sizes = new LinkedHashMap<>(64, 0.75f, true);
  private final Semaphore rendering = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

  /** {width, height} of a stored image, read from its header. */
  public int[] size(Path file) throws IOException {
    synchronized (sizes) {
      int[] s = sizes.get(file);
      if (s != null) return s;
    }
    int[] s;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) throw new IOException("unreadable page image " + file.getFileName());
      ImageReader r = readers.next();
      try {
        r.setInput(in, true, true);
        s = new int[] {r.getWidth(0), r.getHeight(0)};
      } finally {
        r.dispose();
      }
    }
    synchronized (sizes) {
      sizes.put(file, s);
      if (sizes.size() > SIZES_KEPT) sizes.remove(sizes.keySet().iterator().next());
    }
    return s;
  }

  /** The encoded image for a request on a stored page image. */
  public byte[] render(Path file, ImageRequest req) throws IOException {
    String key = file + "|" + req.cacheKey();
    synchronized (output) {
      byte[] hit = output.get(key);
      if (hit != null) return hit;
    }
    byte[] bytes;
    rendering.acquireUninterruptibly();
    try {
      bytes = encode(transform(source(file), req), req.format());
    } finally {
      rendering.release();
    }
    if (bytes.length <= OUTPUT_CACHE_ENTRY) {
      synchronized (output) {
        if (output.put(key, bytes) == null) outputBytes += bytes.length;
        for (Iterator<byte[]> it = output.values().iterator(); outputBytes > OUTPUT_CACHE_BYTES && it.hasNext(); ) {
          outputBytes -= it.next().length;
          it.remove();
        }
      }
    }
    return bytes;
  }

  private BufferedImage source(Path file) throws IOException {
    FutureTask<BufferedImage> task;
    boolean mine = false;
    synchronized (decoded) {
      task = decoded.get(file);
      if (task == null) {
        task = new FutureTask<>(() -> read(file));
        decoded.put(file, task);
        mine = true;
        while (decoded.size() > DECODED_PAGES) decoded.remove(decoded.keySet().iterator().next());
      }
    }
    if (mine) task.run();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      synchronized (decoded) {
        decoded.remove(file, task);
      }
      if (e.getCause() instanceof IOException io) throw io;
      throw new UncheckedIOException(new IOException(e.getCause()));
    }
  }

  private static BufferedImage read(Path file) throws IOException {
    BufferedImage img = ImageIO.read(file.toFile());
    if (img == null) throw new IOException("unreadable page image " + file.getFileName());
    return img;
  }

  static BufferedImage transform(BufferedImage src, ImageRequest r) {
    BufferedImage region = src.getSubimage(r.x(), r.y(), r.w(), r.h());
    boolean gray = region.getType() == BufferedImage.TYPE_BYTE_GRAY || !r.quality().equals("default") && !r.quality().equals("color");
    BufferedImage scaled = scale(region, r.width(), r.height(), gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
    boolean quarter = r.rotation() == 90 || r.rotation() == 270;
    int outW = quarter ? r.height() : r.width(), outH = quarter ? r.width() : r.height();
    int type = r.quality().equals("bitonal") ? BufferedImage.TYPE_BYTE_BINARY : scaled.getType();
    if (r.rotation() == 0 && !r.mirror() && type == scaled.getType()) return scaled;
    BufferedImage out = new BufferedImage(outW, outH, type);
    Graphics2D g = out.createGraphics();
    try {
      AffineTransform t = new AffineTransform();
      t.translate(outW / 2.0, outH / 2.0);
      t.rotate(Math.toRadians(r.rotation()));
      if (r.mirror()) t.scale(-1, 1);
      t.translate(-r.width() / 2.0, -r.height() / 2.0);
      g.drawImage(scaled, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Scales in halving steps while shrinking by more than half, so text stays legible. */
  private static BufferedImage scale(BufferedImage img, int w, int h, int type) {
    BufferedImage cur = img;
    int cw = img.getWidth(), ch = img.getHeight();
    do {
      int nw = cw / 2 >= w ? cw / 2 : w;
      int nh = ch / 2 >= h ? ch / 2 : h;
      if (nw == cw && nh == ch && cur.getType() == type) return cur;
      BufferedImage next = new BufferedImage(nw, nh, type);
      Graphics2D g = next.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(cur, 0, 0, nw, nh, null);
      } finally {
        g.dispose();
      }
      cur = next;
      cw = nw;
      ch = nh;
    } while (cw != w || ch != h);
    return cur;
  }

  private static byte[] encode(BufferedImage img, String format) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 10);
    if (format.equals("png")) {
      ImageIO.write(img, "png", bytes);
      return bytes.toByteArray();
    }
    BufferedImage rgb = img;
    if (img.getType() == BufferedImage.TYPE_BYTE_BINARY) {
      rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = rgb.createGraphics();
      g.drawImage(img, 0, 0, null);
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(rgb, null, null), p);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
