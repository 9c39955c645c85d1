package kz.muragat.scangen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** Writes rendered pages and documents in the formats an archive receives. */
public final class ScanWriter {
    private ScanWriter() {
    }

    /** Resolution of a page image, assuming A4 (the only page size the generator produces). */
    public static int dpiOf(RenderedPage page) {
        return (int) Math.round(page.image().getWidth() * 25.4 / PageSize.A4_PORTRAIT.widthMm());
    }

    public static void writePng(RenderedPage page, Path file) throws IOException {
        writeSingle(page, file, "png", null);
    }

    /** @param quality 0..1, e.g. 0.8 */
    public static void writeJpeg(RenderedPage page, Path file, float quality) throws IOException {
        if (quality <= 0 || quality > 1) throw new IllegalArgumentException("JPEG quality must be in (0, 1], got " + quality);
        writeSingle(page, file, "jpeg", quality);
    }

    private static void writeSingle(RenderedPage page, Path file, String format, Float quality) throws IOException {
        ImageWriter writer = writer(format);
        createParent(file);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page.image()), param);
            setDpi(meta, dpiOf(page));
            writer.write(null, new IIOImage(page.image(), null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** Multi-page grayscale TIFF, Deflate-compressed, one image per page, with the resolution tags set. */
    public static void writeTiff(List<RenderedPage> pages, Path file) throws IOException {
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages to write");
        ImageWriter writer = writer("tiff");
        createParent(file);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (RenderedPage page : pages) {
                BufferedImage img = page.image();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
                setDpi(meta, dpiOf(page));
                writer.writeToSequence(new IIOImage(img, null, meta), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter writer(String format) {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format);
        if (!it.hasNext()) throw new IllegalStateException("no ImageIO writer for " + format);
        return it.next();
    }

    private static void setDpi(IIOMetadata meta, int dpi) {
        if (meta == null || !meta.isStandardMetadataFormatSupported()) return;
        double mmPerPixel = 25.4 / dpi;
        IIOMetadataNode h = new IIOMetadataNode("HorizontalPixelSize");
        h.setAttribute("value", Double.toString(mmPerPixel));
        IIOMetadataNode v = new IIOMetadataNode("VerticalPixelSize");
        v.setAttribute("value", Double.toString(mmPerPixel));
        IIOMetadataNode dim = new IIOMetadataNode("Dimension");
        dim.appendChild(h);
        dim.appendChild(v);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dim);
        try {
            meta.mergeTree("javax_imageio_1.0", root);
        } catch (IIOInvalidTreeException | RuntimeException e) {
            // resolution is a nicety; some writers refuse the standard tree
        }
    }

    /** A PDF whose pages are the scan images (JPEG inside, like a scanner's PDF); no text layer. */
    public static void writeImagePdf(RenderedDocument doc, Path file) throws IOException {
        createParent(file);
        try (PDDocument pdf = new PDDocument()) {
            info(pdf, doc.name());
            for (RenderedPage page : doc.pages()) {
                PDPage p = new PDPage(PDRectangle.A4);
                pdf.addPage(p);
                PDImageXObject img = JPEGFactory.createFromImage(pdf, page.image(), 0.75f);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                    cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            save(pdf, doc, file);
        }
    }

    /** Saves with a trailer /ID derived from the content name, so that equal input gives equal bytes. */
    private static void save(PDDocument pdf, RenderedDocument doc, Path file) throws IOException {
        byte[] id = digest(doc.name() + "\u0000" + doc.text());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        pdf.save(file.toFile());
    }

    private static byte[] digest(String s) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A born-digital PDF: the ground-truth text of each rendered page drawn as real text with an
     * embedded Unicode monospaced font, in the same line layout as the scan (same lines, same pages).
     */
    public static void writeTextPdf(RenderedDocument doc, Path file) throws IOException {
        createParent(file);
        Path fontFile = TypewriterFonts.choose("freemono", doc.text(), new java.util.SplittableRandom(0));
        try (PDDocument pdf = new PDDocument()) {
            info(pdf, doc.name());
            PDType0Font font = PDType0Font.load(pdf, fontFile.toFile());
            float size = Layout.FONT_PT;
            float leading = size * Layout.LINE_SPACING;
            float mm = 72f / 25.4f;
            float pageW = PDRectangle.A4.getWidth(), pageH = PDRectangle.A4.getHeight();
            float left = (float) Layout.LEFT_MM * mm, right = (float) Layout.RIGHT_MM * mm;
            float top = (float) Layout.TOP_MM * mm;
            float ascent = font.getFontDescriptor().getAscent() / 1000f * size;
            for (RenderedPage page : doc.pages()) {
                PDPage p = new PDPage(PDRectangle.A4);
                pdf.addPage(p);
                float scale = pageW / page.image().getWidth();
                String[] lines = page.text().split("\n", -1);
                int wi = 0;
                try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                    cs.setFont(font, size);
                    for (int li = 0; li < lines.length; li++) {
                        String line = lines[li];
                        if (line.isBlank()) continue;
                        int tokens = line.trim().split("\\s+").length;
                        float x = left;
                        if (wi < page.words().size()) {
                            // keep the scan's indentation and centring, but not its skew
                            float scanX = page.words().get(wi).x() * scale;
                            if (scanX - left > 2 * size) x = scanX;
                        }
                        wi += tokens;
                        float lineW = font.getStringWidth(line) / 1000f * size;
                        if (x + lineW > pageW - right / 2) x = Math.max(left / 2, pageW - right / 2 - lineW);
                        float y = pageH - top - ascent - li * leading;
                        cs.beginText();
                        cs.newLineAtOffset(x, y);
                        cs.showText(line);
                        cs.endText();
                    }
                }
            }
            save(pdf, doc, file);
        }
    }

    private static void info(PDDocument pdf, String title) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("Muragat scangen");
        // a fixed date keeps the files byte-identical between runs
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(2024, Calendar.JANUARY, 1);
        info.setCreationDate(c);
        info.setModificationDate(c);
    }

    /** A Word document with the title as document property and one paragraph per text line. */
    public static void writeDocx(String title, String text, Path file) throws IOException {
        createParent(file);
        try (XWPFDocument docx = new XWPFDocument()) {
            if (title != null) docx.getProperties().getCoreProperties().setTitle(title);
            docx.getProperties().getCoreProperties().setCreator("Muragat scangen");
            String norm = Layout.normalize(text);
            String[] lines = norm.split("\n", -1);
            boolean titleInText = title == null || norm.startsWith(title.strip());
            if (!titleInText) addParagraph(docx, title.strip(), true);
            for (int i = 0; i < lines.length; i++) {
                addParagraph(docx, lines[i].strip(), i == 0 && titleInText && title != null);
            }
            docx.getProperties().getCoreProperties().setCreated(Optional.of(FIXED_DATE));
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            docx.write(buf);
            writeZipWithFixedTimes(buf.toByteArray(), file);
        }
    }

    private static final Date FIXED_DATE = Date.from(Instant.parse("2024-01-01T00:00:00Z"));

    /** Re-packs a zip with constant entry times: POI stamps the current time, which breaks reproducibility. */
    private static void writeZipWithFixedTimes(byte[] zip, Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_DATE.getTime());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static void addParagraph(XWPFDocument docx, String text, boolean heading) {
        XWPFParagraph p = docx.createParagraph();
        if (heading) p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setFontFamily("Courier New");
        run.setFontSize(12);
        run.setBold(heading);
        run.setText(text);
    }

    /** Ground truth as JSON: name, pages[{number, width, height, text, words[{text,x,y,w,h}]}]. */
    public static void writeGroundTruth(RenderedDocument doc, Path json) throws IOException {
        writeGroundTruth(doc, json, Map.of());
    }

    /** Ground truth with extra top-level fields (e.g. file, format, degradation, seed) placed before the pages. */
    public static void writeGroundTruth(RenderedDocument doc, Path json, Map<String, ?> extra) throws IOException {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = om.createObjectNode();
        root.put("name", doc.name());
        extra.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> root.set(e.getKey(), om.valueToTree(e.getValue())));
        ArrayNode pages = root.putArray("pages");
        int n = 1;
        for (RenderedPage page : doc.pages()) {
            ObjectNode p = pages.addObject();
            p.put("number", n++);
            p.put("width", page.image() == null ? 0 : page.image().getWidth());
            p.put("height", page.image() == null ? 0 : page.image().getHeight());
            p.put("text", page.text());
            ArrayNode words = p.putArray("words");
            for (WordBox w : page.words()) {
                ObjectNode o = words.addObject();
                o.put("text", w.text());
                o.put("x", w.x());
                o.put("y", w.y());
                o.put("w", w.w());
                o.put("h", w.h());
            }
        }
        createParent(json);
        try {
            om.writeValue(json.toFile(), root);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
    }
}
