package kz.muragat.indexer.extract;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** The OCR formats Muragat imports, each by its reader: ALTO and hOCR. */
final class OcrFormats {
  private OcrFormats() {}

  static final List<OcrFormatReader> READERS = List.of(new AltoReader(), new HocrReader());

  /** The reader of a document with this root element, if any reads it. */
  static Optional<OcrFormatReader> forRoot(Element root) {
    return READERS.stream().filter(r -> r.reads(root)).findFirst();
  }

  /** The formats' names, for messages: {@code names(" nor ")} is "ALTO nor hOCR". */
  static String names(String conjunction) {
    return String.join(conjunction, READERS.stream().map(OcrFormatReader::name).toList());
  }
}
