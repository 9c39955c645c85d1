package kz.muragat.indexer.pipeline;

import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;

/**
 * What one file's block in the index is built from: its id, the state of its source file, its
 * extracted content, its archival metadata (parsed and as the JSON the catalog keeps) and title.
 */
record FileBlock(
    String id, long size, long modifiedMillis, DocumentRecord record, ArchivalMetadata meta, String metaJson, String title) {}
