package kz.muragat.indexer.extract;

import java.nio.file.Path;

/** Turns one source file of the kinds it handles into pages. */
public interface Extractor {
  /** Whether this extractor handles the detected media type. */
  boolean handles(String mediaType);

  Extracted extract(Path file, String mediaType, PageSink sink) throws ExtractionException;
}
