package kz.muragat.scangen;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The committed samples/ must be what the documented command produces (samples/README.md). */
class SamplesTest {
    static final Path SAMPLES = Path.of(System.getProperty("user.dir")).resolveSibling("samples");

    @TempDir
    Path dir;

    @Test
    void committedSamplesMatchTheRegenerationCommand() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES.resolve(".source")), "samples/ not next to the module");
        Path out = dir.resolve("samples");
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        // the command documented in samples/README.md
        int code = cl.execute(SAMPLES.resolve(".source").toString(), out.toString(),
                "--plan", SAMPLES.resolve(".source/plan.csv").toString(),
                "--seed", "42", "--dpi", "200", "--corrupt", "corrupt-scan");
        assertEquals(0, code, err.toString());
        assertEquals(list(SAMPLES, true), list(out, false), "same scan files");
        for (String truth : list(SAMPLES.resolve(".truth"), false)) {
            // word boxes come from glyph outlines, so the truth is identical wherever the fonts are the same
            assertEquals(Files.readString(SAMPLES.resolve(".truth").resolve(truth)),
                    Files.readString(out.resolve(".truth").resolve(truth)), truth);
        }
        // every format and a multi-page TIFF and image PDF are covered
        String truthAll = String.join("\n", list(out.resolve(".truth"), false));
        assertEquals(13, list(out, false).size());
        assertTrue(truthAll.contains("rec-01-protocol.json"));
        long pngs = list(out, false).stream().filter(f -> f.endsWith(".png")).count();
        assertTrue(pngs >= 2);
    }

    private static List<String> list(Path d, boolean onlyScans) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !onlyScans || !(n.startsWith(".") || n.endsWith(".md") || n.endsWith(".csv")))
                    .sorted().toList();
        }
    }
}
