package kz.muragat.core.schema;

import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.OcrTitles;
import kz.muragat.core.metadata.PageAccess;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;

/**
 * A document's title: the sidecar's, else the file's own (PDF or Office metadata, an HTML
 * {@code <title>}), else its first line of text, else its file name.
 *
 * <p>A title is shown to everyone who may see the document, so it never comes from a page with its
 * own, stricter level: the text lines only from pages at the document's level, and the file's own
 * title — part of the file's content, like its first page — only when its first page is at the
 * document's level. A line of OCR'd text loses the junk read around a heading ({@link OcrTitles}).
 */
public final class Titles {
  private Titles() {}

  public static String of(ArchivalMetadata meta, DocumentRecord record, String fileName) {
    if (meta.get(ArchivalMetadata.TITLE) != null) return meta.get(ArchivalMetadata.TITLE);
    PageAccess pageAccess;
    try {
      pageAccess = PageAccess.of(meta);
    } catch (IllegalArgumentException e) {
      return fileName;
    }
    String level = IndexSchema.accessOf(meta);
    boolean firstPageOpen = record.pages().isEmpty() || pageAccess.extraLevel(record.pages().get(0).number(), level) == null;
    if (record.title() != null && firstPageOpen) return record.title();
    for (PageRecord p : record.pages()) {
      if (pageAccess.extraLevel(p.number(), level) != null) continue;
      for (String line : p.text().split("\n")) {
        String l = OcrTitles.clean(line);
        if (l.codePoints().filter(Character::isLetter).count() >= 4) {
          return l.length() > 100 ? l.substring(0, 100).strip() + "…" : l;
        }
      }
    }
    return fileName;
  }
}
