package kz.muragat.indexer.extract;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.muragat.indexer.model.PageRecord;
import kz.muragat.indexer.model.PageSource;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Text documents — Office (DOCX, DOC, XLSX, …), ODF, RTF, HTML, plain text — through Apache Tika.
 * They have no page images; their text is one page.
 */
public final class TikaTextExtractor implements Extractor {
  /** Characters kept from one document; more is refused rather than silently cut. */
  static final int MAX_CHARS = 20_000_000;

  private final AutoDetectParser parser = new AutoDetectParser();

  @Override
  public boolean handles(String mediaType) {
    return mediaType.startsWith("text/")
        || mediaType.startsWith("application/vnd.openxmlformats-officedocument")
        || mediaType.startsWith("application/vnd.oasis.opendocument")
        || mediaType.startsWith("application/vnd.ms-")
        || mediaType.equals("application/msword")
        || mediaType.equals("application/rtf")
        || mediaType.equals("application/xhtml+xml")
        || mediaType.equals("application/epub+zip");
  }

  @Override
  public Extracted extract(Path file, String mediaType, PageSink sink) throws ExtractionException {
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    Metadata metadata = new Metadata();
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException("encrypted document: a password is needed to open it", e);
    } catch (Exception e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new ExtractionException("document holds more than " + MAX_CHARS + " characters", e);
      }
      throw new ExtractionException("unreadable " + mediaType + " (" + ImageExtractor.describe(e) + ")", e);
    }
    String text = handler.toString().strip();
    String title = metadata.get(TikaCoreProperties.TITLE);
    PageRecord page = new PageRecord(1, PageSource.TEXT, text, 0, 0, -1f, null, List.of());
    return new Extracted(title == null || title.isBlank() ? null : title.strip(), List.of(page));
  }
}
