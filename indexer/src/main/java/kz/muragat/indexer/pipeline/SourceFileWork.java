package kz.muragat.indexer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Objects;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.metadata.MetadataCheck;
import kz.muragat.core.metadata.PageAccess;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.schema.IndexedFile;
import kz.muragat.core.schema.Titles;
import kz.muragat.core.store.Catalog;
import kz.muragat.core.store.CrashPoint;
import kz.muragat.indexer.deadline.Deadline;
import kz.muragat.indexer.extract.Extraction;
import kz.muragat.indexer.extract.ExtractionException;
import kz.muragat.indexer.index.IndexedState;
import kz.muragat.indexer.metadata.Sidecars;
import kz.muragat.indexer.walk.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work on one source file of an {@code index} run: its archival metadata (sidecars), whether
 * it changed since the last run, its content hash, its extraction through the cache (OCR only
 * when the cache lacks it), its catalog line, and its block in the index.
 *
 * <p>Crash safety: the catalog line is on disk before the block is written, and the extraction
 * in the cache before either; so whatever a commit makes visible is in the catalog and the cache.
 */
final class SourceFileWork {
  private static final Logger LOG = LoggerFactory.getLogger(SourceFileWork.class);

  private final Extraction extraction;
  private final Catalog catalog;
  private final BlockWriter blocks;
  private final Sidecars sidecars;
  private final boolean forceOcr;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param sidecars one run's metadata sidecars (manifests are read once per folder per run)
   * @param forceOcr extract again even when unchanged or cached, ignoring vendor OCR files
   */
  SourceFileWork(Extraction extraction, Catalog catalog, BlockWriter blocks, Sidecars sidecars, boolean forceOcr) {
    this.extraction = extraction;
    this.catalog = catalog;
    this.blocks = blocks;
    this.sidecars = sidecars;
    this.forceOcr = forceOcr;
  }

  /** Indexes {@code f} unless it is as {@code before} says the index has it (null: not indexed). */
  FileOutcome index(SourceFile f, IndexedState before, FileTask task) throws IOException, ExtractionException {
    // values that cannot be true are reported and left out; the rest of the document is indexed
    MetadataCheck.Result checked = MetadataCheck.check(metadata(f, before != null));
    ArchivalMetadata meta = checked.metadata();
    String metaJson = json.writeValueAsString(meta.fields());
    if (!forceOcr && unchanged(f, before, metaJson)) return FileOutcome.unchanged(checked.problems());
    extraction.warmUp();
    task.startClock();
    String sha = Extraction.sha256(f.path());
    Extraction.Result result = extraction.extract(f.path(), sha, forceOcr);
    DocumentRecord record = result.record();
    String title = Titles.of(meta, record, f.path().getFileName().toString());
    Deadline.current().check(ExtractionException::new);
    if (!task.startWriting()) throw new ExtractionException(Deadline.current().message());
    // the catalog line first: whatever a commit makes visible is always in the catalog
    catalog.put(new Catalog.Entry(f.id(), sha, f.size(), f.modifiedMillis(), metaJson, title, false));
    CrashPoint.here("index.before-put");
    blocks.write(new IndexedFile(f.id(), f.size(), f.modifiedMillis(), record, meta, metaJson, title));
    LOG.debug("{} {} ({} page(s))", result.cached() ? "indexed from cache" : "indexed", f.id(), record.pages().size());
    return FileOutcome.written(record, result.cached(), checked.problems());
  }

  /**
   * The file's sidecar metadata. A sidecar that cannot be applied with certainty fails the file,
   * and withdraws a version indexed before: who may see it is no longer known.
   */
  private ArchivalMetadata metadata(SourceFile f, boolean indexedBefore) throws IOException, ExtractionException {
    try {
      ArchivalMetadata meta = sidecars.forFile(f.path());
      PageAccess.of(meta); // page levels that cannot be read fail the file, never leave its pages open
      return meta;
    } catch (IOException | IllegalArgumentException e) {
      if (indexedBefore) withdraw(f.id());
      throw new ExtractionException("bad metadata sidecar: " + e.getMessage(), e);
    }
  }

  /**
   * Removes a file's indexed version; the catalog line first, so that a {@code reindex} after a
   * crash here does not bring it back (the next run withdraws it from the index again).
   */
  private void withdraw(String id) throws IOException {
    catalog.remove(id);
    blocks.delete(id);
    LOG.warn("withdrew {}: its metadata can no longer be applied", id);
  }

  /** Same size, time and metadata as when it was indexed. */
  private static boolean unchanged(SourceFile f, IndexedState before, String metaJson) {
    return before != null && before.size() == f.size() && before.modifiedMillis() == f.modifiedMillis()
        && Objects.equals(before.metaJson(), metaJson);
  }
}
