package kz.muragat.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vendor OCR files: paired with their images, read by the reader of their format, and never with XXE. */
class OcrSidecarsTest {
  @TempDir Path tmp;

  @Test
  void neverResolvesExternalEntities() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    Path f = tmp.resolve("evil.xml");
    Files.writeString(f, "<?xml version=\"1.0\"?><!DOCTYPE alto [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<alto><Layout><Page WIDTH=\"10\" HEIGHT=\"10\"><TextBlock><TextLine><String CONTENT=\"a\"/>"
        + "</TextLine><TextLine>&x;</TextLine></TextBlock></Page></Layout></alto>");
    try {
      List<OcrSidecars.Page> pages = OcrSidecars.read(f, 0);
      assertFalse(pages.get(0).text().contains("TOP-SECRET"), pages.get(0).text());
    } catch (ExtractionException refused) {
      assertTrue(refused.getMessage().contains("evil.xml"), refused.getMessage());
    }
  }

  @Test
  void refusesWhatIsNeitherAltoNorHocr() throws Exception {
    Path f = tmp.resolve("scan.xml");
    Files.writeString(f, "<mets/>");
    ExtractionException e = assertThrows(ExtractionException.class, () -> OcrSidecars.read(f, 0));
    assertEquals("OCR file scan.xml is neither ALTO nor hOCR (root element mets)", e.getMessage());
  }

  @Test
  void eachFormatGoesToItsReader() throws Exception {
    Path alto = tmp.resolve("scan.alto.xml");
    Files.writeString(alto, "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\"><Layout><Page WIDTH=\"10\" HEIGHT=\"20\"><TextBlock><TextLine>"
        + "<String CONTENT=\"Дело\" WC=\"0.5\"/></TextLine></TextBlock></Page></Layout></alto>");
    Path hocr = tmp.resolve("scan.hocr");
    Files.writeString(hocr, "<html><body><div class=\"ocr_page\" title=\"bbox 0 0 30 40\"><span class=\"ocrx_word\" title=\"x_wconf 70\">Іс</span></div></body></html>");
    assertEquals("ALTO", OcrFormats.forRoot(OcrSidecars.parse(alto)).orElseThrow().name());
    assertEquals("hOCR", OcrFormats.forRoot(OcrSidecars.parse(hocr)).orElseThrow().name());
    OcrSidecars.Page a = OcrSidecars.read(alto, 0).get(0);
    assertEquals(List.of("Дело", 10, 20, 50f), List.of(a.text(), a.width(), a.height(), a.words().get(0).confidence()));
    OcrSidecars.Page h = OcrSidecars.read(hocr, 0).get(0);
    assertEquals(List.of("Іс", 30, 40, 70f), List.of(h.text(), h.width(), h.height(), h.words().get(0).confidence()));
  }

  @Test
  void pairsSidecarsWithTheirImagesOnly() throws Exception {
    Path img = Files.createFile(tmp.resolve("scan.tif"));
    Path alto = Files.createFile(tmp.resolve("scan.alto.xml"));
    Path plainXml = Files.createFile(tmp.resolve("notes.xml"));
    Path html = Files.createFile(tmp.resolve("report.html"));
    assertEquals(alto.toAbsolutePath(), OcrSidecars.find(img).orElseThrow());
    assertTrue(OcrSidecars.isOcrSidecar(alto));
    assertFalse(OcrSidecars.isOcrSidecar(plainXml), "an XML file with no image of its name is a document");
    assertFalse(OcrSidecars.isOcrSidecar(html));
    assertFalse(OcrSidecars.find(html).isPresent(), "only images have OCR sidecars");
  }
}
