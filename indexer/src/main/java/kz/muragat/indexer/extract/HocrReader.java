package kz.muragat.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * hOCR (XHTML, as Tesseract and other OCR engines write it): pages are {@code
 * ocr_page} elements (their {@code bbox} the page size), words {@code ocrx_word} with {@code bbox}
 * and confidence {@code x_wconf} (0–100) in the {@code title}; {@code ocr_carea}/{@code ocr_par}
 * start a block, {@code ocr_line} and its kin a line. Without any {@code ocr_page}, the words are
 * one page. Coordinates are pixels.
 */
final class HocrReader implements OcrFormatReader {
  private static final Pattern BBOX = Pattern.compile("bbox\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)");
  private static final Pattern WCONF = Pattern.compile("x_wconf\\s+(-?[\\d.]+)");
  private static final Set<String> BLOCKS = Set.of("ocr_carea", "ocr_par");
  private static final Set<String> LINES = Set.of("ocr_line", "ocrx_line", "ocr_header", "ocr_textfloat", "ocr_caption");

  @Override
  public String name() {
    return "hOCR";
  }

  @Override
  public boolean reads(Element root) {
    return OcrFormatReader.localName(root).equalsIgnoreCase("html");
  }

  @Override
  public List<OcrSidecars.Page> read(Element root, int dpi) {
    Pages pages = new Pages();
    pages.walk(root);
    return pages.done();
  }

  /** The pages read so far, and the one being read. */
  private static final class Pages {
    private final List<OcrSidecars.Page> done = new ArrayList<>();
    private OcrPageBuilder current;
    private int width, height;

    void walk(Element e) {
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element c)) continue;
        List<String> classes = List.of(c.getAttribute("class").strip().split("\\s+"));
        String title = c.getAttribute("title");
        if (classes.contains("ocr_page")) {
          startPage(bbox(title));
          walk(c);
        } else if (classes.contains("ocrx_word")) {
          word(c.getTextContent(), bbox(title), title);
        } else {
          if (current != null && classes.stream().anyMatch(BLOCKS::contains)) current.block();
          if (current != null && classes.stream().anyMatch(LINES::contains)) current.line();
          walk(c);
        }
      }
    }

    private void startPage(int[] box) {
      endPage();
      current = new OcrPageBuilder();
      width = box == null ? 0 : box[2] - box[0];
      height = box == null ? 0 : box[3] - box[1];
    }

    private void word(String text, int[] box, String title) {
      if (current == null) current = new OcrPageBuilder(); // hOCR without ocr_page: one page
      Matcher m = WCONF.matcher(title);
      float conf = m.find() ? Float.parseFloat(m.group(1)) : -1f;
      if (box != null) current.word(text.strip(), box[0], box[1], box[2] - box[0], box[3] - box[1], conf);
      else current.word(text.strip(), 0, 0, 0, 0, conf);
    }

    private void endPage() {
      if (current != null) done.add(current.page(width, height));
      current = null;
    }

    List<OcrSidecars.Page> done() {
      endPage();
      return done;
    }
  }

  /** {@code x0 y0 x1 y1} of a {@code title}'s {@code bbox}, or null. */
  private static int[] bbox(String title) {
    Matcher m = BBOX.matcher(title);
    if (!m.find()) return null;
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
  }
}
