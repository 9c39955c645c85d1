package kz.muragat.scangen;

import java.util.Map;

/**
 * Kazakh Cyrillic → Jaŋalif, the Latin alphabet Kazakh was written in from 1929 to 1940 (the
 * 1929–1938 letter set), so the generator can render Kazakh texts as the archive holds them from
 * those years. Letter values follow the published tables named in {@code analysis/README.md}
 * (Jaŋalif section): ә ə, б ʙ (capital B), ғ ƣ, ж ƶ, й j, қ q, ң ŋ (printed ꞑ; no installed
 * typewriter font has ꞑ), ө ɵ, ұ and у u, ү y, ч c, ш ş, ы ƅ (printed ь), і i, и ij, я ja, ю ju.
 * Letters the alphabet had no place for are spelled out (ц ts, щ şş, ё jo, э e) or dropped (ъ, ь).
 */
public final class Janalif {
    private static final Map<Character, String> LOWER = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "ə"), Map.entry('б', "ʙ"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "ƣ"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "jo"), Map.entry('ж', "ƶ"),
            Map.entry('з', "z"), Map.entry('и', "ij"), Map.entry('й', "j"), Map.entry('к', "k"), Map.entry('қ', "q"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "ŋ"), Map.entry('о', "o"),
            Map.entry('ө', "ɵ"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ұ', "u"), Map.entry('ү', "y"), Map.entry('ф', "f"), Map.entry('х', "x"),
            Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "c"), Map.entry('ш', "ş"), Map.entry('щ', "şş"),
            Map.entry('ъ', ""), Map.entry('ы', "ƅ"), Map.entry('і', "i"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "ju"), Map.entry('я', "ja"));

    private static final String KAZAKH_ONLY = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private Janalif() {
    }

    /**
     * Whether a text is Kazakh rather than Russian: at least 2% of its Cyrillic letters are letters
     * only Kazakh has.
     */
    public static boolean isKazakh(String text) {
        int cyr = 0, kk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC && Character.isLetter(c)) {
                cyr++;
                if (KAZAKH_ONLY.indexOf(c) >= 0) kk++;
            }
        }
        return cyr > 0 && kk * 50 >= cyr;
    }

    /** The text with every Cyrillic letter written in Jaŋalif; everything else as it was. */
    public static String fromCyrillic(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = LOWER.get(lower);
            if (latin == null) {
                out.append(c);
            } else if (c == lower || latin.isEmpty()) {
                out.append(latin);
            } else {
                // a capital: the whole digraph in capitals inside an all-capital word, else only its first letter
                boolean allCaps = isUpperNeighbour(text, i - 1) || isUpperNeighbour(text, i + 1);
                String cap = lower == 'б' ? "B" : lower == 'ы' ? "Ƅ" : latin.toUpperCase(java.util.Locale.ROOT);
                out.append(allCaps || cap.length() == 1 ? cap : cap.charAt(0) + latin.substring(1));
            }
        }
        return out.toString();
    }

    private static boolean isUpperNeighbour(String text, int i) {
        return i >= 0 && i < text.length() && Character.isUpperCase(text.charAt(i));
    }
}
