package kz.muragat.indexer.extract;

import kz.muragat.indexer.deadline.Deadline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import kz.muragat.core.model.WordBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFs page by page: a page with a usable text layer keeps that text (with word boxes from the
 * glyph positions) and is rendered only for viewing; an image-only page is rendered at OCR
 * resolution and recognised.
 */
public final class PdfExtractor implements Extractor {
  /** Resolution image-only pages are rendered at for OCR. */
  static final int OCR_DPI = 300;

  /** Resolution text-layer pages are rendered at for viewing. */
  static final int VIEW_DPI = 150;

  /** Fewer letters than this on a page: its text layer is not usable, the page is OCR'd. */
  static final int MIN_LETTERS = 20;

  /** Largest page edge accepted, in PDF points (about 5 metres): larger pages are refused. */
  static final float MAX_EDGE_POINTS = 14_400f;

  /** Pages that would need a lower resolution than this to fit the pixel limit are refused. */
  static final int MIN_DPI = 50;

  private final ImageExtractor images;

  /** {@code dpi}, lowered so that the rendered page stays within {@link ImageExtractor#maxPixels()}. */
  static int dpiWithin(PDRectangle box, int dpi) {
    double inches2 = (double) Math.max(1f, box.getWidth()) / 72 * Math.max(1f, box.getHeight()) / 72;
    double fit = Math.sqrt(ImageExtractor.maxPixels() / inches2);
    return (int) Math.min(dpi, Math.floor(fit));
  }

  public PdfExtractor(ImageExtractor images) {
    this.images = images;
  }

  @Override
  public boolean handles(String mediaType) {
    return mediaType.equals("application/pdf");
  }

  @Override
  public Extracted extract(Path file, String mediaType, PageSink sink) throws ExtractionException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw new ExtractionException("encrypted PDF: text extraction not permitted");
      }
      PDFRenderer renderer = new PDFRenderer(pdf);
      ImageExtractor.Pages pages = new ImageExtractor.Pages();
      int n = pdf.getNumberOfPages();
      if (n == 0) throw new ExtractionException("PDF has no pages");
      if (n > ImageExtractor.MAX_PAGES) throw new ExtractionException("PDF has " + n + " pages, over the limit of " + ImageExtractor.MAX_PAGES);
      Deadline deadline = Deadline.current();
      try {
      for (int i = 0; i < n; i++) {
        deadline.check(ExtractionException::new);
        PDRectangle box = pdf.getPage(i).getCropBox();
        if (box.getWidth() > MAX_EDGE_POINTS || box.getHeight() > MAX_EDGE_POINTS) {
          throw new ExtractionException("page " + (i + 1) + " is larger than " + MAX_EDGE_POINTS + " points");
        }
        int viewDpi = dpiWithin(box, VIEW_DPI), ocrDpi = dpiWithin(box, OCR_DPI);
        if (ocrDpi < MIN_DPI) {
          throw new ExtractionException(String.format(java.util.Locale.ROOT,
              "page %d is %.0fx%.0f points: too large to render within %d pixels", i + 1, box.getWidth(), box.getHeight(), ImageExtractor.maxPixels()));
        }
        TextLayer layer = textLayer(pdf, i + 1);
        deadline.check(ExtractionException::new);
        if (layer.letters() >= MIN_LETTERS) {
          BufferedImage image = renderer.renderImageWithDPI(i, viewDpi, ImageType.GRAY);
          String name = sink.pageImage(i + 1, image);
          float scale = viewDpi / 72f;
          List<WordBox> words = new ArrayList<>();
          for (WordBox w : layer.words()) {
            words.add(new WordBox(w.text(), Math.round(w.x() * scale / 100f), Math.round(w.y() * scale / 100f),
                Math.max(1, Math.round(w.w() * scale / 100f)), Math.max(1, Math.round(w.h() * scale / 100f)),
                -1f, w.start(), w.end()));
          }
          pages.add(new PageRecord(i + 1, PageSource.TEXT_LAYER, layer.text(), image.getWidth(), image.getHeight(), -1f, name, words));
        } else {
          BufferedImage image = renderer.renderImageWithDPI(i, ocrDpi, ImageType.GRAY);
          pages.add(images.recognise(i + 1, image, ocrDpi, sink));
        }
      }
      } finally {
        pages.awaitQuietly();
      }
      List<PageRecord> done = pages.join();
      String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
      return new Extracted(title == null || title.isBlank() ? null : title.strip(), done);
    } catch (InvalidPasswordException e) {
      throw new ExtractionException("encrypted PDF: a password is needed to open it", e);
    } catch (ExtractionException | kz.muragat.core.store.StorageException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException("unreadable PDF (" + ImageExtractor.describe(e) + ")", e);
    }
  }

  /**
   * A page's text layer with word boxes. Box coordinates are in hundredths of a PDF point from the
   * page's top-left corner, so they can be scaled to any rendering resolution.
   */
  record TextLayer(String text, List<WordBox> words, int letters) {}

  static TextLayer textLayer(PDDocument pdf, int pageNumber) throws IOException {
    StringWriter out = new StringWriter();
    List<WordBox> words = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) throws IOException {
            int base = out.getBuffer().length();
            super.writeString(text, positions);
            if (text.length() != positions.size()) {
              return; // ligatures or combined glyphs: characters cannot be paired with positions
            }
            int i = 0;
            while (i < text.length()) {
              while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
              int s = i;
              while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
              if (i > s) words.add(box(text.substring(s, i), positions.subList(s, i), base + s, base + i));
            }
          }
        };
    stripper.setSortByPosition(true);
    stripper.setStartPage(pageNumber);
    stripper.setEndPage(pageNumber);
    stripper.setLineSeparator("\n");
    stripper.setPageEnd("");
    stripper.writeText(pdf, out);
    String text = out.toString();
    int letters = 0;
    for (int k = 0; k < text.length(); k++) if (Character.isLetter(text.charAt(k))) letters++;
    // the stripper may trim or add whitespace after the last string; drop boxes that fall outside
    int len = text.length();
    words.removeIf(w -> w.end() > len || !text.substring(w.start(), w.end()).equals(w.text()));
    return new TextLayer(text, words, letters);
  }

  private static WordBox box(String word, List<TextPosition> glyphs, int start, int end) {
    float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
    for (TextPosition g : glyphs) {
      float h = g.getHeightDir() > 0 ? g.getHeightDir() : g.getFontSizeInPt();
      x0 = Math.min(x0, g.getXDirAdj());
      x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
      y0 = Math.min(y0, g.getYDirAdj() - h);
      y1 = Math.max(y1, g.getYDirAdj());
    }
    return new WordBox(word, Math.round(x0 * 100), Math.round(y0 * 100), Math.round((x1 - x0) * 100),
        Math.round((y1 - y0) * 100), -1f, start, end);
  }
}
