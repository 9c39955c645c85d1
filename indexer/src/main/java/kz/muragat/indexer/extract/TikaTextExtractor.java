package kz.muragat.indexer.extract;

import kz.muragat.indexer.deadline.Deadline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.SAXException;

/**
 * Text documents — Office (DOCX, DOC, XLSX, …), ODF, RTF, HTML, plain text — through Apache Tika.
 * They have no page images; their text is one page.
 */
public final class TikaTextExtractor implements Extractor {
  /** Characters kept from one document; more is refused rather than silently cut. */
  static final int MAX_CHARS = 10_000_000;

  private final AutoDetectParser parser = new AutoDetectParser();

  static {
    // POI's zip-bomb guards for OOXML parts: refuse entries that inflate more than 100× (its
    // default) or past 256 MB
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
  }

  /** Tika's and POI's zip-bomb guards (expansion ratio, entry size, nesting depth). */
  private static final java.util.function.Predicate<Throwable> ZIP_BOMB =
      e -> {
        for (Throwable t = e; t != null; t = t.getCause()) {
          String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
          if (t.getClass().getSimpleName().contains("ZipBomb") || m.contains("zip bomb") || m.contains("zip-bomb")) return true;
        }
        return false;
      };

  /** Most bytes one entry of a zip-based document (DOCX, ODT, EPUB, …) may inflate to. */
  static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

  /** Most bytes all entries together may inflate to. */
  static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

  /** Largest expansion (inflated / compressed) accepted once an entry is past {@link #RATIO_GRACE_BYTES}. */
  static final long MAX_RATIO = 100;

  static final long RATIO_GRACE_BYTES = 4L * 1024 * 1024;

  /**
   * Refuses a zip bomb before any parser sees it: every entry of a zip-based document is inflated
   * (into nothing, counting) up to the limits — whatever sizes the archive declares — and the
   * file is refused when an entry expands more than {@value #MAX_RATIO}× or past {@link
   * #MAX_ENTRY_BYTES}, or all entries past {@link #MAX_TOTAL_BYTES}. Office parsers keep a whole
   * text run in memory, so a bounded output alone does not bound their memory.
   */
  static void checkZip(Path file) throws ExtractionException {
    byte[] magic = new byte[4];
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      if (in.readNBytes(magic, 0, 4) < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) return;
    } catch (java.io.IOException e) {
      return; // the parser will say what is wrong
    }
    long total = 0;
    byte[] buf = new byte[64 * 1024];
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        java.util.zip.ZipEntry e = entries.nextElement();
        if (e.isDirectory()) continue;
        long compressed = Math.max(1, e.getCompressedSize());
        long n = 0;
        try (InputStream in = zip.getInputStream(e)) {
          for (int r; (r = in.read(buf)) > 0; ) {
            n += r;
            total += r;
            if (n > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || (n > RATIO_GRACE_BYTES && n / compressed > MAX_RATIO)) {
              throw new ExtractionException(String.format(java.util.Locale.ROOT,
                  "suspected zip bomb: entry '%s' inflates from %d bytes to more than %d (limits: %d× expansion, %d MB an entry, %d MB in all)",
                  e.getName(), compressed, n, MAX_RATIO, MAX_ENTRY_BYTES >> 20, MAX_TOTAL_BYTES >> 20));
            }
          }
        }
      }
    } catch (ExtractionException x) {
      throw x;
    } catch (java.io.IOException | RuntimeException x) {
      throw new ExtractionException("corrupt zip container (" + ImageExtractor.describe(x) + ")", x);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }

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
    checkZip(file);
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    Metadata metadata = new Metadata();
    Deadline deadline = Deadline.current();
    // the parse stops at the file's deadline: checked on every piece of text and every element
    ContentHandlerDecorator timed =
        new ContentHandlerDecorator(handler) {
          private void check() throws SAXException {
            if (deadline.expired()) throw new SAXException(deadline.message());
          }

          @Override
          public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
          }

          @Override
          public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            super.ignorableWhitespace(ch, start, length);
          }

          @Override
          public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
          }
        };
    ParseContext context = new ParseContext();
    // stream DOCX/PPTX through SAX: the DOM readers hold a whole inflated part in memory
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, timed, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException("encrypted document: a password is needed to open it", e);
    } catch (Exception e) {
      if (deadline.expired()) throw new ExtractionException(deadline.message(), e);
      if (ZIP_BOMB.test(e)) throw new ExtractionException("suspected zip bomb (" + ImageExtractor.describe(rootCause(e)) + ")", e);
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
