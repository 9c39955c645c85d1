package kz.muragat.indexer.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.MetadataCheck;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.schema.IndexedFile;
import kz.muragat.core.schema.Titles;
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
    // checked again: a catalog written before the check may hold values that cannot be true
    MetadataCheck.Result checked = MetadataCheck.check(metadata(e.meta()));
    ArchivalMetadata meta = checked.metadata();
    String metaJson = checked.problems().isEmpty() && e.meta() != null ? e.meta() : json.writeValueAsString(meta.fields());
    // derived again from the cache, so a rule for titles changed since the last run applies
    String title = Titles.of(meta, record, e.id().substring(e.id().lastIndexOf('/') + 1));
    blocks.write(new IndexedFile(e.id(), e.size(), e.mtime(), record, meta, metaJson, title));
    CrashPoint.here("reindex.put");
    return FileOutcome.written(record, true, checked.problems());
  }

  private ArchivalMetadata metadata(String metaJson) throws IOException {
    if (metaJson == null || metaJson.isBlank()) return ArchivalMetadata.EMPTY;
    return new ArchivalMetadata(json.readValue(metaJson, new TypeReference<Map<String, String>>() {}));
  }
}
