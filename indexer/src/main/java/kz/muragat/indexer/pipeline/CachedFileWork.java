package kz.muragat.indexer.pipeline;

import kz.muragat.core.schema.Titles;

import kz.muragat.core.schema.IndexedFile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.store.Catalog;
import kz.muragat.core.store.CrashPoint;
import kz.muragat.core.store.DocumentStore;
import kz.muragat.indexer.extract.ExtractionException;

/**
 * The work on one file of a {@code reindex} run: its catalog entry's content from the extraction
 * cache (no source file, no OCR), written as its block in the index.
 */
final class CachedFileWork {
  private final DocumentStore store;
  private final BlockWriter blocks;
  private final ObjectMapper json = new ObjectMapper();

  CachedFileWork(DocumentStore store, BlockWriter blocks) {
    this.store = store;
    this.blocks = blocks;
  }

  FileOutcome reindex(Catalog.Entry e) throws IOException, ExtractionException {
    DocumentRecord record =
        store.read(e.sha256()).orElseThrow(() -> new ExtractionException("not in the extraction cache (run index on its folder)"));
    ArchivalMetadata meta = metadata(e.meta());
    String title = e.title() != null ? e.title() : Titles.of(meta, record, e.id());
    blocks.write(new IndexedFile(e.id(), e.size(), e.mtime(), record, meta, e.meta() == null ? "{}" : e.meta(), title));
    CrashPoint.here("reindex.put");
    return FileOutcome.written(record, true);
  }

  private ArchivalMetadata metadata(String metaJson) throws IOException {
    if (metaJson == null || metaJson.isBlank()) return ArchivalMetadata.EMPTY;
    return new ArchivalMetadata(json.readValue(metaJson, new TypeReference<Map<String, String>>() {}));
  }
}
