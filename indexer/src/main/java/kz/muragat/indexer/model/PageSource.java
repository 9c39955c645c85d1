package kz.muragat.indexer.model;

/** Where a page's text came from. */
public enum PageSource {
  /** Recognised by Tesseract from the page image. */
  OCR,
  /** Taken from a PDF page's text layer. */
  TEXT_LAYER,
  /** Extracted from a text document (Office, HTML, plain text) that has no page image. */
  TEXT
}
