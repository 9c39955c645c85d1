package kz.muragat.indexer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedDocument;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.ScanWriter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile files, built here, indexed by the real indexer in its own JVM with a small
 * heap ({@code -Xmx384m}), exactly as {@code muragat index} runs it: truncated and corrupt images
 * and PDFs, decompression bombs (declared and real), zip bombs, encrypted PDFs, an empty file,
 * wrong extensions, a 240-byte Cyrillic name, a symlink loop, a dangling symlink, a named pipe,
 * a 6,000-page PDF, a 14,000-point page, broken sidecars — mixed with good files. Each bad file
 * is reported with its reason, the good ones are indexed and searchable, the run ends within a
 * bound, and the index checks clean. A second test abandons a really slow file at its time limit.
 */
class HostileFilesTest {
  @TempDir Path tmp;

  static final ObjectMapper JSON = new ObjectMapper();

  /** Good files: id → a word only it holds, which must be searchable after the run. */
  final Map<String, String> good = new LinkedHashMap<>();

  /** Hostile files: name → what the report's reason must say (a regular expression, case-insensitive). */
  final Map<String, String> hostile = new LinkedHashMap<>();

  /** Hostile files that are read anyway when enough of them survives (e.g. a lenient PDF parser): reported or indexed, never a crash. */
  final Set<String> reportedOrIndexed = new TreeSet<>();

  @Test
  void aHostileCorpusIsReportedFileByFileAndTheGoodFilesAreIndexed() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path data = tmp.resolve("data");
    buildCorpus(corpus);
    long t0 = System.nanoTime();
    Run run = runIndexer(corpus, data, List.of("--file-timeout", "120"), 600);
    double secs = (System.nanoTime() - t0) / 1e9;
    assertEquals(1, run.exit, "exit 1: some files failed\n" + run.log);
    assertFalse(run.log.contains("OutOfMemoryError"), run.log);
    assertFalse(run.log.contains("Exception in thread"), run.log);

    JsonNode report = JSON.readTree(data.resolve("reports/latest.json").toFile());
    Map<String, String> reasons = new HashMap<>();
    for (JsonNode f : report.get("failed")) {
      String key = f.get("id").isNull() ? corpus.toAbsolutePath().normalize().relativize(Path.of(f.get("path").asText())).toString() : f.get("id").asText();
      reasons.put(key, f.get("reason").asText());
    }
    Set<String> indexedIds = indexedIds(data.resolve("index"));
    StringBuilder table = new StringBuilder();
    for (Map.Entry<String, String> h : hostile.entrySet()) {
      String reason = reasons.get(h.getKey());
      table.append(String.format(Locale.ROOT, "  %-28s %s%n", h.getKey(), reason != null ? reason : indexedIds.contains(h.getKey()) ? "(indexed)" : "(?)"));
      if (reason == null && reportedOrIndexed.contains(h.getKey()) && indexedIds.contains(h.getKey())) continue;
      assertTrue(reason != null, h.getKey() + " is reported; report: " + reasons + "\n" + run.log);
      assertTrue(Pattern.compile(h.getValue(), Pattern.CASE_INSENSITIVE).matcher(reason).find(), h.getKey() + ": '" + reason + "' should say " + h.getValue());
      assertFalse(reason.contains("\tat ") || reason.contains("OutOfMemory"), reason);
      assertFalse(indexedIds.contains(h.getKey()), h.getKey() + " is not in the index");
    }
    System.out.printf(Locale.ROOT, "HostileFilesTest: %d hostile files, %d good files, run %.1f s:%n%s", hostile.size(), good.size(), secs, table);
    // every failure is one of the hostile files: no good file was lost
    for (String failedId : reasons.keySet()) assertTrue(hostile.containsKey(failedId), "unexpected failure " + failedId + ": " + reasons.get(failedId));

