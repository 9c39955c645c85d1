package kz.muragat.indexer.extract;

import kz.muragat.indexer.deadline.Deadline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.indexer.ocr.OcrEnginePool;
import kz.muragat.core.store.DocumentStore;
import org.apache.tika.Tika;

/**
 * Turns a source file into a {@link DocumentRecord}, through the cache: a file whose content was
 * extracted before with the same settings is not extracted (and not OCR'd) again.
 */
public final class Extraction {
  private final DocumentStore store;
  private final String profile;
  private final OcrEnginePool ocr;
  private final ConcurrentHashMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
  private volatile List<Extractor> extractors;
  private volatile Tika tika;

  public Extraction(DocumentStore store, OcrEnginePool ocr) {
    this.store = store;
    String pre = ocr.preprocessor().fingerprint();
    this.profile = ocr.settings().fingerprint() + (pre.isEmpty() ? "" : ":pre=" + pre);
    this.ocr = ocr;
  }

  /** Created on first use: Tika's parsers take seconds to load, and a run with no changes needs none. */
  private List<Extractor> extractors() {
    List<Extractor> e = extractors;
    if (e == null) {
      synchronized (this) {
        if (extractors == null) {
          ImageExtractor images = new ImageExtractor(ocr);
          extractors = List.of(images, new PdfExtractor(images), new TikaTextExtractor());
        }
        e = extractors;
      }
    }
    return e;
  }

  /** Loads the extractors and Tika's detector now (they take seconds to load the first time). */
  public void warmUp() {
    extractors();
    if (tika == null) {
      synchronized (this) {
        if (tika == null) tika = new Tika();
      }
    }
  }

  /** The record of a file's content, from the cache or freshly extracted and cached. */
  public Result extract(Path file, String sha256, boolean force) throws ExtractionException, IOException {
    // vendor OCR beside the scan (ALTO, hOCR) replaces Tesseract unless forced; it is part of the cache key
    Path ocrFile = force ? null : OcrSidecars.find(file).orElse(null);
    String profile = ocrFile == null ? this.profile : this.profile + ":import=" + sha256(ocrFile).substring(0, 16);
    if (!force) {
      var cached = store.find(sha256, profile);
      if (cached.isPresent()) return new Result(cached.get(), true);
    }
    // the same content at several paths, met by several file threads at once: extract it once
    String key = sha256 + "|" + profile;
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Void> other = inFlight.putIfAbsent(key, mine);
    if (other != null) {
      try {
        other.join();
      } catch (RuntimeException ignored) {
        // the other extraction failed: try again ourselves
      }
      if (!force) {
        var cached = store.find(sha256, profile);
        if (cached.isPresent()) return new Result(cached.get(), true);
      }
      return extract(file, sha256, force);
    }
    try {
      return extractNow(file, sha256, profile, ocrFile);
    } finally {
      inFlight.remove(key, mine);
      mine.complete(null);
    }
  }

  private Result extractNow(Path file, String sha256, String profile, Path ocrFile) throws ExtractionException, IOException {
    if (Files.size(file) == 0) throw new ExtractionException("empty file (0 bytes)");
    String mediaType = detect(file);
    Extractor extractor =
        extractors().stream()
            .filter(e -> e.handles(mediaType))
            .findFirst()
            .orElseThrow(() -> new ExtractionException("unsupported file type " + mediaType));
    try (DocumentStore.Draft draft = store.begin(sha256)) {
      Extracted ex =
          ocrFile != null && extractor instanceof ImageExtractor images
              ? images.extract(file, mediaType, ocrFile, draft::addPageImage)
              : extractor.extract(file, mediaType, draft::addPageImage);
      DocumentRecord record = new DocumentRecord(sha256, mediaType, profile, ex.title(), ex.pages());
      // an abandoned file leaves nothing in the cache
      Deadline.current().check(ExtractionException::new);
      draft.commit(record);
      return new Result(record, false);
    }
  }

  /** The extraction and whether it came from the cache. */
  public record Result(DocumentRecord record, boolean cached) {}

  private String detect(Path file) throws IOException {
    Tika t = tika;
    if (t == null) {
      synchronized (this) {
        if (tika == null) tika = new Tika();
        t = tika;
      }
    }
    String type = t.detect(file);
    int semicolon = type.indexOf(';');
    return semicolon < 0 ? type : type.substring(0, semicolon);
  }

  /** Hex SHA-256 of a file's bytes. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
