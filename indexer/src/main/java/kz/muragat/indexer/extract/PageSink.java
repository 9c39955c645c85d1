package kz.muragat.indexer.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Where an extractor puts page images as it produces them; returns the stored image's name. */
@FunctionalInterface
public interface PageSink {
  String pageImage(int pageNumber, BufferedImage image) throws IOException;
}