    // the good files are indexed, once each, and searchable by their words
    assertTrue(indexedIds.containsAll(good.keySet()), "indexed: " + indexedIds);
    try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      for (Map.Entry<String, String> g : good.entrySet()) {
        BooleanQuery q =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.TEXT_EXACT, exactTerm(g.getValue()))), Occur.MUST)
                // a file's text is in its page entries, which carry the file's id
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE)), Occur.FILTER)
                .build();
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc sd : s.search(q, 10).scoreDocs) ids.add(s.storedFields().document(sd.doc).get(IndexSchema.ID));
        assertTrue(ids.contains(g.getKey()), g.getValue() + " finds " + g.getKey() + ": " + ids);
      }
    }
    // the index is consistent
    try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
        CheckIndex check = new CheckIndex(dir)) {
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, "CheckIndex: the index is clean");
    }
    // and a second run over the same corpus changes nothing and reports the same files
    Run again = runIndexer(corpus, data, List.of("--file-timeout", "120"), 600);
    assertEquals(1, again.exit, again.log);
    JsonNode second = JSON.readTree(data.resolve("reports/latest.json").toFile());
    assertEquals(report.get("failed").size(), second.get("failed").size(), again.log);
    assertEquals(0, second.get("indexed").asInt(), "nothing re-indexed: " + again.log);
  }

  /**
   * A real slow file — an image-only PDF of 300 pages, each rendered at 300 dpi and OCR'd — with a
   * 3-second limit: it is abandoned and reported, nothing of it is cached or indexed, and the run
   * goes on to index the other file, finishing long before the slow file alone would.
   */
  @Test
  void aFileOverItsTimeLimitIsAbandonedAndTheRunGoesOn() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("slow"));
    Path data = tmp.resolve("data-slow");
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 0; i < 300; i++) pdf.addPage(new PDPage(PDRectangle.A4));
      pdf.save(corpus.resolve("slow.pdf").toFile());
    }
    Files.writeString(corpus.resolve("quick.txt"), "Записка о деле уроженца Баянаульского уезда.\n");
    long t0 = System.nanoTime();
    Run run = runIndexer(corpus, data, List.of("--file-timeout", "3", "--workers", "1"), 180);
    double secs = (System.nanoTime() - t0) / 1e9;
    assertEquals(1, run.exit, run.log);
    JsonNode report = JSON.readTree(data.resolve("reports/latest.json").toFile());
    assertEquals(1, report.get("failed").size(), report.toString());
    JsonNode f = report.get("failed").get(0);
    assertEquals("slow.pdf", f.get("id").asText());
    assertTrue(f.get("reason").asText().contains("per-file time limit of 3 s"), f.toString());
    assertEquals(1, report.get("indexed").asInt(), report.toString());
    assertEquals(Set.of("quick.txt"), indexedIds(data.resolve("index")));
    try (var walk = Files.walk(data.resolve("store"))) {
      assertEquals(1, walk.filter(p -> p.getFileName().toString().equals("record.json")).count(), "only quick.txt is cached");
    }
    // 300 pages at 300 dpi take minutes; the run took seconds
    assertTrue(report.get("durationMillis").asLong() < 60_000, report.toString());
    System.out.printf(Locale.ROOT, "HostileFilesTest: 300-page PDF abandoned at 3 s; whole run %.1f s (JVM included)%n", secs);
  }

  // ------------------------------------------------------------------------------ the corpus

  private void buildCorpus(Path dir) throws Exception {
    ScanGenerator gen = new ScanGenerator(new ScanOptions(11, 200, Degradation.CLEAN, null, null));
    // ---- good files
    Files.writeString(dir.resolve("good.txt"), "Справка архива. Уроженец Жезказганского района.\n");
    good.put("good.txt", "Жезказганского");
    RenderedDocument textPdf = gen.render("text", "СПРАВКА\nУроженец Баянаульского уезда Павлодарской губернии, учитель.");
    ScanWriter.writeTextPdf(textPdf, dir.resolve("good-text.pdf"));
    good.put("good-text.pdf", "Баянаульского");
    RenderedDocument scan = gen.render("scan", "ПРОТОКОЛ\nДопрошен уроженец Каркаралинского уезда.");
    ScanWriter.writePng(scan.pages().get(0), dir.resolve("good.png"));
    good.put("good.png", "Каркаралинского");
    StringBuilder name = new StringBuilder();
    for (char ch : "Протокол допроса обвиняемого Жумабаева Касыма по делу номер ".repeat(5).toCharArray()) {
      if ((name + String.valueOf(ch) + ".txt").getBytes(StandardCharsets.UTF_8).length > 254) break;
      name.append(ch);
    }
    String longName = name.toString().strip() + ".txt";
    assertTrue(longName.getBytes(StandardCharsets.UTF_8).length > 230 && longName.getBytes(StandardCharsets.UTF_8).length <= 255, "near 255 bytes");
    Files.writeString(dir.resolve(longName), "Запись о жителе Экибастузского района.\n");
    good.put(longName, "Экибастузского");
    // wrong extensions that content sniffing sees through
    RenderedDocument other = gen.render("other", "ПОСТАНОВЛЕНИЕ\nО реабилитации уроженца Зайсанского уезда, учителя.");
    ScanWriter.writeTextPdf(other, dir.resolve("pdf-named.png"));
    good.put("pdf-named.png", "Зайсанского");
    Files.copy(dir.resolve("good.png"), dir.resolve("png-named.pdf"));
    good.put("png-named.pdf", "Каркаралинского");

    // ---- hostile files
    byte[] png = Files.readAllBytes(dir.resolve("good.png"));
    Files.write(dir.resolve("empty.tif"), new byte[0]);
    hostile.put("empty.tif", "empty file");
    Files.write(dir.resolve("truncated.png"), Arrays.copyOf(png, png.length / 3));
    hostile.put("truncated.png", "truncated|corrupt");
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(scan.pages().get(0).image(), "jpeg", jpeg);
    Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(jpeg.toByteArray(), jpeg.size() * 6 / 10));
    hostile.put("truncated.jpg", "truncated|corrupt");
    ScanWriter.writeTiff(List.of(scan.pages().get(0), textPdf.pages().get(0)), dir.resolve("whole.tif.part"));
    byte[] tif = Files.readAllBytes(dir.resolve("whole.tif.part"));
    Files.delete(dir.resolve("whole.tif.part"));
    Files.write(dir.resolve("truncated.tif"), Arrays.copyOf(tif, tif.length / 2));
    hostile.put("truncated.tif", "truncated|corrupt");
    Random r = new Random(7);
    Files.write(dir.resolve("corrupt.tif"), withNoise(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}, 20_000, r));
    hostile.put("corrupt.tif", "corrupt|truncated|damaged|decoder");
    Files.write(dir.resolve("corrupt.jpg"), withNoise(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 20_000, r));
    hostile.put("corrupt.jpg", "corrupt|truncated|damaged|decoder");
    Files.write(dir.resolve("corrupt.png"), withNoise(Arrays.copyOf(png, 33), 20_000, r));
    hostile.put("corrupt.png", "corrupt|truncated|damaged|decoder");
    byte[] pdf = Files.readAllBytes(dir.resolve("good-text.pdf"));
    Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length * 4 / 10));
    hostile.put("truncated.pdf", "unreadable PDF|truncated|no pages");
    reportedOrIndexed.add("truncated.pdf"); // PDFBox's lenient parser may rebuild what survives
    Files.write(dir.resolve("corrupt.pdf"), withNoise("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 20_000, r));
    hostile.put("corrupt.pdf", "unreadable PDF|no pages");
    // decompression bombs: declared sizes, and a real 900-megapixel PNG of 100 KB
    Files.write(dir.resolve("bomb-declared.png"), png(100_000, 100_000, 8, 0, new byte[0], 1));
    hostile.put("bomb-declared.png", "100000x100000 pixels, over the limit");
    Files.write(dir.resolve("bomb-declared.tif"), tiffHeader(100_000, 100_000));
    hostile.put("bomb-declared.tif", "100000x100000 pixels, over the limit");
    Files.write(dir.resolve("bomb-declared.jpg"), jpegDeclaring(jpeg.toByteArray(), 65_000, 65_000));
    hostile.put("bomb-declared.jpg", "65000x65000 pixels, over the limit");
    Files.write(dir.resolve("bomb-real.png"), png(30_000, 30_000, 1, 0, null, 30_000));
    assertTrue(Files.size(dir.resolve("bomb-real.png")) < 1_000_000, "a tiny file: " + Files.size(dir.resolve("bomb-real.png")));
    hostile.put("bomb-real.png", "30000x30000 pixels, over the limit");
    // zip bombs: a DOCX and an ODT whose one entry inflates ~1000×, a zip in a zip
    writeZipBomb(dir.resolve("zip-bomb.docx"), true);
    hostile.put("zip-bomb.docx", "zip bomb|more than \\d+ characters");
    writeZipBomb(dir.resolve("zip-bomb.odt"), false);
    hostile.put("zip-bomb.odt", "zip bomb|more than \\d+ characters");
    writeNestedZip(dir.resolve("nested.zip"), dir.resolve("zip-bomb.docx"));
    hostile.put("nested.zip", "unsupported file type application/zip");
    // encrypted PDFs: a password to open; no password, but copying text forbidden
    writeEncryptedPdf(dir.resolve("encrypted.pdf"), "secret", true);
    hostile.put("encrypted.pdf", "encrypted PDF: a password is needed");
    writeEncryptedPdf(dir.resolve("encrypted-no-copy.pdf"), "", false);
    hostile.put("encrypted-no-copy.pdf", "encrypted PDF: text extraction not permitted");
    // wrong extension without anything sniffable: text named .tif
    Files.writeString(dir.resolve("text-named.tif"), "Это текст, а не изображение.\n");
    hostile.put("text-named.tif", "no image decoder|corrupt|truncated");
    reportedOrIndexed.add("text-named.tif"); // content sniffing may read it as the text it is
    // a PDF of 6,000 pages; a page of 14,000 × 14,000 points
    try (PDDocument many = new PDDocument()) {
      for (int i = 0; i < 6_000; i++) many.addPage(new PDPage(PDRectangle.A6));
      many.save(dir.resolve("many-pages.pdf").toFile());
    }
    hostile.put("many-pages.pdf", "6000 pages, over the limit of 5000");
    try (PDDocument huge = new PDDocument()) {
      huge.addPage(new PDPage(new PDRectangle(14_000, 14_000)));
      huge.save(dir.resolve("huge-page.pdf").toFile());
    }
    hostile.put("huge-page.pdf", "too large to render");
    // links: a loop to an ancestor folder, a link to nothing; a named pipe (reading it would block)
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    hostile.put("sub/loop", "symbolic link loop");
    Files.createSymbolicLink(dir.resolve("dangling.png"), dir.resolve("no-such-file.png"));
    hostile.put("dangling.png", "dangling symbolic link");
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
    hostile.put("pipe.txt", "not a regular file");
    // broken sidecars: invalid JSON; unreadable page access levels
    Files.writeString(dir.resolve("bad-meta.txt"), "Обычный текст.\n");
    Files.writeString(dir.resolve("bad-meta.txt.meta.json"), "{\"title\": \"unterminated");
    hostile.put("bad-meta.txt", "bad metadata sidecar.*not valid JSON");
    Files.writeString(dir.resolve("bad-pages.txt"), "Обычный текст.\n");
    Files.writeString(dir.resolve("bad-pages.txt.meta.json"), "{\"page_access\": \"three=closed\"}");
    hostile.put("bad-pages.txt", "bad metadata sidecar.*page_access");
  }

  private static byte[] withNoise(byte[] head, int n, Random r) {
    byte[] out = Arrays.copyOf(head, head.length + n);
    for (int i = head.length; i < out.length; i++) out[i] = (byte) r.nextInt(256);
    return out;
  }

  /**
   * A PNG of the given size, grey, written row by row through a deflater (never held in memory):
   * {@code rows} rows of zeros (white for 1-bit is 1, but any value will do), or {@code idat}
   * as the compressed data when given.
   */
  private static byte[] png(int w, int h, int bitDepth, int colorType, byte[] idat, int rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) bitDepth).put((byte) colorType).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    if (idat == null) {
      ByteArrayOutputStream z = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(z, new Deflater(9))) {
        byte[] row = new byte[1 + (w * bitDepth + 7) / 8];
        for (int y = 0; y < rows; y++) d.write(row);
      }
      idat = z.toByteArray();
    } else if (idat.length == 0) {
      ByteArrayOutputStream z = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(z)) {
        d.write(new byte[1000]);
      }
      idat = z.toByteArray();
    }
    chunk(out, "IDAT", idat);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    d.write(t);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }

  /** A little-endian TIFF whose one IFD declares a w×h 8-bit grey strip image, with 100 bytes of data. */
  private static byte[] tiffHeader(int w, int h) {
    int[][] entries = {{256, 4, w}, {257, 4, h}, {258, 3, 8}, {259, 3, 1}, {262, 3, 1}, {273, 4, 8 + 2 + 9 * 12 + 4}, {277, 3, 1}, {278, 4, h}, {279, 4, 100}};
    ByteBuffer b = ByteBuffer.allocate(8 + 2 + entries.length * 12 + 4 + 100).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    b.putShort((short) entries.length);
    for (int[] e : entries) {
      b.putShort((short) e[0]).putShort((short) e[1]).putInt(1);
      if (e[1] == 3) b.putShort((short) e[2]).putShort((short) 0);
      else b.putInt(e[2]);
    }
    b.putInt(0);
    return b.array();
  }

  /** A real JPEG with its frame header (SOF0) patched to declare w×h. */
  private static byte[] jpegDeclaring(byte[] jpeg, int w, int h) {
    byte[] out = jpeg.clone();
    for (int i = 0; i + 8 < out.length; i++) {
      if ((out[i] & 0xFF) == 0xFF && ((out[i + 1] & 0xFF) == 0xC0 || (out[i + 1] & 0xFF) == 0xC2)) {
        out[i + 5] = (byte) (h >> 8);
        out[i + 6] = (byte) h;
        out[i + 7] = (byte) (w >> 8);
        out[i + 8] = (byte) w;
        return out;
      }
    }
    throw new IllegalStateException("no SOF marker");
  }

  /** A DOCX (or ODT) whose document body inflates from ~100 KB to ~100 MB. */
  private static void writeZipBomb(Path file, boolean docx) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      z.setLevel(9);
      if (docx) {
        put(z, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        put(z, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        z.putNextEntry(new ZipEntry("word/document.xml"));
        z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
        writeMany(z);
        z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      } else {
        ZipEntry mime = new ZipEntry("mimetype");
        byte[] m = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        mime.setMethod(ZipEntry.STORED);
        mime.setSize(m.length);
        CRC32 crc = new CRC32();
        crc.update(m);
        mime.setCrc(crc.getValue());
        z.putNextEntry(mime);
        z.write(m);
        z.putNextEntry(new ZipEntry("content.xml"));
        z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>").getBytes(StandardCharsets.UTF_8));
        writeMany(z);
        z.write("</text:p></office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8));
      }
      z.closeEntry();
    }
  }

  private static void writeMany(OutputStream z) throws IOException {
    byte[] block = "архив ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    for (long written = 0; written < 100_000_000L; written += block.length) z.write(block);
  }

  private static void put(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  private static void writeNestedZip(Path file, Path inner) throws IOException {
    ByteArrayOutputStream level1 = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(level1)) {
      z.putNextEntry(new ZipEntry("inner.docx"));
      z.write(Files.readAllBytes(inner));
      z.closeEntry();
    }
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < 10; i++) {
        z.putNextEntry(new ZipEntry("level1-" + i + ".zip"));
        z.write(level1.toByteArray());
        z.closeEntry();
      }
    }
  }

  private static void writeEncryptedPdf(Path file, String userPassword, boolean mayExtract) throws IOException {
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage(PDRectangle.A4));
      AccessPermission ap = new AccessPermission();
      ap.setCanExtractContent(mayExtract);
      StandardProtectionPolicy p = new StandardProtectionPolicy("owner-password", userPassword, ap);
      p.setEncryptionKeyLength(128);
      d.protect(p);
      d.save(file.toFile());
    }
  }

  // ------------------------------------------------------------------------------ helpers

  record Run(int exit, String log) {}

  /** Runs {@code muragat index} (the CLI entry point) in its own JVM with a small heap; fails if it does not end in time. */
  private Run runIndexer(Path corpus, Path data, List<String> extra, long maxSeconds) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx384m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("kz.muragat.indexer.cli.IndexerMain");
    cmd.addAll(List.of("index", corpus.toString(), "--data", data.toString()));
    cmd.addAll(extra);
    Path log = Files.createTempFile(tmp, "run", ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.environment().put("MURAGAT_CONFIG", tmp.resolve("no-config.properties").toString());
    Process p = pb.start();
    if (!p.waitFor(maxSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      fail("the indexer did not finish within " + maxSeconds + " s:\n" + Files.readString(log));
    }
    return new Run(p.exitValue(), Files.readString(log));
  }

  private static Set<String> indexedIds(Path indexDir) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      Map<String, Integer> count = new HashMap<>();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), 10_000).scoreDocs) {
        count.merge(s.storedFields().document(sd.doc).get(IndexSchema.ID), 1, Integer::sum);
      }
      count.forEach((id, n) -> assertEquals(1, n, "one document entry for " + id));
      ids.addAll(count.keySet());
    }
    return ids;
  }

  private static final Analyzer EXACT = MuragatAnalysis.exactAnalyzer();

  private static String exactTerm(String word) throws IOException {
    try (TokenStream ts = EXACT.tokenStream(IndexSchema.TEXT_EXACT, word)) {
      CharTermAttribute a = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      assertTrue(ts.incrementToken());
      String t = a.toString();
      ts.end();
      return t;
    }
  }
}
