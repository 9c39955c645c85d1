package kz.muragat.scangen;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class ScanGeneratorTest {
    static final String SHORT = """
            ПРОТОКОЛ ДОПРОСА

            Обвиняемого Жумабаева Касыма (Жұмабайұлы Қасым), 1896 года рождения. Ф. 1, оп. 2, д. 345, л. 12–14.
            Ол 1958 жылы ақталды. Қуғын-сүргін құрбандарының есімдері ұмытылмауы тиіс. Объективно реабилитирован посмертно за отсутствием состава преступления.
            """;

    static String longText() {
        StringBuilder sb = new StringBuilder("ВЫПИСКА ИЗ ПРОТОКОЛА\n\n");
        for (int i = 0; i < 40; i++) {
            sb.append("по делу № ".repeat(i % 7)).append("Постановлением тройки НКВД Казахской ССР от 29 декабря 1937 года Байтурсынов (Байтұрсынұлы) ")
                    .append("осуждён; определением Верховного суда реабилитирован посмертно, ақталды. Абзац ").append(i)
                    .append(".\n");
        }
        return sb.toString();
    }

    static byte[] pixels(BufferedImage img) {
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    @Test
    void sameSeedGivesSameImagesAndOtherSeedDoesNot() {
        for (Degradation d : new Degradation[]{Degradation.LIGHT, Degradation.HEAVY}) {
            ScanOptions o = new ScanOptions(7, 100, d, null, PageSize.A4_PORTRAIT);
            RenderedDocument a = new ScanGenerator(o).render("doc", SHORT);
            RenderedDocument b = new ScanGenerator(o).render("doc", SHORT);
            assertArrayEquals(pixels(a.pages().get(0).image()), pixels(b.pages().get(0).image()), d.name());
            assertEquals(a.pages().get(0).words(), b.pages().get(0).words());
            RenderedDocument c = new ScanGenerator(o.withSeed(8)).render("doc", SHORT);
            assertFalse(Arrays.equals(pixels(a.pages().get(0).image()), pixels(c.pages().get(0).image())));
        }
    }

    @Test
    void imageIsA4GrayscaleAtTheRequestedDpi() {
        RenderedPage p = new ScanGenerator(new ScanOptions(1, 100, Degradation.CLEAN, null, null))
                .render("x", SHORT).pages().get(0);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, p.image().getType());
        assertEquals(827, p.image().getWidth());
        assertEquals(1169, p.image().getHeight());
        assertEquals(100, ScanWriter.dpiOf(p));
    }

    @Test
    void boxesLieInsideTheImageAndOverInk() {
        for (Degradation d : Degradation.values()) {
            RenderedDocument doc = new ScanGenerator(new ScanOptions(3, 150, d, null, null)).render("boxes", SHORT);
            RenderedPage page = doc.pages().get(0);
            BufferedImage img = page.image();
            byte[] px = pixels(img);
            int w = img.getWidth(), h = img.getHeight();
            // share of ink pixels (much darker than the paper, i.e. the page median) in boxes vs on the page
            int[] hist = new int[256];
            for (byte b : px) hist[b & 0xff]++;
            int median = 0;
            for (int acc = 0; acc < px.length / 2; median++) acc += hist[median];
            double pageMean = 0;
            int inkLevel = median - 45;
            for (byte b : px) if ((b & 0xff) < inkLevel) pageMean++;
            pageMean /= px.length;
            assertFalse(page.words().isEmpty());
            int dense = 0;
            for (WordBox b : page.words()) {
                assertTrue(b.x() >= 0 && b.y() >= 0 && b.w() > 0 && b.h() > 0, b.toString());
                assertTrue(b.x() + b.w() <= w && b.y() + b.h() <= h, b.toString());
                double mean = 0;
                for (int y = b.y(); y < b.y() + b.h(); y++)
                    for (int x = b.x(); x < b.x() + b.w(); x++) if ((px[y * w + x] & 0xff) < inkLevel) mean++;
                mean /= (double) b.w() * b.h();
                if (mean > 5.0 * pageMean) dense++;
            }
            assertTrue(dense >= 0.9 * page.words().size(),
                    d + ": only " + dense + " of " + page.words().size() + " boxes are over ink");
            WordBox first = page.words().get(0);
            assertTrue(first.h() < 80, "boxes should be one line high: " + first);
        }
    }

    @Test
    void wordBoxesFollowThePrintedTextAndKeepEveryLetter() {
        RenderedDocument doc = new ScanGenerator(new ScanOptions(5, 100, Degradation.MEDIUM, null, null))
                .render("long", longText());
        assertTrue(doc.pages().size() >= 2, "long text should paginate, got " + doc.pages().size());
        StringBuilder printed = new StringBuilder();
        for (RenderedPage p : doc.pages()) {
            List<String> tokens = Arrays.stream(p.text().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            assertEquals(tokens, p.words().stream().map(WordBox::text).toList());
            printed.append(p.text()).append('\n');
        }
        assertEquals(letters(Layout.normalize(longText())), letters(printed.toString()));
        String all = printed.toString();
        assertTrue(all.contains("-\n"), "some long words should be hyphenated at line ends");
        assertTrue(all.contains("Байтұрсынұлы"), "Kazakh letters must survive");
        for (RenderedPage p : doc.pages()) assertFalse(p.text().startsWith("\n"));
    }

    @Test
    void hyphenationFollowsSyllables() {
        Font f = TypewriterFonts.load(TypewriterFonts.installed().values().iterator().next()).deriveFont(20f);
        Layout l = new Layout(f, new java.awt.font.FontRenderContext(null, true, true), 1000,
                new SplittableRandom(1), 1.0);
        String[] s = l.hyphenate("объективно", l.width("объ-") + 0.5f);
        assertArrayEquals(new String[]{"объ-", "ективно"}, s);
        assertNull(l.hyphenate("объективно", l.width("об-")), "never split before ъ");
        assertArrayEquals(new String[]{"қуғын-", "сүргін"}, l.hyphenate("қуғын-сүргін", 10_000));
        String[] t = l.hyphenate("тоталитаризма", l.width("тоталитари-") + 0.5f);
        assertEquals("тоталита-", t[0]);
    }

    static String letters(String s) {
        return s.codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void chosenFontDisplaysKazakhAndPreReformLetters() {
        String text = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ ѣ Ѣ і ъ";
        for (int seed = 0; seed < 6; seed++) {
            Path p = TypewriterFonts.choose(null, text, new SplittableRandom(seed));
            assertEquals(-1, TypewriterFonts.load(p).canDisplayUpTo(text.replace(" ", "")), p.toString());
        }
        for (String key : TypewriterFonts.installed().keySet()) {
            assertNotNull(TypewriterFonts.choose(key, text, new SplittableRandom(0)));
        }
        assertThrows(IllegalArgumentException.class, () -> TypewriterFonts.choose("no-such-font", text, new SplittableRandom(0)));
    }

    @Test
    void headingsAreCentredAndParagraphsKept() {
        RenderedDocument doc = new ScanGenerator(new ScanOptions(2, 100, Degradation.CLEAN, "freemono", null))
                .render("h", SHORT);
        RenderedPage p = doc.pages().get(0);
        String[] lines = p.text().split("\n", -1);
        assertEquals("ПРОТОКОЛ ДОПРОСА", lines[0]);
        assertEquals("", lines[1], "blank line between paragraphs is kept");
        WordBox heading = p.words().get(0);
        WordBox body = p.words().get(2);
        assertTrue(heading.x() > body.x() + 100, "heading should be centred: " + heading + " vs " + body);
        assertEquals(p.text(), doc.text());
        assertEquals(lines.length, p.text().chars().filter(c -> c == '\n').count() + 1);
        assertTrue(Arrays.stream(lines).map(String::length).max(Integer::compare).orElse(0) <= 70,
                "lines wrap at about 65 typewriter characters: " + Arrays.stream(lines).collect(Collectors.joining("|")));
    }
}
