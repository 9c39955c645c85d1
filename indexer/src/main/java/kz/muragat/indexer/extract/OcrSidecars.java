package kz.muragat.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import kz.muragat.core.model.WordBox;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * OCR delivered by a digitization vendor beside the scan: ALTO (v2–v4) or hOCR, named after the
 * image — for {@code scan.tif}: {@code scan.alto.xml}, {@code scan.xml}, {@code scan.hocr}, {@code
 * scan.hocr.html}, {@code scan.html} (first found wins). Read with the JDK's XML parser, with
 * external entities, external DTDs and XInclude off (no XXE), so a hostile file cannot read local
 * files or reach the network. These files are never indexed as documents of their own.
 */
public final class OcrSidecars {
  private OcrSidecars() {}

  private static final List<String> SUFFIXES = List.of(".alto.xml", ".xml", ".hocr", ".hocr.html", ".html", ".htm");
  private static final List<String> IMAGE_EXTENSIONS = List.of(".tif", ".tiff", ".png", ".jpg", ".jpeg", ".jp2", ".gif", ".bmp");

  /** One page of imported OCR, in the pixel space of {@code width × height} (0 when unknown). */
  public record Page(int width, int height, String text, List<WordBox> words, float confidence) {}

  /** The OCR file delivered beside an image, if any. */
  public static Optional<Path> find(Path image) {
    String name = image.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    if (dot <= 0 || !IMAGE_EXTENSIONS.contains(lower.substring(dot))) return Optional.empty();
    String base = name.substring(0, dot);
    Path dir = image.toAbsolutePath().getParent();
    for (String suffix : SUFFIXES) {
      Path p = dir.resolve(base + suffix);
      if (Files.isRegularFile(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** Whether a file is the OCR sidecar of an image beside it (and so not a document itself). */
  public static boolean isOcrSidecar(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : SUFFIXES) {
      if (!lower.endsWith(suffix) || lower.length() == suffix.length()) continue;
      String base = name.substring(0, name.length() - suffix.length());
      Path dir = file.toAbsolutePath().getParent();
      for (String ext : IMAGE_EXTENSIONS) {
        if (Files.isRegularFile(dir.resolve(base + ext)) || Files.isRegularFile(dir.resolve(base + ext.toUpperCase(Locale.ROOT)))) {
          // scan.html beside scan.alto.xml? Only the first suffix found by find() is used; all are skipped
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The pages of an ALTO or hOCR file. ALTO coordinates in {@code mm10} or {@code inch1200} units
   * are turned into pixels at {@code dpi}.
   */
  public static List<Page> read(Path file, int dpi) throws ExtractionException {
    org.w3c.dom.Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = parser().parse(in);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new ExtractionException("unreadable OCR file " + file.getFileName() + " (" + ImageExtractor.describe(e) + ")", e);
    }
    Element root = doc.getDocumentElement();
    String rootName = local(root);
    if (rootName.equalsIgnoreCase("alto")) return alto(root, dpi > 0 ? dpi : 300);
    if (rootName.equalsIgnoreCase("html")) return hocr(root);
    throw new ExtractionException("OCR file " + file.getFileName() + " is neither ALTO nor hOCR (root element " + rootName + ")");
  }

  static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    // hOCR from Tesseract and others declares the XHTML DTD: never fetch it (nor anything else)
    b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    b.setErrorHandler(null);
    return b;
  }

  // ---------------------------------------------------------------- ALTO

  private static List<Page> alto(Element root, int dpi) {
    double unit = 1; // pixels per ALTO unit
    for (Element d : children(root, "Description")) {
      for (Element mu : children(d, "MeasurementUnit")) {
        String u = mu.getTextContent().strip().toLowerCase(Locale.ROOT);
        if (u.equals("mm10")) unit = dpi / 254.0;
        else if (u.equals("inch1200")) unit = dpi / 1200.0;
      }
    }
    List<Page> pages = new ArrayList<>();
    for (Element layout : children(root, "Layout")) {
      for (Element page : children(layout, "Page")) {
        TextBuilder tb = new TextBuilder();
        altoWalk(page, tb, unit);
        pages.add(tb.page((int) Math.round(num(page, "WIDTH") * unit), (int) Math.round(num(page, "HEIGHT") * unit)));
      }
    }
    return pages;
  }

  private static void altoWalk(Element e, TextBuilder tb, double unit) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element c)) continue;
      switch (local(c)) {
        case "TextBlock" -> {
          tb.block();
          altoWalk(c, tb, unit);
        }
        case "TextLine" -> {
          tb.line();
          altoWalk(c, tb, unit);
        }
        case "String" -> {
          String content = c.getAttribute("CONTENT");
          float wc = c.hasAttribute("WC") ? (float) (num(c, "WC") * 100) : -1f;
          tb.word(content, (int) Math.round(num(c, "HPOS") * unit), (int) Math.round(num(c, "VPOS") * unit),
              (int) Math.round(num(c, "WIDTH") * unit), (int) Math.round(num(c, "HEIGHT") * unit), wc);
        }
        case "HYP" -> tb.hyphen(c.getAttribute("CONTENT").isEmpty() ? "-" : c.getAttribute("CONTENT"));
        default -> altoWalk(c, tb, unit); // PrintSpace, margins, ComposedBlock, …
      }
    }
  }

  // ---------------------------------------------------------------- hOCR

  private static final Pattern BBOX = Pattern.compile("bbox\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)");
  private static final Pattern WCONF = Pattern.compile("x_wconf\\s+(-?[\\d.]+)");

  private static List<Page> hocr(Element root) {
    List<Page> pages = new ArrayList<>();
    TextBuilder[] current = {null};
    int[] size = {0, 0};
    hocrWalk(root, pages, current, size);
    if (current[0] != null) pages.add(current[0].page(size[0], size[1]));
    return pages;
  }

  private static void hocrWalk(Element e, List<Page> pages, TextBuilder[] cur, int[] size) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element c)) continue;
      List<String> classes = List.of(c.getAttribute("class").strip().split("\\s+"));
      String title = c.getAttribute("title");
      if (classes.contains("ocr_page")) {
        if (cur[0] != null) pages.add(cur[0].page(size[0], size[1]));
        cur[0] = new TextBuilder();
        int[] b = bbox(title);
        size[0] = b == null ? 0 : b[2] - b[0];
        size[1] = b == null ? 0 : b[3] - b[1];
        hocrWalk(c, pages, cur, size);
        continue;
      }
      if (classes.contains("ocrx_word")) {
        if (cur[0] == null) cur[0] = new TextBuilder(); // hOCR without ocr_page: one page
        int[] b = bbox(title);
        Matcher m = WCONF.matcher(title);
        float conf = m.find() ? Float.parseFloat(m.group(1)) : -1f;
        String word = c.getTextContent().strip();
        if (b != null) cur[0].word(word, b[0], b[1], b[2] - b[0], b[3] - b[1], conf);
        else cur[0].word(word, 0, 0, 0, 0, conf);
        continue;
      }
      if (cur[0] != null && (classes.contains("ocr_carea") || classes.contains("ocr_par"))) cur[0].block();
      if (cur[0] != null && classes.stream().anyMatch(k -> k.equals("ocr_line") || k.equals("ocrx_line") || k.equals("ocr_header")
          || k.equals("ocr_textfloat") || k.equals("ocr_caption"))) {
        cur[0].line();
      }
      hocrWalk(c, pages, cur, size);
    }
  }

  private static int[] bbox(String title) {
    Matcher m = BBOX.matcher(title);
    if (!m.find()) return null;
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
  }

  // ---------------------------------------------------------------- shared

  /** Builds page text like the Tesseract path: words by spaces, lines by newlines, blocks by blank lines. */
  static final class TextBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<WordBox> words = new ArrayList<>();
    private int pending; // 0 space, 1 newline, 2 blank line
    private double confSum;
    private int confCount;

    void block() {
      pending = Math.max(pending, 2);
    }

    void line() {
      pending = Math.max(pending, 1);
    }

    void word(String w, int x, int y, int width, int height, float conf) {
      if (w == null || w.isBlank()) return;
      w = w.strip();
      if (text.length() > 0) text.append(pending == 2 ? "\n\n" : pending == 1 ? "\n" : " ");
      pending = 0;
      int start = text.length();
      text.append(w);
      words.add(new WordBox(w, x, y, width, height, conf, start, text.length()));
      if (conf >= 0) {
        confSum += conf;
        confCount++;
      }
    }

    void hyphen(String h) {
      if (text.length() > 0) text.append(h);
    }

    Page page(int width, int height) {
      return new Page(width, height, text.toString(), List.copyOf(words), confCount == 0 ? -1f : (float) (confSum / confCount));
    }
  }

  private static List<Element> children(Element e, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && local(c).equals(localName)) out.add(c);
    }
    return out;
  }

  private static String local(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }

  private static double num(Element e, String attr) {
    String v = e.getAttribute(attr);
    if (v.isEmpty()) return 0;
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException ex) {
      return 0;
    }
  }
}
