package kz.muragat.indexer.ocr;

/** Tesseract or one of its language packs is missing; the message says how to install it. */
public final class OcrUnavailableException extends RuntimeException {
  public OcrUnavailableException(String message) {
    super(message);
  }

  public OcrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
