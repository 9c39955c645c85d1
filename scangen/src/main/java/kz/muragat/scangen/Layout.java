package kz.muragat.scangen;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Typewriter page layout: word wrap within the margins, occasional line-end hyphenation,
 * paragraph indentation, centred all-caps headings and pagination. Units are page-image pixels.
 */
final class Layout {
    /** Typewriter pica: 12 pt, 10 characters per inch. */
    static final float FONT_PT = 12f;
    /** "Полуторный интервал". */
    static final float LINE_SPACING = 1.5f;
    static final double LEFT_MM = 30, RIGHT_MM = 15, TOP_MM = 20, BOTTOM_MM = 22;
    /** Paragraph indent ("красная строка") in spaces. */
    static final int PARAGRAPH_INDENT = 4;
    static final String VOWELS = "аеёиоуыэюяәөұүіѣАЕЁИОУЫЭЮЯӘӨҰҮІѢaeiouyAEIOUY";

    record Piece(String text, float x) {
    }

    record Line(List<Piece> pieces) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(p.text());
            }
            return sb.toString();
        }

        boolean blank() {
            return pieces.isEmpty();
        }
    }

    private final Font font;
    private final FontRenderContext frc;
    private final float maxWidth;
    private final Map<Character, Float> advances = new HashMap<>();
    private final SplittableRandom rnd;
    private final double hyphenationProbability;

    Layout(Font font, FontRenderContext frc, float maxWidth, SplittableRandom rnd, double hyphenationProbability) {
        this.font = font;
        this.frc = frc;
        this.maxWidth = maxWidth;
        this.rnd = rnd;
        this.hyphenationProbability = hyphenationProbability;
    }

    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        t = t.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").replace('\u00A0', ' ');
        if (t.startsWith("\uFEFF")) t = t.substring(1);
        return t.strip();
    }

    float advance(char c) {
        return advances.computeIfAbsent(c, ch -> (float) font.createGlyphVector(frc, String.valueOf(ch))
                .getGlyphMetrics(0).getAdvanceX());
    }

    float width(String s) {
        float w = 0;
        for (int i = 0; i < s.length(); i++) w += advance(s.charAt(i));
        return w;
    }

    /** Lays out the normalized text into lines (blank lines separate paragraphs as in the source). */
    List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        float space = advance(' ');
        for (String raw : text.split("\n", -1)) {
            String stripped = raw.stripTrailing();
            String content = stripped.strip();
            if (content.isEmpty()) {
                out.add(new Line(List.of()));
                continue;
            }
            int lead = stripped.length() - stripped.stripLeading().length();
            String[] tokens = content.split("\\s+");
            boolean heading = lead == 0 && isHeading(content) && width(String.join(" ", tokens)) <= maxWidth;
            float contIndent = Math.min(lead, 40) * space;
            float firstIndent = contIndent;
            if (lead == 0 && !heading && width(String.join(" ", tokens)) > maxWidth) {
                firstIndent = PARAGRAPH_INDENT * space;
            }
            List<Line> para = new ArrayList<>();
            List<Piece> cur = new ArrayList<>();
            float x = firstIndent;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\s*)(\\S+)").matcher(content);
            while (m.find()) {
                String tok = m.group(2);
                int gap = m.group(1).length();
                // a run of 3+ spaces inside a line is a typed tab: signature columns stay apart
                if (gap >= 3 && !cur.isEmpty() && x + gap * space + width(tok) <= maxWidth) {
                    cur.add(new Piece(tok, x + gap * space));
                    x += gap * space + width(tok);
                    continue;
                }
                while (tok != null) {
                    float w = width(tok);
                    if (cur.isEmpty()) {
                        if (x + w <= maxWidth) {
                            cur.add(new Piece(tok, x));
                            x += w;
                            tok = null;
                        } else {
                            // longer than a whole line: break it hard
                            int n = fitChars(tok, maxWidth - x);
                            cur.add(new Piece(tok.substring(0, n), x));
                            para.add(new Line(cur));
                            cur = new ArrayList<>();
                            x = contIndent;
                            tok = tok.substring(n);
                        }
                    } else if (x + space + w <= maxWidth) {
                        cur.add(new Piece(tok, x + space));
                        x += space + w;
                        tok = null;
                    } else {
                        String[] split = hyphenate(tok, maxWidth - x - space);
                        if (split != null) {
                            cur.add(new Piece(split[0], x + space));
                            tok = split[1];
                        }
                        para.add(new Line(cur));
                        cur = new ArrayList<>();
                        x = contIndent;
                    }
                }
            }
            if (!cur.isEmpty()) para.add(new Line(cur));
            if (heading && para.size() == 1) {
                Line l = para.get(0);
                float shift = (maxWidth - width(l.text())) / 2f;
                List<Piece> shifted = new ArrayList<>();
                for (Piece p : l.pieces()) shifted.add(new Piece(p.text(), p.x() + shift));
                para.set(0, new Line(shifted));
            }
            out.addAll(para);
        }
        return out;
    }

    private int fitChars(String tok, float avail) {
        float w = 0;
        for (int i = 0; i < tok.length(); i++) {
            w += advance(tok.charAt(i));
            if (w > avail) return Math.max(1, i);
        }
        return tok.length();
    }

    private static boolean isHeading(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) return false;
            }
        }
        return letters >= 3;
    }

    /**
     * Splits a token at a plausible syllable boundary so that the first part plus a hyphen fits
     * into {@code avail}; returns null when the word should move to the next line whole.
     */
    String[] hyphenate(String tok, float avail) {
        if (avail <= 0) return null;
        // words already containing a hyphen break after it (қуғын-|сүргін)
        int dash = tok.lastIndexOf('-');
        while (dash >= 2 && dash < tok.length() - 2) {
            String prefix = tok.substring(0, dash + 1);
            if (width(prefix) <= avail) return new String[]{prefix, tok.substring(dash + 1)};
            dash = tok.lastIndexOf('-', dash - 1);
        }
        int letters = 0;
        for (int i = 0; i < tok.length(); i++) if (Character.isLetter(tok.charAt(i))) letters++;
        if (letters < 7 || !Character.isLetter(tok.charAt(0))) return null;
        if (rnd.nextDouble() >= hyphenationProbability) return null;
        int end = tok.length();
        while (end > 0 && !Character.isLetter(tok.charAt(end - 1))) end--;
        for (int i = end - 3; i >= 3; i--) {
            String prefix = tok.substring(0, i);
            String suffix = tok.substring(i, end);
            if (!allLetters(prefix) || !allLetters(suffix)) continue;
            if (!hasVowel(prefix) || !hasVowel(suffix)) continue;
            char a = tok.charAt(i - 1), b = tok.charAt(i);
            if ("ьъйЬЪЙ".indexOf(b) >= 0) continue;
            // never "consonant-|vowel" (об-ъект, but объ-ект and ре-абилитация are fine)
            boolean ok = isVowel(a) || "ьъйЬЪЙ".indexOf(a) >= 0 || !isVowel(b);
            // a consonant cluster is split inside, not pushed whole to the next line (тоталита-ризма, not -зма)
            if (isVowel(a) && !isVowel(b) && suffix.length() > 1 && !isVowel(suffix.charAt(1))
                    && "ьъйЬЪЙ".indexOf(suffix.charAt(1)) < 0) ok = false;
            if (!ok) continue;
            if (width(prefix + "-") <= avail) return new String[]{prefix + "-", tok.substring(i)};
        }
        return null;
    }

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return false;
        return true;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) if (isVowel(s.charAt(i))) return true;
        return false;
    }

    /** Splits lines into pages; blank lines at the top of a page and at the end of a page are dropped. */
    static List<List<Line>> paginate(List<Line> lines, int linesPerPage) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> cur = new ArrayList<>();
        for (Line l : lines) {
            if (cur.isEmpty() && l.blank()) continue;
            cur.add(l);
            if (cur.size() == linesPerPage) {
                pages.add(trimEnd(cur));
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) pages.add(trimEnd(cur));
        if (pages.isEmpty()) pages.add(List.of());
        return pages;
    }

    private static List<Line> trimEnd(List<Line> l) {
        int n = l.size();
        while (n > 0 && l.get(n - 1).blank()) n--;
        return new ArrayList<>(l.subList(0, n));
    }
}
