package kz.muragat.scangen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class GenerateCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path texts() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("a1.txt"), "СПРАВКА\n\nЖумабаев Касым реабилитирован посмертно. Ақталды.");
        Files.writeString(src.resolve("b2.txt"), "Хат. Қуғын-сүргін құрбандары ұмытылмайды.");
        Files.writeString(src.resolve("c3.txt"), "Выписка из протокола тройки НКВД. Ф. 1, оп. 2, д. 345, л. 12.");
        Files.writeString(src.resolve("notes.md"), "not a text to render");
        return src;
    }

    @Test
    void writesOneFilePerTextAndHiddenGroundTruth() throws Exception {
        Path src = texts();
        Path out = dir.resolve("out");
        Run r = run(src.toString(), out.toString(), "--formats", "png,tiff", "--degradation", "light", "--dpi", "80");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().count(), r.out());
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(4, names.size(), names.toString()); // 3 scans + .truth
            assertTrue(names.contains(".truth"));
            for (String n : List.of("a1", "b2", "c3")) {
                assertTrue(names.contains(n + ".png") || names.contains(n + ".tif"), names.toString());
            }
        }
        JsonNode truth = new ObjectMapper().readTree(out.resolve(".truth/a1.json").toFile());
        assertEquals("a1", truth.get("name").asText());
        assertTrue(truth.get("pages").get(0).get("text").asText().contains("реабилитирован"));
        assertEquals("light", truth.get("degradation").asText());
    }

    @Test
    void mixIsDeterministicAndCorruptFileDoesNotDecode() throws Exception {
        Path src = texts();
        Path truth = dir.resolve("gt");
        Run a = run(src.toString(), dir.resolve("o1").toString(), "--dpi", "60", "--seed", "5",
                "--truth-dir", truth.toString(), "--corrupt", "b2", "--formats", "png,jpeg");
        Run b = run(src.toString(), dir.resolve("o2").toString(), "--dpi", "60", "--seed", "5",
                "--truth-dir", dir.resolve("gt2").toString(), "--corrupt", "b2", "--formats", "png,jpeg");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out().replace("o1", "o2"), b.out());
        assertFalse(Files.exists(truth.resolve("b2.json")), "no truth for the corrupt file");
        assertTrue(Files.exists(truth.resolve("a1.json")));
        Path corrupt;
        try (Stream<Path> s = Files.list(dir.resolve("o1"))) {
            corrupt = s.filter(p -> p.getFileName().toString().startsWith("b2.")).findFirst().orElseThrow();
        }
        Path other = dir.resolve("o1").resolve(Files.exists(dir.resolve("o1/a1.png")) ? "a1.png" : "a1.jpg");
        assertNotNull(ImageIO.read(other.toFile()));
        assertThrows(Exception.class, () -> {
            if (ImageIO.read(corrupt.toFile()) == null) throw new IllegalStateException("no decoder");
        });
        assertArrayEquals(Files.readAllBytes(other),
                Files.readAllBytes(dir.resolve("o2").resolve(other.getFileName())));
    }

    @Test
    void badArgumentsFailWithAMessage() throws Exception {
        Path src = texts();
        Run missing = run(dir.resolve("nope").toString(), dir.resolve("o").toString());
        assertNotEquals(0, missing.code());
        assertTrue(missing.err().contains("not a directory"), missing.err());
        Run fmt = run(src.toString(), dir.resolve("o").toString(), "--formats", "bmp");
        assertNotEquals(0, fmt.code());
        assertTrue(fmt.err().contains("bmp"), fmt.err());
        Run lvl = run(src.toString(), dir.resolve("o").toString(), "--degradation", "awful");
        assertNotEquals(0, lvl.code());
        Run cor = run(src.toString(), dir.resolve("o").toString(), "--corrupt", "zz");
        assertNotEquals(0, cor.code());
        assertTrue(cor.err().contains("zz"), cor.err());
        assertNotEquals(0, run(src.toString(), dir.resolve("o").toString(), "--dpi", "5").code());
    }

    @Test
    void pickCoversEveryFormatOverManyNames() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 60; i++) seen.add(GenerateCommand.pick(GenerateCommand.FORMATS, "rec" + i, 42, 1));
        assertEquals(GenerateCommand.FORMATS.size(), seen.size());
        assertEquals(GenerateCommand.pick(GenerateCommand.FORMATS, "rec7", 42, 1),
                GenerateCommand.pick(GenerateCommand.FORMATS, "rec7", 42, 1));
    }
}
