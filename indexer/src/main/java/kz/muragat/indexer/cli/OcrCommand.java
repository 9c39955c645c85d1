package kz.muragat.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.indexer.ocr.OcrEnginePool;
import kz.muragat.indexer.ocr.OcrPage;
import kz.muragat.indexer.ocr.OcrSettings;
import kz.muragat.indexer.ocr.OcrUnavailableException;
import kz.muragat.indexer.ocr.Preprocessing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code muragat ocr IMAGE}: prints the text the indexer's OCR path (preprocessing, in-process
 * Tesseract) reads on one image — every page of a multi-page TIFF, separated by form feeds. Made
 * for evaluation: {@code python3 cer.py FOLDER -- bin/muragat ocr --preprocess on}.
 */
@Command(
    name = "ocr",
    mixinStandardHelpOptions = true,
    description = "Recognise one image (PNG, JPEG, TIFF) as the indexer would and print its text.")
public final class OcrCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "IMAGE")
  Path image;

  @Mixin OcrOptions ocrOptions;

  @Option(names = "--dpi", defaultValue = "0", description = "Resolution to assume when the image does not say (0: 300).")
  int dpi;

  @Option(names = "--save-prepared", paramLabel = "PNG", description = "Write the image Tesseract reads (after preprocessing) to this PNG file.")
  Path savePrepared;

  @Option(names = "--json", description = "Print each page as one line of JSON (text, languages, script, words with boxes, confidences and alternatives) instead of its text.")
  boolean json;

  @Option(names = "--verbose", description = "Print what preprocessing did and the mean confidence on standard error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    Preprocessing pre;
    try {
      pre = ocrOptions.preprocessing();
    } catch (IllegalArgumentException e) {
      System.err.println("muragat ocr: " + e.getMessage());
      return 2;
    }
    OcrSettings settings = ocrOptions.settings();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (OcrEnginePool pool = new OcrEnginePool(settings, 1, pre.create(settings));
        ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
      if (in == null) {
        System.err.println("muragat ocr: cannot open " + image);
        return 2;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        System.err.println("muragat ocr: not an image: " + image);
        return 2;
      }
      ImageReader reader = readers.next();
      reader.setInput(in, false, false);
      int n = reader.getNumImages(true);
      for (int i = 0; i < n; i++) {
        BufferedImage img = reader.read(i);
        int d = dpi > 0 ? dpi : kz.muragat.indexer.extract.ImageExtractor.dpiOf(reader.getImageMetadata(i));
        OcrEnginePool.Result r = pool.submit(img, d, x -> x).join();
        OcrPage page = r.page();
        if (savePrepared != null && i == 0) ImageIO.write(r.prepared().ocr(), "png", savePrepared.toFile());
        if (json) {
          out.println(JSON.writeValueAsString(new PageRecord(i + 1, PageSource.OCR,
              page.text(), img.getWidth(), img.getHeight(), page.meanConfidence(), null, page.words(), page.languages(), page.script())));
          continue;
        }
        if (i > 0) out.print('\f');
        out.println(page.text());
        if (verbose) {
          System.err.printf(Locale.ROOT, "page %d: %s; mean confidence %.1f%n", i + 1,
              r.prepared().notes().isEmpty() ? "no preprocessing" : r.prepared().notes(), page.meanConfidence());
        }
      }
      reader.dispose();
    } catch (OcrUnavailableException e) {
      System.err.println("muragat ocr: " + e.getMessage());
      return 3;
    }
    return 0;
  }
}
