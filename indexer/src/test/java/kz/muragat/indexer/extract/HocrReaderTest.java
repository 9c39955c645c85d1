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

/** hOCR: pages, blocks and lines, boxes and word confidences. */
class HocrReaderTest {
  @TempDir Path tmp;

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
    List<OcrSidecars.Page> pages = new HocrReader().read(OcrSidecars.parse(f), 0);
    assertEquals(2, pages.size());
    assertEquals("Справка выдана", pages.get(0).text());
    assertEquals(3308, pages.get(0).width());
    assertEquals(84f, pages.get(0).confidence(), 0.01);
    WordBox w = pages.get(0).words().get(1);
    assertEquals(List.of(540, 300, 360, 80), List.of(w.x(), w.y(), w.w(), w.h()));
    assertEquals(77f, w.confidence(), 0.01, "x_wconf kept as the word's confidence");
    assertEquals("выдана", pages.get(0).text().substring(w.start(), w.end()));
    assertEquals("Лист", pages.get(1).text());
  }

  @Test
  void wordsWithoutAnyPageAreOnePageInBlocksAndLines() throws Exception {
    Path f = tmp.resolve("scan.html");
    Files.writeString(f, """
        <html><body>
        <p class="ocr_par"><span class="ocr_line"><span class="ocrx_word" title="bbox 1 2 11 22">Дело</span>
          <span class="ocrx_word" title="x_wconf 64">№</span></span>
          <span class="ocr_line"><span class="ocrx_word">345</span></span></p>
        <p class="ocr_par"><span class="ocr_line"><span class="ocrx_word"> </span><span class="ocrx_word">Лист</span></span></p>
        </body></html>
        """);
    List<OcrSidecars.Page> pages = new HocrReader().read(OcrSidecars.parse(f), 0);
    assertEquals(1, pages.size());
    OcrSidecars.Page p = pages.get(0);
    assertEquals("Дело №\n345\n\nЛист", p.text());
    assertEquals(0, p.width(), "no ocr_page: size unknown");
    assertEquals(List.of(1, 2, 10, 20), List.of(p.words().get(0).x(), p.words().get(0).y(), p.words().get(0).w(), p.words().get(0).h()));
    assertEquals(-1f, p.words().get(0).confidence(), "no x_wconf: unknown");
    assertEquals(64f, p.confidence(), 0.01, "the mean of the confidences given");
    assertTrue(new HocrReader().reads(OcrSidecars.parse(f)));
    assertFalse(new AltoReader().reads(OcrSidecars.parse(f)));
  }
}
