package kz.muragat.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.muragat.core.model.WordBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ALTO v2–v4 and hOCR import: text layout, boxes, units, confidences, naming, and no XXE. */
class OcrSidecarsTest {
  @TempDir Path tmp;

  static String alto(String ns, String unit, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alto xmlns=\"" + ns + "\"><Description><MeasurementUnit>" + unit
        + "</MeasurementUnit></Description><Layout><Page ID=\"p1\" WIDTH=\"1654\" HEIGHT=\"2339\" PHYSICAL_IMG_NR=\"1\">"
        + "<PrintSpace>" + body + "</PrintSpace></Page></Layout></alto>";
  }

  static final String BODY =
      "<TextBlock ID=\"b1\"><TextLine><String CONTENT=\"ПРОТОКОЛ\" HPOS=\"100\" VPOS=\"200\" WIDTH=\"300\" HEIGHT=\"40\" WC=\"0.95\"/>"
          + "<SP/><String CONTENT=\"допро\" HPOS=\"420\" VPOS=\"200\" WIDTH=\"150\" HEIGHT=\"40\" WC=\"0.85\"/><HYP CONTENT=\"-\"/></TextLine>"
          + "<TextLine><String CONTENT=\"са\" HPOS=\"100\" VPOS=\"260\" WIDTH=\"60\" HEIGHT=\"40\" WC=\"0.9\"/></TextLine></TextBlock>"
          + "<TextBlock ID=\"b2\"><TextLine><String CONTENT=\"Жумабаев\" HPOS=\"100\" VPOS=\"400\" WIDTH=\"250\" HEIGHT=\"40\"/></TextLine></TextBlock>";

  @Test
  void readsAltoV4InPixels() throws Exception {
    Path f = tmp.resolve("scan.alto.xml");
    Files.writeString(f, alto("http://www.loc.gov/standards/alto/ns-v4#", "pixel", BODY));
    List<OcrSidecars.Page> pages = OcrSidecars.read(f, 200);
    assertEquals(1, pages.size());
    OcrSidecars.Page p = pages.get(0);
    assertEquals("ПРОТОКОЛ допро-\nса\n\nЖумабаев", p.text());
    assertEquals(1654, p.width());
    WordBox w = p.words().get(1);
    assertEquals("допро", w.text());
    assertEquals(420, w.x());
    assertEquals(85f, w.confidence(), 0.01);
    assertEquals("допро", p.text().substring(w.start(), w.end()));
    assertEquals(-1f, p.words().get(3).confidence());
    assertEquals(90f, p.confidence(), 0.01, "mean of the WC values given");
  }

  @Test
  void convertsAltoV2Mm10ToPixels() throws Exception {
    Path f = tmp.resolve("scan.xml");
    // 254 mm10 = 1 inch = 200 px at 200 dpi
    Files.writeString(f, alto("http://www.loc.gov/standards/alto/ns-v2#", "mm10",
        "<TextBlock><TextLine><String CONTENT=\"Дело\" HPOS=\"254\" VPOS=\"508\" WIDTH=\"127\" HEIGHT=\"50.8\"/></TextLine></TextBlock>"));
    OcrSidecars.Page p = OcrSidecars.read(f, 200).get(0);
    WordBox w = p.words().get(0);
    assertEquals(List.of(200, 400, 100, 40), List.of(w.x(), w.y(), w.w(), w.h()));
    assertEquals(Math.round(1654 * 200 / 254.0), p.width());
  }

  @Test
  void readsTesseractStyleHocrWithDoctypeAndSeveralPages() throws Exception {
    Path f = tmp.resolve("scan.hocr");
    Files.writeString(f, """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><title></title>
        <meta name="ocr-system" content="tesseract 5.3.0" /></head><body>
        <div class='ocr_page' id='page_1' title='image "scan.tif"; bbox 0 0 3308 4678; ppageno 0'>
         <div class='ocr_carea' id='block_1_1' title="bbox 200 300 900 400"><p class='ocr_par' id='par_1_1' lang='rus'>
          <span class='ocr_line' id='line_1_1' title="bbox 200 300 900 400; baseline 0 -5">
           <span class='ocrx_word' id='word_1_1' title='bbox 200 300 500 380; x_wconf 91'>Справка</span>
           <span class='ocrx_word' id='word_1_2' title='bbox 540 300 900 380; x_wconf 77'><strong>выдана</strong></span>
          </span></p></div></div>
        <div class='ocr_page' id='page_2' title='bbox 0 0 3308 4678'>
          <span class='ocr_line' title="bbox 1 1 2 2"><span class='ocrx_word' title='bbox 10 20 30 40; x_wconf 50'>Лист</span></span>
        </div></body></html>
        """);
    List<OcrSidecars.Page> pages = OcrSidecars.read(f, 0);
    assertEquals(2, pages.size());
    assertEquals("Справка выдана", pages.get(0).text());
    assertEquals(3308, pages.get(0).width());
    assertEquals(84f, pages.get(0).confidence(), 0.01);
    WordBox w = pages.get(0).words().get(1);
    assertEquals(List.of(540, 300, 360, 80), List.of(w.x(), w.y(), w.w(), w.h()));
    assertEquals("Лист", pages.get(1).text());
  }

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
    assertThrows(ExtractionException.class, () -> OcrSidecars.read(f, 0));
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
