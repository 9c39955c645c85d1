package kz.muragat.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OcrTitlesTest {
  @Test
  void cutsOcrJunkFromBothEnds() {
    assertEquals("ВЫПИСКА ИЗ ПРОТОКОЛА № 41", OcrTitles.clean("| ВЫПИСКА ИЗ ПРОТОКОЛА № 41"));
    assertEquals("ВЫПИСКА ИЗ ПРОТОКОЛА № 41", OcrTitles.clean("‘ · ВЫПИСКА  ИЗ ПРОТОКОЛА № 41 ‘ |"));
    assertEquals("ПРОТОКОЛ ДОПРОСА", OcrTitles.clean("—_ПРОТОКОЛ ДОПРОСА._ ~"));
    assertEquals("АНЫҚТАМА", OcrTitles.clean("¦• АНЫҚТАМА ,"));
  }

  @Test
  void keepsTheMarksThatBelongToTheTitle() {
    assertEquals("«Дело Жумабаева»", OcrTitles.clean("| «Дело Жумабаева» ·"));
    assertEquals("№ 41 (копия)", OcrTitles.clean("№ 41 (копия)"));
    assertEquals("Протокол „тройки“", OcrTitles.clean("Протокол „тройки“ |"));
    assertEquals("Справка", OcrTitles.clean("Справка)"), "a bracket closing nothing is junk");
    assertEquals("", OcrTitles.clean(" | ‘ · "));
  }
}
