package kz.muragat.scangen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class ScanWriterTest {
    static RenderedDocument doc;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() {
        doc = new ScanGenerator(new ScanOptions(11, 100, Degradation.MEDIUM, null, null))
                .render("rec-test", ScanGeneratorTest.longText());
        assertTrue(doc.pages().size() >= 2);
    }

    @Test
    void multiPageTiffReadsBackWithAllPages() throws Exception {
        Path tif = dir.resolve("doc.tif");
        ScanWriter.writeTiff(doc.pages(), tif);
        try (ImageInputStream in = ImageIO.createImageInputStream(tif.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            assertTrue(readers.hasNext());
            ImageReader r = readers.next();
            r.setInput(in);
            assertEquals(doc.pages().size(), r.getNumImages(true));
            for (int i = 0; i < doc.pages().size(); i++) {
                BufferedImage img = r.read(i);
                assertEquals(doc.pages().get(i).image().getWidth(), img.getWidth());
                assertEquals(1, img.getRaster().getNumBands(), "grayscale");
                assertEquals(doc.pages().get(i).image().getRGB(100, 200), img.getRGB(100, 200), "lossless");
            }
            r.dispose();
        }
    }

    @Test
    void pngAndJpegDecode() throws Exception {
        Path png = dir.resolve("p.png"), jpg = dir.resolve("p.jpg");
        RenderedPage page = doc.pages().get(0);
        ScanWriter.writePng(page, png);
        ScanWriter.writeJpeg(page, jpg, 0.8f);
        BufferedImage a = ImageIO.read(png.toFile());
        BufferedImage b = ImageIO.read(jpg.toFile());
        assertEquals(page.image().getWidth(), a.getWidth());
        assertEquals(page.image().getHeight(), b.getHeight());
        assertEquals(page.image().getRGB(300, 300), a.getRGB(300, 300));
        assertThrows(IllegalArgumentException.class, () -> ScanWriter.writeJpeg(page, jpg, 1.5f));
    }

    @Test
    void textPdfExtractsWithKazakhLettersIntact() throws Exception {
        Path pdf = dir.resolve("t.pdf");
        ScanWriter.writeTextPdf(doc, pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(doc.pages().size(), d.getNumberOfPages());
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Байтұрсынұлы"), text);
            assertTrue(text.contains("ақталды"), text);
            String first = doc.pages().get(0).text().split("\n")[2];
            assertTrue(text.contains(first), "line layout kept: " + first);
        }
    }

    @Test
    void imagePdfHasPagesButNoText() throws Exception {
        Path pdf = dir.resolve("i.pdf");
        ScanWriter.writeImagePdf(doc, pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(doc.pages().size(), d.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(d).isBlank());
            assertTrue(d.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "page image");
        }
    }

    @Test
    void docxOpensWithPoiAndHoldsTheText() throws Exception {
        Path docx = dir.resolve("d.docx");
        String text = "ҚАЗАҚ КСР ЖОҒАРҒЫ СОТЫНЫҢ АНЫҚТАМАСЫ\n\nСейфоллаұлы Ерғали толығымен ақталды.\nФ. 1, оп. 2, д. 345, л. 12.";
        ScanWriter.writeDocx("ҚАЗАҚ КСР ЖОҒАРҒЫ СОТЫНЫҢ АНЫҚТАМАСЫ", text, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            String all = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertEquals(text, all);
            assertEquals("ҚАЗАҚ КСР ЖОҒАРҒЫ СОТЫНЫҢ АНЫҚТАМАСЫ", d.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void outputsAreByteIdenticalForTheSameInput() throws Exception {
        Path a = dir.resolve("a.pdf"), b = dir.resolve("b.pdf");
        ScanWriter.writeImagePdf(doc, a);
        ScanWriter.writeImagePdf(doc, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Path c = dir.resolve("c.docx"), e = dir.resolve("e.docx");
        ScanWriter.writeDocx("t", "ақталды", c);
        Thread.sleep(1100);
        ScanWriter.writeDocx("t", "ақталды", e);
        assertArrayEquals(Files.readAllBytes(c), Files.readAllBytes(e));
    }

    @Test
    void groundTruthJsonHasPagesAndBoxes() throws Exception {
        Path json = dir.resolve("t/rec.json");
        ScanWriter.writeGroundTruth(doc, json);
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        assertEquals("rec-test", n.get("name").asText());
        assertEquals(doc.pages().size(), n.get("pages").size());
        JsonNode p = n.get("pages").get(0);
        assertEquals(1, p.get("number").asInt());
        assertEquals(doc.pages().get(0).image().getWidth(), p.get("width").asInt());
        assertEquals(doc.pages().get(0).text(), p.get("text").asText());
        JsonNode w = p.get("words").get(0);
        WordBox b = doc.pages().get(0).words().get(0);
        assertEquals(b.text(), w.get("text").asText());
        assertEquals(b.x(), w.get("x").asInt());
        assertEquals(b.h(), w.get("h").asInt());
    }
}
