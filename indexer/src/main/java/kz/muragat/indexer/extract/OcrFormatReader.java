package kz.muragat.indexer.extract;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads one format of OCR delivered beside a scan into pages of text, word boxes and word
 * confidences. One reader per format, chosen by {@link OcrFormats} from the document's root
 * element; the XML is parsed (safely) by {@link OcrSidecars}.
 */
interface OcrFormatReader {
  /** The format's name, for messages. */
  String name();

  /** Whether this reader reads a document with this root element. */
  boolean reads(Element root);

  /**
   * The document's pages in order.
   *
   * @param dpi the image's resolution, for formats whose coordinates are not in pixels
   */
  List<OcrSidecars.Page> read(Element root, int dpi);

  /** An element's name without its namespace prefix. */
  static String localName(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }
}
