package kz.muragat.scangen;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Typewriter-like monospaced fonts loaded from the Debian font packages installed on the machine.
 * Fonts are loaded from files (never from the JVM's logical fonts) so the rendering is the same on
 * every machine that has the packages.
 */
public final class TypewriterFonts {
    /** Letters every document font must display: Russian, Kazakh and pre-1918 Russian orthography. */
    public static final String REQUIRED_LETTERS =
            "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
            + "ӘҒҚҢӨҰҮҺІәғқңөұүһі" + "ѣѢіІ" + "0123456789.,;:!?()«»\"'-–—№/%";

    /** A font the generator knows about: key, file, Debian package. */
    public record Known(String key, Path file, String debianPackage) {
    }

    public static final List<Known> KNOWN = List.of(
            new Known("freemono", Path.of("/usr/share/fonts/truetype/freefont/FreeMono.ttf"), "fonts-freefont-ttf"),
            new Known("cmu-typewriter", Path.of("/usr/share/fonts/truetype/cmu/cmuntt.ttf"), "fonts-cmu"),
            new Known("nimbus-mono", Path.of("/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf"), "fonts-urw-base35"),
            new Known("nimbus-mono", Path.of("/usr/share/fonts/truetype/freefont/NimbusMonoPS-Regular.otf"), "fonts-urw-base35"));

    /** Fallback for characters no typewriter font has (serif, still broad Unicode coverage). */
    public static final Known FALLBACK =
            new Known("freeserif", Path.of("/usr/share/fonts/truetype/freefont/FreeSerif.ttf"), "fonts-freefont-ttf");

    private static final Map<Path, Font> CACHE = new ConcurrentHashMap<>();

    private TypewriterFonts() {
    }

    /** Loads a font file (cached), size 1pt; derive the size you need. */
    public static Font load(Path file) {
        return CACHE.computeIfAbsent(file, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, f.toFile());
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load font " + f + ": " + e.getMessage(), e);
            }
        });
    }

    /** Installed typewriter fonts by key, in preference order (first file found per key). */
    public static Map<String, Path> installed() {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Known k : KNOWN) {
            if (!out.containsKey(k.key()) && Files.isRegularFile(k.file())) out.put(k.key(), k.file());
        }
        return out;
    }

    /**
     * Chooses the font file for a document.
     *
     * @param choice a key, a file path or null (random typewriter font from {@code rnd})
     * @param text   the document text; the font must display every character of it
     */
    public static Path choose(String choice, String text, SplittableRandom rnd) {
        String needed = distinctPrintable(text + REQUIRED_LETTERS.substring(0, 66));
        Map<String, Path> installed = installed();
        List<Path> candidates = new ArrayList<>();
        if (choice != null && !choice.isBlank()) {
            Path p = installed.get(choice.toLowerCase(Locale.ROOT));
            if (p == null) {
                p = Path.of(choice);
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("unknown font '" + choice + "': expected one of "
                            + installed.keySet() + " or a path to a TTF/OTF file");
                }
            }
            candidates.add(p);
        }
        List<Path> pool = new ArrayList<>(installed.values());
        if (choice == null || choice.isBlank()) {
            if (!pool.isEmpty()) {
                Path first = pool.remove(rnd.nextInt(pool.size()));
                candidates.add(first);
            }
        }
        candidates.addAll(pool);
        if (Files.isRegularFile(FALLBACK.file())) candidates.add(FALLBACK.file());
        if (candidates.isEmpty()) {
            throw new IllegalStateException(noFontMessage());
        }
        String firstProblem = null;
        for (Path p : candidates) {
            Font f = load(p);
            int bad = f.canDisplayUpTo(needed);
            if (bad < 0) {
                if (firstProblem != null) System.err.println("scangen: " + firstProblem + "; using " + p);
                return p;
            }
            if (firstProblem == null) {
                firstProblem = "font " + p + " cannot display '" + needed.charAt(bad) + "' (U+"
                        + String.format(Locale.ROOT, "%04X", (int) needed.charAt(bad)) + ")";
            }
        }
        throw new IllegalStateException(firstProblem + ", and no other installed font can either. " + noFontMessage());
    }

    private static String noFontMessage() {
        return "No usable typewriter font found. Install the Debian packages fonts-freefont-ttf, fonts-cmu "
                + "and fonts-urw-base35 (apt-get install fonts-freefont-ttf fonts-cmu fonts-urw-base35); looked for "
                + KNOWN.stream().map(k -> k.file().toString()).toList();
    }

    private static String distinctPrintable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)).distinct()
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
