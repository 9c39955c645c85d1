package kz.muragat.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A Muragat data folder, as {@code muragat index --data DIR} makes it: the search index ({@code
 * index/}), the extraction cache ({@code store/}), the catalog of what was indexed from what
 * ({@code catalog.jsonl}) and the indexing reports ({@code reports/}). Commands that read a data
 * folder check it first, so a typo in {@code --data} is an error that says what was expected
 * rather than an empty archive, and a folder is never created by a command that only reads it.
 */
public record DataFolder(Path root) {
  public Path index() {
    return root.resolve("index");
  }

  public Path store() {
    return root.resolve("store");
  }

  public Path catalog() {
    return root.resolve("catalog.jsonl");
  }

  public Path reports() {
    return root.resolve("reports");
  }

  /** The folder holds a search index (possibly still empty: the indexer commits one at once). */
  public boolean hasIndex() {
    if (!Files.isDirectory(index())) return false;
    try (Directory dir = FSDirectory.open(index())) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      return false;
    }
  }

  /** The folder holds what a search index can be rebuilt from: the catalog, or an index listing its documents. */
  public boolean hasCatalogOrIndex() {
    return Files.isRegularFile(catalog()) || hasIndex();
  }

  /** The folder holds page text and images (the cache a SolrCloud collection's pages are read from). */
  public boolean hasStore() {
    return Files.isDirectory(store()) || Files.isRegularFile(catalog());
  }

  /**
   * Why the folder cannot be served, or empty when it can: it must hold a search index, or with
   * {@code solr} (the index lives in a collection) the store of page text and images.
   */
  public Optional<String> problemForServing(boolean solr) {
    if (solr) return problem(hasStore(), "no store of page text and images (store/)");
    return problem(hasIndex(), "no search index (index/)");
  }

  /**
   * Why the folder cannot be reindexed, or empty when it can: it must hold the catalog or an index
   * listing its documents, or with {@code solr} (the collection lists them) the store they are
   * rebuilt from.
   */
  public Optional<String> problemForReindexing(boolean solr) {
    if (solr) return problem(hasStore(), "no store of page text and images (store/) to rebuild from");
    return problem(hasCatalogOrIndex(), "neither a catalog (catalog.jsonl) nor a search index (index/) to rebuild from");
  }

  private static String howToMake(Path where) {
    return String.format(Locale.ROOT, HOW_TO_MAKE, where);
  }

  private Optional<String> problem(boolean ok, String lacking) {
    Path where = root.toAbsolutePath().normalize();
    if (!Files.exists(root)) return Optional.of(where + " does not exist" + howToMake(where));
    if (!Files.isDirectory(root)) return Optional.of(where + " is not a folder" + howToMake(where));
    if (!ok) return Optional.of(where + " is not a Muragat data folder: it has " + lacking + howToMake(where));
    return Optional.empty();
  }

  private static final String HOW_TO_MAKE =
      """
      .
        A data folder is made by indexing scans into it: muragat index SCANS --data %s
        To use another one, give --data DIR (or set MURAGAT_DATA, or data = DIR in config/muragat.properties).""";
}
