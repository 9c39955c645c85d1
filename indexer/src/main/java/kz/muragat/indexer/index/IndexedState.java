package kz.muragat.indexer.index;

/** What the index holds about one source file, to tell whether it changed since. */
public record IndexedState(String sha256, long size, long modifiedMillis, String metaJson) {}
