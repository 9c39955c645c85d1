package kz.muragat.scangen;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code muragat generate}: renders every {@code *.txt} of a folder into a scan file named after it,
 * with the ground truth in a hidden folder.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {
                "Renders every *.txt in TEXTS_DIR into a typewritten, degraded archive scan in OUT_DIR "
                        + "(one output file per text, named after it: rec001.txt -> rec001.png/.jpg/.tif/.pdf/.docx).",
                "Ground truth (text as printed and word boxes) is written as JSON to --truth-dir "
                        + "(default OUT_DIR/.truth, hidden so the indexer skips it).",
                "The output is deterministic: the same texts and options give the same files."})
public final class GenerateCommand implements Callable<Integer> {
    /** Output formats in the order --formats mix cycles through them. */
    public static final List<String> FORMATS = List.of("png", "jpeg", "tiff", "pdf-image", "pdf-text", "docx");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXTS_DIR", description = "Folder with the source *.txt files (UTF-8).")
    Path textsDir;

    @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Folder to write the scans to (created if missing).")
    Path outDir;

    @Option(names = "--formats", paramLabel = "FORMATS", defaultValue = "mix",
            description = "mix, or one or more (comma-separated) of png, jpeg, tiff, pdf-image, pdf-text, docx; "
                    + "with several, each file gets one chosen from its name and the seed. Default: ${DEFAULT-VALUE}.")
    String formats;

    @Option(names = "--degradation", paramLabel = "LEVELS", defaultValue = "mix",
            description = "mix, or one or more (comma-separated) of clean, light, medium, heavy; chosen per file "
                    + "like --formats. Default: ${DEFAULT-VALUE}.")
    String degradation;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--dpi", defaultValue = "200", description = "Scan resolution, 50..1200. Default: ${DEFAULT-VALUE}.")
    int dpi;

    @Option(names = "--font", paramLabel = "FONT",
            description = "freemono, cmu-typewriter, nimbus-mono or a TTF/OTF path. Default: random per file.")
    String font;

    @Option(names = "--jpeg-quality", defaultValue = "0.8", description = "JPEG quality 0..1. Default: ${DEFAULT-VALUE}.")
    float jpegQuality;

    @Option(names = "--truth-dir", paramLabel = "DIR", description = "Where the ground-truth JSON goes. Default: OUT_DIR/.truth")
    Path truthDir;

    @Option(names = "--plan", paramLabel = "CSV",
            description = "CSV with lines 'name,format,degradation' (name without .txt; '#' comments) that fixes "
                    + "the format and/or level of the listed files; an empty field falls back to --formats/--degradation.")
    Path plan;

    @Option(names = "--script", paramLabel = "SCRIPT", defaultValue = "cyrillic",
            description = "cyrillic, or janalif: Kazakh texts are rendered in Jaŋalif, the Latin alphabet Kazakh was "
                    + "written in from 1929 to 1940 (ground truth in the same letters); Russian texts stay Cyrillic. "
                    + "Default: ${DEFAULT-VALUE}.")
    String script;

    @Option(names = "--corrupt", paramLabel = "NAME", split = ",",
            description = "Text names (without .txt) whose output is deliberately corrupted: the file is written, "
                    + "then truncated to its first 40%% of bytes. No ground truth is written for them.")
    List<String> corrupt = new ArrayList<>();

