package kz.muragat.core.model;

import java.util.List;

/**
 * The extraction result of one source file, independent of where the file lives: it is cached by
 * the file's content hash, so it can be reused for any index and any path the file appears at.
 *
 * @param sha256 hex SHA-256 of the source file's bytes
 * @param mediaType detected media type, e.g. {@code image/tiff}
 * @param profile fingerprint of the extraction settings (OCR languages, modes) that produced it
 * @param title a title found inside the file (PDF/Office metadata), or {@code null}
 */
public record DocumentRecord(
    String sha256, String mediaType, String profile, String title, List<PageRecord> pages) {

  public DocumentRecord {
    pages = List.copyOf(pages);
  }

  /** All page texts joined, pages separated by a blank line. */
  public String fullText() {
    StringBuilder sb = new StringBuilder();
    for (PageRecord p : pages) {
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(p.text());
    }
    return sb.toString();
  }
}
