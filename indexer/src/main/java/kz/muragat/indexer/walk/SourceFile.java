package kz.muragat.indexer.walk;

import java.nio.file.Path;

/**
 * A file found under the indexed folder.
 *
 * @param id the document id: the path relative to the indexed folder, with {@code /} separators
 */
public record SourceFile(Path path, String id, long size, long modifiedMillis) {}
