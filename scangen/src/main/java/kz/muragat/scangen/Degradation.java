package kz.muragat.scangen;

import java.util.Locale;

/** How badly a page is degraded. Every level is deterministic for a given seed. */
public enum Degradation {
    /** Off-white paper, crisp even ink, no skew, no noise. */
    CLEAN,
    /** Slight skew (up to ±0.3°), faint noise and bleed-through, mild ink variation. */
    LIGHT,
    /** Skew up to ±1°, visible noise, faded and filled-in letters, bleed-through. */
    MEDIUM,
    /** Skew up to ±2°, strong noise, blur, stains, stamps, many faded letters. */
    HEAVY;

    public static Degradation parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown degradation '" + s + "' (expected clean, light, medium or heavy)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
