package kz.muragat.scangen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JanalifTest {
    @Test
    void writesKazakhInTheLatinAlphabetOf1929() {
        assertEquals("Qazaqstan Respuʙlijkasƅ", Janalif.fromCyrillic("Қазақстан Республикасы"));
        assertEquals("ol 1957 ƶƅlƅ aqtaldƅ, şeşimi: iske ŋ", Janalif.fromCyrillic("ол 1957 жылы ақталды, шешімі: іске ң"));
        assertEquals("Ƶumaʙaev Ƣaʙijt, Ɵskemen", Janalif.fromCyrillic("Жумабаев Ғабит, Өскемен"));
        assertEquals("ƵARLƄQ, Jasaqtar", Janalif.fromCyrillic("ЖАРЛЫҚ, Ясақтар"));
        assertEquals("JASAQ", Janalif.fromCyrillic("ЯСАҚ"));
    }

    @Test
    void tellsKazakhTextsFromRussianOnes() {
        assertTrue(Janalif.isKazakh("Сейфоллаұлы Сәкен қуғын-сүргін құрбаны болды."));
        assertFalse(Janalif.isKazakh("Протокол допроса обвиняемого Жумабаева Касыма."));
        assertFalse(Janalif.isKazakh("1937"));
    }
}
