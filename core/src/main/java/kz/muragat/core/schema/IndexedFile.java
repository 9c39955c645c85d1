package kz.muragat.core.schema;

import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;

/**
 * One source file as the index receives it: where it is ({@code id}, the path below the indexed
 * folder), its size and modification time, what extraction read from it, its archival metadata (as
 * parsed and as the JSON it is stored as) and its title.
 */
public record IndexedFile(
    String id, long size, long mtime, DocumentRecord record, ArchivalMetadata meta, String metaJson, String title) {}
