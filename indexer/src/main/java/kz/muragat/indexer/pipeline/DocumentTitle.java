package kz.muragat.indexer.pipeline;

import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.PageAccess;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.schema.IndexSchema;

/** The title a document is shown with. */
final class DocumentTitle {
  private DocumentTitle() {}

  /**
   * The sidecar's title, else the file's own, else its first line of text, else its name. The
   * text is taken only from pages at the document's own level: a title is shown to everyone who
   * may see the document, so it never comes from a page with its own, stricter level.
   */
  static String of(ArchivalMetadata meta, DocumentRecord record, String fileName) {
    if (meta.get(ArchivalMetadata.TITLE) != null) return meta.get(ArchivalMetadata.TITLE);
    if (record.title() != null) return record.title();
    PageAccess pageAccess;
    try {
      pageAccess = PageAccess.of(meta);
    } catch (IllegalArgumentException e) {
      return fileName;
    }
    String level = IndexSchema.accessOf(meta);
    for (PageRecord p : record.pages()) {
      if (pageAccess.extraLevel(p.number(), level) != null) continue;
      for (String line : p.text().split("\n")) {
        String l = line.strip();
        if (l.codePoints().filter(Character::isLetter).count() >= 4) {
          return l.length() > 100 ? l.substring(0, 100).strip() + "…" : l;
        }
      }
    }
    return fileName;
  }
}
