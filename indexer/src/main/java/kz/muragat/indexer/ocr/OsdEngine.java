package kz.muragat.indexer.ocr;

import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

/** Tesseract's orientation and script detection ({@code osd.traineddata}); one per thread, like {@link TesseractEngine}. */
final class OsdEngine implements AutoCloseable {
  /** Below this OSD confidence a page is left as it is. */
  static final float MIN_CONFIDENCE = 2.0f;

  private TessBaseAPI handle;

  OsdEngine(OcrSettings settings) {
    if (!Files.isRegularFile(settings.tessdata().resolve("osd.traineddata"))) {
      throw new OcrUnavailableException("orientation detection needs osd.traineddata: install it with 'apt-get install tesseract-ocr-osd'");
    }
    TessAPI api = TessAPI.INSTANCE;
    handle = api.TessBaseAPICreate();
    if (api.TessBaseAPIInit2(handle, settings.tessdata().toString(), "osd", TessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
      api.TessBaseAPIDelete(handle);
      handle = null;
      throw new OcrUnavailableException("Tesseract could not load osd from " + settings.tessdata());
    }
    api.TessBaseAPISetPageSegMode(handle, TessAPI.TessPageSegMode.PSM_OSD_ONLY);
    api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
  }

  /** Degrees (0, 90, 180, 270) to turn the page clockwise to make it upright; 0 when unsure. */
  int uprightRotation(BufferedImage grey, int dpi) {
    TessAPI api = TessAPI.INSTANCE;
    int w = grey.getWidth(), h = grey.getHeight();
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    ByteBuffer buf = ByteBuffer.allocateDirect(pixels.length);
    buf.put(pixels).flip();
    api.TessBaseAPISetImage(handle, buf, w, h, 1, w);
    api.TessBaseAPISetSourceResolution(handle, dpi > 0 ? dpi : 300);
    IntBuffer deg = IntBuffer.allocate(1);
    FloatBuffer conf = FloatBuffer.allocate(1), scriptConf = FloatBuffer.allocate(1);
    PointerByReference script = new PointerByReference();
    try {
      if (api.TessBaseAPIDetectOrientationScript(handle, deg, conf, script, scriptConf) == 0) return 0;
      if (conf.get(0) < MIN_CONFIDENCE) return 0;
      // orient_deg is how far the text is turned counter-clockwise: turn it back clockwise
      return (360 - deg.get(0)) % 360 == 0 ? 0 : (360 - deg.get(0)) % 360;
    } finally {
      api.TessBaseAPIClear(handle);
    }
  }

  @Override
  public void close() {
    if (handle != null) {
      TessAPI.INSTANCE.TessBaseAPIEnd(handle);
      TessAPI.INSTANCE.TessBaseAPIDelete(handle);
      handle = null;
    }
  }
}
