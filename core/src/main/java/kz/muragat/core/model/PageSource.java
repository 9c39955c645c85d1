package kz.muragat.core.model;

/** Where a page's text came from. */
public enum PageSource {
  /** Recognised by Tesseract from the page image. */
  OCR,
  /** Recognised by the digitization vendor's OCR: imported from ALTO or hOCR delivered beside the scan. */
  OCR_IMPORTED,
  /** Taken from a PDF page's text layer. */
  TEXT_LAYER,
  /** Extracted from a text document (Office, HTML, plain text) that has no page image. */
  TEXT
}
