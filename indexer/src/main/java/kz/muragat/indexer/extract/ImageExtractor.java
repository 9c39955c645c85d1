package kz.muragat.indexer.extract;

import kz.muragat.indexer.deadline.Deadline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.core.model.WordBox;
import kz.muragat.indexer.ocr.OcrEnginePool;
import kz.muragat.indexer.ocr.OcrPage;
import kz.muragat.indexer.ocr.ShortReading;
import kz.muragat.core.store.StorageException;
import org.w3c.dom.NodeList;

/** Scans as images — PNG, JPEG, TIFF (every page of a multi-page TIFF), GIF, BMP — through OCR. */
public final class ImageExtractor implements Extractor {
  /** Images above this many pixels are refused before decoding (decompression bombs). */
  public static final long MAX_PIXELS = 120_000_000L;

  /** Pages of one multi-page image (TIFF) or PDF accepted; a file with more is refused. */
  public static final int MAX_PAGES = 5_000;

  /**
   * The pixel limit for this JVM: {@link #MAX_PIXELS}, lowered so that a decoded page (up to 4
   * bytes a pixel) takes at most an eighth of the heap — several files are decoded at once.
   */
  public static long maxPixels() {
    return Math.min(MAX_PIXELS, Math.max(4_000_000L, Runtime.getRuntime().maxMemory() / 32));
  }

  private final OcrEnginePool ocr;

  public ImageExtractor(OcrEnginePool ocr) {
    this.ocr = ocr;
  }

  @Override
  public boolean handles(String mediaType) {
    return switch (mediaType) {
      case "image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp", "image/x-ms-bmp" -> true;
      default -> false;
    };
  }

  @Override
  public Extracted extract(Path file, String mediaType, PageSink sink) throws ExtractionException {
    return extract(file, mediaType, null, sink);
  }

  /**
   * Like {@link #extract(Path, String, PageSink)}, but takes each page's text and word boxes from
   * {@code ocrFile} (ALTO or hOCR) when given; pages it lacks are OCR'd.
   */
  public Extracted extract(Path file, String mediaType, Path ocrFile, PageSink sink) throws ExtractionException {
    List<OcrSidecars.Page> imported = null;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) throw new ExtractionException("cannot open image");
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) throw new ExtractionException("no image decoder for " + mediaType);
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, false);
        int count = reader.getNumImages(true);
        if (count < 1) throw new ExtractionException("image holds no pages");
        if (count > MAX_PAGES) throw new ExtractionException("image holds " + count + " pages, over the limit of " + MAX_PAGES);
        // a truncated or damaged image is often decoded in part, with a warning: refuse it rather
        // than index half a page
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((src, warning) -> warnings.add(warning));
        Deadline deadline = Deadline.current();
        long maxPixels = maxPixels();
        Pages pages = new Pages();
        try {
        for (int i = 0; i < count; i++) {
          deadline.check(ExtractionException::new);
          long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
          if (pixels > maxPixels) {
            throw new ExtractionException(
                "page " + (i + 1) + " declares " + reader.getWidth(i) + "x" + reader.getHeight(i)
                    + " pixels, over the limit of " + maxPixels + " (decompression bomb, or a scan too large for this heap)");
          }
          BufferedImage image = reader.read(i);
          if (!warnings.isEmpty()) throw new ExtractionException("truncated or damaged image: " + warnings.get(0));
          int dpi = dpiOf(reader.getImageMetadata(i));
          if (ocrFile != null && imported == null) imported = OcrSidecars.read(ocrFile, dpi);
          if (imported != null && i < imported.size()) {
            pages.add(importedPage(i + 1, image, imported.get(i), sink));
          } else {
            pages.add(recognise(i + 1, image, dpi, sink));
          }
        }
        } finally {
          pages.awaitQuietly();
        }
        return new Extracted(null, pages.join());
      } finally {
        reader.dispose();
      }
    } catch (ExtractionException | StorageException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException("corrupt or truncated image (" + describe(e) + ")", e);
    }
  }

  /** A page whose text comes from the vendor's OCR file; boxes scaled if it was made on another size of the image. */
  static PageRecord importedPage(int number, BufferedImage image, OcrSidecars.Page p, PageSink sink) throws IOException {
    double sx = p.width() > 0 ? (double) image.getWidth() / p.width() : 1;
    double sy = p.height() > 0 ? (double) image.getHeight() / p.height() : sx;
    List<WordBox> words = new ArrayList<>();
    for (WordBox w : p.words()) {
      words.add(sx == 1 && sy == 1 ? w : new WordBox(w.text(), (int) Math.round(w.x() * sx), (int) Math.round(w.y() * sy),
          (int) Math.round(w.w() * sx), (int) Math.round(w.h() * sy), w.confidence(), w.start(), w.end()));
    }
    String name = sink.pageImage(number, image);
    return new PageRecord(number, PageSource.OCR_IMPORTED, p.text(), image.getWidth(), image.getHeight(), p.confidence(), name, words);
  }

  /**
   * Queues one page for OCR and returns at once: the caller goes on reading or rendering the next
   * page while the OCR workers recognise this one and write its image.
   */
  CompletableFuture<PageRecord> recognise(int number, BufferedImage image, int dpi, PageSink sink) {
    return ocr.submit(
        image,
        dpi,
        Deadline.current(),
        r -> {
          OcrPage page = r.page();
          BufferedImage view = r.prepared().view();
          String name;
          try {
            name = sink.pageImage(number, view);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return new PageRecord(
              number, PageSource.OCR, page.text(), view.getWidth(), view.getHeight(), page.meanConfidence(), name, page.words(),
              page.languages(), page.script(), ShortReading.of(page, r.prepared().ocr(), dpi));
        });
  }

  /**
   * The pages of one file in order, some still being recognised. {@link #awaitQuietly} must run
   * before the file's draft is discarded, so no OCR worker writes into a folder being deleted.
   */
  static final class Pages {
    private final List<CompletableFuture<PageRecord>> futures = new ArrayList<>();

    void add(CompletableFuture<PageRecord> page) {
      futures.add(page);
    }

    void add(PageRecord page) {
      futures.add(CompletableFuture.completedFuture(page));
    }

    void awaitQuietly() {
      for (CompletableFuture<PageRecord> f : futures) {
        try {
          f.join();
        } catch (RuntimeException ignored) {
          // reported by join()
        }
      }
    }

    List<PageRecord> join() throws ExtractionException {
      List<PageRecord> out = new ArrayList<>();
      for (CompletableFuture<PageRecord> f : futures) {
        try {
          out.add(f.join());
        } catch (CompletionException e) {
          Throwable c = e.getCause() == null ? e : e.getCause();
          if (c instanceof StorageException storage) throw storage;
          if (Deadline.current().expired()) throw new ExtractionException(Deadline.current().message(), c);
          if (c instanceof UncheckedIOException u) c = u.getCause();
          throw new ExtractionException("OCR of page " + (out.size() + 1) + " failed (" + describe(c) + ")", c);
        }
      }
      return out;
    }
  }

  /** Resolution from the image's standard metadata, or 0 when it does not say. */
  public static int dpiOf(IIOMetadata meta) {
    if (meta == null || !meta.isStandardMetadataFormatSupported()) return 0;
    try {
      IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
      NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
      if (nodes.getLength() == 0) return 0;
      float mmPerPixel = Float.parseFloat(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
      if (mmPerPixel <= 0) return 0;
      int dpi = Math.round(25.4f / mmPerPixel);
      return dpi >= 50 && dpi <= 2400 ? dpi : 0;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