    public static void main(String[] args) {
        // POI logs through log4j-api; without a provider it prints a warning on every run
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> formatChoices = parseList(formats, FORMATS, "--formats");
        List<String> levelChoices = parseList(degradation,
                Stream.of(Degradation.values()).map(Degradation::label).toList(), "--degradation");
        if (jpegQuality <= 0 || jpegQuality > 1) fail("--jpeg-quality must be in (0, 1], got " + jpegQuality);
        if (dpi < 50 || dpi > 1200) fail("--dpi must be between 50 and 1200, got " + dpi);
        boolean janalif = switch (script.strip().toLowerCase(Locale.ROOT)) {
            case "cyrillic" -> false;
            case "janalif", "jaŋalif" -> true;
            default -> {
                fail("--script: unknown value '" + script + "', expected cyrillic or janalif");
                yield false;
            }
        };
        if (!Files.isDirectory(textsDir)) fail("TEXTS_DIR " + textsDir + " is not a directory");
        List<Path> texts;
        try (Stream<Path> s = Files.list(textsDir)) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        if (texts.isEmpty()) fail("no *.txt files in " + textsDir);
        Map<String, String[]> planned = plan == null ? Map.of() : readPlan(plan);
        Set<String> names = new LinkedHashSet<>();
        for (Path t : texts) names.add(baseName(t));
        for (String n : planned.keySet()) if (!names.contains(n)) fail("--plan names '" + n + "' but there is no " + n + ".txt");
        for (String n : corrupt) if (!names.contains(n)) fail("--corrupt names '" + n + "' but there is no " + n + ".txt");
        Path truth = truthDir != null ? truthDir : outDir.resolve(".truth");
        Files.createDirectories(outDir);

        for (Path t : texts) {
            String name = baseName(t);
            String text = read(t);
            boolean inJanalif = janalif && Janalif.isKazakh(text);
            if (inJanalif) text = Janalif.fromCyrillic(text);
            String[] pl = planned.getOrDefault(name, new String[]{"", ""});
            String format = !pl[0].isEmpty() ? pl[0] : pick(formatChoices, name, seed, 1);
            Degradation level = Degradation.parse(!pl[1].isEmpty() ? pl[1] : pick(levelChoices, name, seed, 2));
            // born-digital formats carry no scan damage: lay them out from a clean render
            boolean digital = format.equals("pdf-text") || format.equals("docx");
            ScanOptions opts = new ScanOptions(seed, dpi, digital ? Degradation.CLEAN : level, font, PageSize.A4_PORTRAIT);
            RenderedDocument doc = new ScanGenerator(opts).render(name, text);
            Path file = outDir.resolve(name + extension(format));
            switch (format) {
                case "png" -> ScanWriter.writePng(doc.pages().get(0), file);
                case "jpeg" -> ScanWriter.writeJpeg(doc.pages().get(0), file, jpegQuality);
                case "tiff" -> ScanWriter.writeTiff(doc.pages(), file);
                case "pdf-image" -> ScanWriter.writeImagePdf(doc, file);
                case "pdf-text" -> ScanWriter.writeTextPdf(doc, file);
                case "docx" -> ScanWriter.writeDocx(firstLine(text), text, file);
                default -> throw new IllegalStateException(format);
            }
            boolean single = format.equals("png") || format.equals("jpeg");
            RenderedDocument truthDoc = single ? new RenderedDocument(name, doc.pages().subList(0, 1)) : doc;
            if (format.equals("docx")) {
                // Word paginates by itself: the truth is the whole text as one page without boxes
                truthDoc = new RenderedDocument(name, List.of(new RenderedPage(null, Layout.normalize(text), List.of())));
            }
            String note = "";
            if (single && doc.pages().size() > 1) {
                note = ", first of " + doc.pages().size() + " pages (single-image format)";
            }
            if (corrupt.contains(name)) {
                long size = Files.size(file);
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file, java.util.Arrays.copyOf(bytes, (int) (size * 0.4)));
                out.printf(Locale.ROOT, "%s  %s, %s, CORRUPT (truncated to %d of %d bytes)%n", file, format, level.label(),
                        (int) (size * 0.4), size);
                continue;
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("file", file.getFileName().toString());
            extra.put("format", format);
            extra.put("degradation", digital ? "none" : level.label());
            extra.put("seed", seed);
            extra.put("dpi", dpi);
            if (janalif) extra.put("script", inJanalif ? "janalif" : "cyrillic");
            ScanWriter.writeGroundTruth(truthDoc, truth.resolve(name + ".json"), extra);
            out.printf(Locale.ROOT, "%s  %s, %s, %d page%s%s%n", file, format,
                    extra.get("degradation"), truthDoc.pages().size(), truthDoc.pages().size() == 1 ? "" : "s", note);
        }
        out.flush();
        return 0;
    }

    private void fail(String message) {
        throw new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private List<String> parseList(String value, List<String> allowed, String option) {
        if (value == null || value.isBlank()) fail(option + " is empty");
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("mix")) return allowed;
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            String x = s.trim();
            if (x.equals("pdf")) x = "pdf-image";
            if (x.equals("jpg")) x = "jpeg";
            if (x.equals("tif")) x = "tiff";
            if (!allowed.contains(x)) fail(option + ": unknown value '" + s.trim() + "', expected mix or " + String.join(", ", allowed));
            out.add(x);
        }
        return out;
    }

    /** Deterministic choice from the file name and the seed (stable when other files are added). */
    static String pick(List<String> choices, String name, long seed, int salt) {
        if (choices.size() == 1) return choices.get(0);
        long h = ScanGenerator.mix(seed * 31 + salt, name);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return choices.get((int) Math.floorMod(h, (long) choices.size()));
    }

    private Map<String, String[]> readPlan(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) fail("--plan file " + csv + " not found");
        Map<String, String[]> m = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("name,")) continue;
            String[] f = l.split(",", -1);
            if (f.length < 2 || f.length > 3) fail(csv + ":" + n + ": expected name,format,degradation");
            String format = f[1].trim().isEmpty() ? "" : parseList(f[1].trim(), FORMATS, csv + ":" + n).get(0);
            String level = f.length < 3 || f[2].trim().isEmpty() ? "" : f[2].trim().toLowerCase(Locale.ROOT);
            if (!level.isEmpty()) {
                try {
                    Degradation.parse(level);
                } catch (IllegalArgumentException e) {
                    fail(csv + ":" + n + ": " + e.getMessage());
                }
            }
            m.put(f[0].trim(), new String[]{format, level});
        }
        return m;
    }

    private String read(Path t) throws IOException {
        byte[] bytes = Files.readAllBytes(t);
        String text = null;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            fail(t + " is not valid UTF-8");
        }
        if (text.isBlank()) fail(t + " is empty");
        return text;
    }

    static String baseName(Path p) {
        String f = p.getFileName().toString();
        return f.substring(0, f.length() - ".txt".length());
    }

    static String extension(String format) {
        return switch (format) {
            case "png" -> ".png";
            case "jpeg" -> ".jpg";
            case "tiff" -> ".tif";
            case "pdf-image", "pdf-text" -> ".pdf";
            case "docx" -> ".docx";
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static String firstLine(String text) {
        String t = Layout.normalize(text);
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
}
