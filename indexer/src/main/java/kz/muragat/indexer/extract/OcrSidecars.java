package kz.muragat.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import kz.muragat.core.model.WordBox;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * OCR delivered by a digitization vendor beside the scan, named after the image — for {@code
 * scan.tif}: {@code scan.alto.xml}, {@code scan.xml}, {@code scan.hocr}, {@code scan.hocr.html},
 * {@code scan.html} (first found wins). Finds it, parses it with the JDK's XML parser with external
 * entities, external DTDs and XInclude off (no XXE: a hostile file cannot read local files or reach
 * the network), and hands it to the reader of its format ({@link OcrFormats}: {@link AltoReader},
 * {@link HocrReader}). These files are never indexed as documents of their own.
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
   * The pages of an OCR file, read by the reader of its format ({@link OcrFormats}): ALTO or
   * hOCR. ALTO coordinates in {@code mm10} or {@code inch1200} units are turned into pixels at
   * {@code dpi} (300 when 0).
   */
  public static List<Page> read(Path file, int dpi) throws ExtractionException {
    Element root = parse(file);
    OcrFormatReader reader =
        OcrFormats.forRoot(root)
            .orElseThrow(() -> new ExtractionException("OCR file " + file.getFileName() + " is neither " + OcrFormats.names(" nor ")
                + " (root element " + OcrFormatReader.localName(root) + ")"));
    return reader.read(root, dpi);
  }

  /** The root element of an XML file, parsed with external entities, DTDs and XInclude off. */
  static Element parse(Path file) throws ExtractionException {
    try (InputStream in = Files.newInputStream(file)) {
      return parser().parse(in).getDocumentElement();
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new ExtractionException("unreadable OCR file " + file.getFileName() + " (" + ImageExtractor.describe(e) + ")", e);
    }
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
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
}
