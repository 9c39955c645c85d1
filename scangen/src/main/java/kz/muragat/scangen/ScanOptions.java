package kz.muragat.scangen;

/**
 * Options of a {@link ScanGenerator}.
 *
 * @param seed        seed of every random choice; equal options and text give identical pages
 * @param dpi         resolution of the page images (default 200)
 * @param degradation degradation level (default {@link Degradation#LIGHT})
 * @param font        a font key of {@link TypewriterFonts} ({@code freemono}, {@code cmu-typewriter},
 *                    {@code nimbus-mono}), a path to a TTF/OTF file, or {@code null} for a random
 *                    typewriter font chosen from the seed
 * @param pageSize    paper size (default A4 portrait)
 */
public record ScanOptions(long seed, int dpi, Degradation degradation, String font, PageSize pageSize) {
    public static final int DEFAULT_DPI = 200;

    public ScanOptions {
        if (dpi == 0) dpi = DEFAULT_DPI;
        if (dpi < 50 || dpi > 1200) throw new IllegalArgumentException("dpi must be between 50 and 1200, got " + dpi);
        if (degradation == null) degradation = Degradation.LIGHT;
        if (pageSize == null) pageSize = PageSize.A4_PORTRAIT;
    }

    /** 200 dpi, random typewriter font, A4 portrait. */
    public ScanOptions(long seed, Degradation degradation) {
        this(seed, DEFAULT_DPI, degradation, null, PageSize.A4_PORTRAIT);
    }

    public ScanOptions withDegradation(Degradation d) { return new ScanOptions(seed, dpi, d, font, pageSize); }
    public ScanOptions withDpi(int d) { return new ScanOptions(seed, d, degradation, font, pageSize); }
    public ScanOptions withSeed(long s) { return new ScanOptions(s, dpi, degradation, font, pageSize); }
    public ScanOptions withFont(String f) { return new ScanOptions(seed, dpi, degradation, f, pageSize); }
}
