package kz.muragat.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.muragat.core.model.WordBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ALTO v2–v4: text layout, hyphens, boxes, units and word confidences. */
class AltoReaderTest {
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
    List<OcrSidecars.Page> pages = new AltoReader().read(OcrSidecars.parse(f), 200);
    assertEquals(1, pages.size());
    OcrSidecars.Page p = pages.get(0);
    assertEquals("ПРОТОКОЛ допро-\nса\n\nЖумабаев", p.text());
    assertEquals(1654, p.width());
    WordBox w = p.words().get(1);
    assertEquals("допро", w.text());
    assertEquals(420, w.x());
    assertEquals(85f, w.confidence(), 0.01, "WC 0.85 kept as the word's confidence, 0–100");
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
    OcrSidecars.Page p = new AltoReader().read(OcrSidecars.parse(f), 200).get(0);
    WordBox w = p.words().get(0);
    assertEquals(List.of(200, 400, 100, 40), List.of(w.x(), w.y(), w.w(), w.h()));
    assertEquals(Math.round(1654 * 200 / 254.0), p.width());
  }

  @Test
  void readsOnlyAlto() throws Exception {
    Path alto = tmp.resolve("a.xml");
    Files.writeString(alto, alto("http://www.loc.gov/standards/alto/ns-v3#", "pixel", BODY));
    Path html = tmp.resolve("h.html");
    Files.writeString(html, "<html><body/></html>");
    assertTrue(new AltoReader().reads(OcrSidecars.parse(alto)));
    assertFalse(new AltoReader().reads(OcrSidecars.parse(html)));
  }
}
