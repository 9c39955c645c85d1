package kz.muragat.scangen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Renders archive-like text into typewritten, degraded page scans with ground truth.
 * Deterministic: the same options, name and text always give the same pixels.
 * Not thread-safe; use one instance per thread.
 */
public final class ScanGenerator {
    private final ScanOptions options;

    public ScanGenerator(ScanOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ScanOptions options() {
        return options;
    }

    /** Degradation parameters of one level. */
    private record Params(double maxSkewDeg, double paperMin, double paperMax, double paperVariation,
                          double edgeDarkening, double inkTone, double inkMean, double inkSd, double jitterEm,
                          double fadedP, double filledP, double ribbon, double bleed, double blurPx,
                          double noiseSd, double speckles, double stainP, double stampP) {
        static Params of(Degradation d) {
            return switch (d) {
                case CLEAN -> new Params(0, 244, 246, 0, 0, 22, 0.98, 0.01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
                case LIGHT -> new Params(0.3, 228, 240, 4, 5, 32, 0.92, 0.05, 0.012, 0.01, 0.003, 0.12,
                        0.05, 0.35, 0.0, 0.00004, 0, 0);
                case MEDIUM -> new Params(1.0, 212, 230, 9, 12, 42, 0.84, 0.09, 0.025, 0.03, 0.01, 0.25,
                        0.09, 0.55, 2.0, 0.00015, 0.3, 0.3);
                case HEAVY -> new Params(2.0, 190, 215, 15, 22, 52, 0.76, 0.13, 0.04, 0.06, 0.02, 0.4,
                        0.14, 0.95, 4.0, 0.0004, 1.0, 0.8);
            };
        }
    }

    /**
     * The text without what no typewriter could type: characters outside the Basic Multilingual
     * Plane and characters the widest installed typewriter font (FreeMono) cannot draw — emoji and the
     * like, found in modern web text.
     */
    static String typeable(String text) {
        Font widest = Files.isRegularFile(TypewriterFonts.FALLBACK.file()) ? TypewriterFonts.load(TypewriterFonts.FALLBACK.file()) : null;
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> cp <= 0xFFFF)
                .filter(cp -> widest == null || Character.isWhitespace(cp) || widest.canDisplay(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Lays out and renders a document.
     *
     * @param name document name (stored in the result; also mixed into the random seed so that different
     *             documents rendered with the same seed look different)
     * @param text the text; lines are paragraphs, blank lines are kept, leading spaces indent a line
     */
    public RenderedDocument render(String name, String text) {
        Objects.requireNonNull(name, "name");
        String norm = typeable(Layout.normalize(Objects.requireNonNull(text, "text")));
        int dpi = options.dpi();
        SplittableRandom docRnd = new SplittableRandom(mix(options.seed(), name));
        Path fontFile = TypewriterFonts.choose(options.font(), norm, docRnd.split());
        float px = Layout.FONT_PT * dpi / 72f;
        Font font = TypewriterFonts.load(fontFile).deriveFont(px);
        FontRenderContext frc = new FontRenderContext(null, true, true);

        int width = options.pageSize().widthPx(dpi);
        int height = options.pageSize().heightPx(dpi);
        float left = mm(Layout.LEFT_MM, dpi), right = mm(Layout.RIGHT_MM, dpi);
        float top = mm(Layout.TOP_MM, dpi), bottom = mm(Layout.BOTTOM_MM, dpi);
        float lineHeight = px * Layout.LINE_SPACING;
        int linesPerPage = Math.max(1, (int) ((height - top - bottom - px) / lineHeight) + 1);

        Layout layout = new Layout(font, frc, width - left - right, docRnd.split(), 0.75);
        List<List<Layout.Line>> pages = Layout.paginate(layout.lines(norm), linesPerPage);
        List<String> allLines = new ArrayList<>();
        for (List<Layout.Line> p : pages) for (Layout.Line l : p) allLines.add(l.text());

        Params params = Params.of(options.degradation());
        List<RenderedPage> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            SplittableRandom rnd = new SplittableRandom(docRnd.nextLong());
            PageRenderer r = new PageRenderer(width, height, dpi, font, frc, params, rnd);
            List<String> backSide = backSideLines(allLines, pages, i, rnd);
            out.add(r.render(pages.get(i), left, top, lineHeight, backSide, i == 0));
        }
        return new RenderedDocument(name, out);
    }

    private static List<String> backSideLines(List<String> all, List<List<Layout.Line>> pages, int page,
                                              SplittableRandom rnd) {
        // the "back side" shows some other text of the same file, in a shuffled order
        List<String> src = new ArrayList<>(all);
        int n = src.size();
        List<String> back = new ArrayList<>();
        if (n == 0) return back;
        int start = rnd.nextInt(n);
        for (int i = 0; i < pages.get(page).size() + 4; i++) back.add(src.get((start + i * 7) % n));
        return back;
    }

    static float mm(double mm, int dpi) {
        return (float) (mm / 25.4 * dpi);
    }

    static long mix(long seed, String name) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < name.length(); i++) h = (h ^ name.charAt(i)) * 0x100000001B3L;
        h ^= h >>> 31;
        return h;
    }

    /** Renders one page. */
    private static final class PageRenderer {
        private final int w, h, dpi;
        private final Font font;
        private final FontRenderContext frc;
        private final Params p;
        private final SplittableRandom rnd;
        private final Map<Character, GlyphVector> glyphs = new HashMap<>();
        private final Map<Character, Shape> filledShapes = new HashMap<>();

        PageRenderer(int w, int h, int dpi, Font font, FontRenderContext frc, Params p, SplittableRandom rnd) {
            this.w = w;
            this.h = h;
            this.dpi = dpi;
            this.font = font;
            this.frc = frc;
            this.p = p;
            this.rnd = rnd;
        }

        private double scale() {
            return dpi / 200.0;
        }

        RenderedPage render(List<Layout.Line> lines, float left, float top, float lineHeight,
                            List<String> backSide, boolean firstPage) {
            double base = p.paperMin() + rnd.nextDouble() * (p.paperMax() - p.paperMin());
            float[] img = paper(base);

            if (p.bleed() > 0) {
                float[] bleed = bleedThrough(backSide, left, top, lineHeight);
                double tone = p.inkTone() + 40;
                for (int i = 0; i < img.length; i++) img[i] += (float) (p.bleed() * bleed[i] * (tone - img[i]));
            }

            // typed text
            BufferedImage inkImg = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = inkImg.createGraphics();
            hints(g);
            List<String> pieceTexts = new ArrayList<>();
            List<Rectangle2D> pieceBoxes = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            float ascent = font.getLineMetrics("Ж", frc).getAscent();
            for (int li = 0; li < lines.size(); li++) {
                Layout.Line line = lines.get(li);
                if (li > 0) text.append('\n');
                text.append(line.text());
                float baseline = top + ascent + li * lineHeight;
                double lineDrift = (rnd.nextDouble() - 0.5) * p.jitterEm() * font.getSize2D();
                for (Layout.Piece piece : line.pieces()) {
                    Rectangle2D box = typeWord(g, piece.text(), left + piece.x(), (float) (baseline + lineDrift));
                    if (box != null) {
                        pieceTexts.add(piece.text());
                        pieceBoxes.add(box);
                    }
                }
            }
            g.dispose();
            float[] ink = toFloat(inkImg);
            if (p.ribbon() > 0) ribbonTexture(ink);
            double inkTone = p.inkTone();
            for (int i = 0; i < img.length; i++) img[i] += (float) (ink[i] * (inkTone - img[i]));

            if (p.stampP() > 0 && rnd.nextDouble() < (firstPage ? p.stampP() : p.stampP() / 3)) stamp(img);
            if (p.stainP() > 0 && rnd.nextDouble() < p.stainP()) {
                int n = 1 + rnd.nextInt(p.maxSkewDeg() > 1.5 ? 3 : 1);
                for (int s = 0; s < n; s++) stain(img);
            }

            double angle = 0;
            if (p.maxSkewDeg() > 0) {
                double deg = (rnd.nextDouble() * 2 - 1) * p.maxSkewDeg();
                if (Math.abs(deg) < p.maxSkewDeg() / 4) deg = Math.copySign(p.maxSkewDeg() / 4, deg == 0 ? 1 : deg);
                angle = Math.toRadians(deg);
                img = rotate(img, angle, base);
            }
            if (p.blurPx() > 0) img = blur(img, p.blurPx() * scale());
            if (p.noiseSd() > 0) {
                for (int i = 0; i < img.length; i++) img[i] += (float) (rnd.nextGaussian() * p.noiseSd());
            }
            if (p.speckles() > 0) speckles(img);

            BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] data = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < img.length; i++) {
                int v = Math.round(img[i]);
                data[i] = (byte) (v < 0 ? 0 : Math.min(v, 255));
            }

            AffineTransform rot = AffineTransform.getRotateInstance(angle, w / 2.0, h / 2.0);
            List<WordBox> words = new ArrayList<>();
            for (int i = 0; i < pieceBoxes.size(); i++) {
                Rectangle2D b = rot.createTransformedShape(pieceBoxes.get(i)).getBounds2D();
                int x0 = Math.max(0, (int) Math.floor(b.getMinX()));
                int y0 = Math.max(0, (int) Math.floor(b.getMinY()));
                int x1 = Math.min(w, (int) Math.ceil(b.getMaxX()));
                int y1 = Math.min(h, (int) Math.ceil(b.getMaxY()));
                if (x1 > x0 && y1 > y0) words.add(new WordBox(pieceTexts.get(i), x0, y0, x1 - x0, y1 - y0));
            }
            return new RenderedPage(page, text.toString(), words);
        }

        private static void hints(Graphics2D g) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        }

        private GlyphVector glyph(char c) {
            return glyphs.computeIfAbsent(c, ch -> font.createGlyphVector(frc, String.valueOf(ch)));
        }

        /** Glyph outline with its counters filled: an over-inked typewriter slug (о, е, а, б...). */
        private Shape filled(char c) {
            return filledShapes.computeIfAbsent(c, ch -> {
                Shape outline = glyph(ch).getOutline();
                Area area = new Area();
                Path2D.Double sub = null;
                double[] coords = new double[6];
                for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
                    switch (it.currentSegment(coords)) {
                        case PathIterator.SEG_MOVETO -> {
                            if (sub != null) area.add(new Area(sub));
                            sub = new Path2D.Double(Path2D.WIND_NON_ZERO);
                            sub.moveTo(coords[0], coords[1]);
                        }
                        case PathIterator.SEG_LINETO -> sub.lineTo(coords[0], coords[1]);
                        case PathIterator.SEG_QUADTO -> sub.quadTo(coords[0], coords[1], coords[2], coords[3]);
                        case PathIterator.SEG_CUBICTO -> sub.curveTo(coords[0], coords[1], coords[2], coords[3],
                                coords[4], coords[5]);
                        case PathIterator.SEG_CLOSE -> sub.closePath();
                        default -> { }
                    }
                }
                if (sub != null) area.add(new Area(sub));
                return area;
            });
        }

        /** Types one word character by character; returns the union of the glyph ink bounds. */
        private Rectangle2D typeWord(Graphics2D g, String word, float x, float baseline) {
            Rectangle2D box = null;
            double em = font.getSize2D();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                GlyphVector gv = glyph(c);
                float adv = (float) gv.getGlyphMetrics(0).getAdvanceX();
                double darkness = p.inkMean() + rnd.nextGaussian() * p.inkSd();
                if (p.fadedP() > 0 && rnd.nextDouble() < p.fadedP()) darkness = 0.25 + rnd.nextDouble() * 0.3;
                darkness = Math.max(0.15, Math.min(1.0, darkness));
                float dx = (float) ((rnd.nextDouble() - 0.5) * p.jitterEm() * em * 0.6);
                float dy = (float) ((rnd.nextDouble() - 0.5) * p.jitterEm() * em);
                float gx = x + dx, gy = baseline + dy;
                int v = (int) Math.round(darkness * 255);
                g.setColor(new Color(v, v, v));
                boolean fill = p.filledP() > 0 && "оеабдвОЕАБДВөәөҚқ".indexOf(c) >= 0 && rnd.nextDouble() < p.filledP() * 2;
                Shape outline;
                if (fill) {
                    outline = AffineTransform.getTranslateInstance(gx, gy).createTransformedShape(filled(c));
                    g.fill(outline);
                } else {
                    g.drawGlyphVector(gv, gx, gy);
                    outline = gv.getOutline(gx, gy);
                }
                Rectangle2D b = outline.getBounds2D();
                if (!b.isEmpty()) {
                    if (box == null) box = (Rectangle2D) b.clone();
                    else box.add(b);
                }
                x += adv;
            }
            return box;
        }

        private float[] toFloat(BufferedImage gray) {
            byte[] d = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) f[i] = (d[i] & 0xff) / 255f;
            return f;
        }

        /** Paper: base tone, smooth blotches, darker (yellowed) edges, faint fibres. */
        private float[] paper(double base) {
            float[] img = new float[w * h];
            float[] blotch = p.paperVariation() > 0 ? smoothNoise(14, 20) : null;
            float[] fibre = p.paperVariation() > 0 ? smoothNoise(90, 128) : null;
            for (int y = 0; y < h; y++) {
                double ey = Math.min(y, h - 1 - y) / (double) h;
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    double v = base;
                    if (blotch != null) v += p.paperVariation() * blotch[i] + p.paperVariation() * 0.3 * fibre[i];
                    if (p.edgeDarkening() > 0) {
                        double e = Math.min(ey, Math.min(x, w - 1 - x) / (double) w);
                        if (e < 0.06) v -= p.edgeDarkening() * Math.pow(1 - e / 0.06, 2);
                    }
                    img[i] = (float) v;
                }
            }
            return img;
        }

        /** Value noise in [-1, 1] on a gx × gy grid, bilinearly interpolated to the page. */
        private float[] smoothNoise(int gx, int gy) {
            double[] grid = new double[(gx + 1) * (gy + 1)];
            for (int i = 0; i < grid.length; i++) grid[i] = rnd.nextDouble() * 2 - 1;
            float[] out = new float[w * h];
            for (int y = 0; y < h; y++) {
                double fy = y * (double) gy / h;
                int y0 = (int) fy;
                double ty = fy - y0;
                ty = ty * ty * (3 - 2 * ty);
                for (int x = 0; x < w; x++) {
                    double fx = x * (double) gx / w;
                    int x0 = (int) fx;
                    double tx = fx - x0;
                    tx = tx * tx * (3 - 2 * tx);
                    double a = grid[y0 * (gx + 1) + x0], b = grid[y0 * (gx + 1) + x0 + 1];
                    double c = grid[(y0 + 1) * (gx + 1) + x0], d = grid[(y0 + 1) * (gx + 1) + x0 + 1];
                    out[y * w + x] = (float) ((a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty);
                }
            }
            return out;
        }

        /** Ink of the back side seen through the paper: mirrored, blurred, faint. */
        private float[] bleedThrough(List<String> lines, float left, float top, float lineHeight) {
            BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = bi.createGraphics();
            hints(g);
            g.setFont(font);
            g.setColor(Color.WHITE);
            float dy = (float) (rnd.nextDouble() * lineHeight);
            float dx = (float) ((rnd.nextDouble() - 0.5) * mm(10, dpi));
            float ascent = font.getLineMetrics("Ж", frc).getAscent();
            // mirrored page: the back side's left margin is on our right
            g.translate(w, 0);
            g.scale(-1, 1);
            for (int i = 0; i < lines.size(); i++) {
                float y = top + ascent + i * lineHeight + dy;
                if (y > h - mm(15, dpi)) break;
                g.drawString(lines.get(i), left + dx, y);
            }
            g.dispose();
            return blur(toFloat(bi), 1.3 * scale());
        }

        /** Typewriter ribbon: uneven ink inside strokes. */
        private void ribbonTexture(float[] ink) {
            float[] low = smoothNoise(120, 170);
            for (int i = 0; i < ink.length; i++) {
                if (ink[i] == 0) continue;
                double f = 1 - p.ribbon() * (0.5 * rnd.nextDouble() + 0.5 * (low[i] * 0.5 + 0.5));
                ink[i] *= (float) Math.max(0, f);
            }
        }

        private void stamp(float[] img) {
            BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = bi.createGraphics();
            hints(g);
            g.setColor(Color.WHITE);
            double cx = w * (0.55 + rnd.nextDouble() * 0.3), cy = h * (0.72 + rnd.nextDouble() * 0.18);
            g.rotate(Math.toRadians((rnd.nextDouble() - 0.5) * 30), cx, cy);
            float stroke = mm(0.6, dpi);
            g.setStroke(new BasicStroke(stroke));
            if (rnd.nextBoolean()) {
                float r = mm(19, dpi);
                g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
                float r2 = r - mm(5, dpi);
                g.draw(new Ellipse2D.Double(cx - r2, cy - r2, 2 * r2, 2 * r2));
                String ring = "ЦЕНТРАЛЬНЫЙ ГОСУДАРСТВЕННЫЙ АРХИВ КАЗАХСКОЙ ССР * ";
                Font f = font.deriveFont(Font.BOLD, mm(3.2, dpi));
                g.setFont(f);
                double step = 2 * Math.PI / ring.length();
                for (int i = 0; i < ring.length(); i++) {
                    AffineTransform saved = g.getTransform();
                    double a = -Math.PI / 2 + i * step;
                    g.translate(cx + Math.cos(a) * (r - mm(4, dpi)), cy + Math.sin(a) * (r - mm(4, dpi)));
                    g.rotate(a + Math.PI / 2);
                    g.drawString(String.valueOf(ring.charAt(i)), 0, 0);
                    g.setTransform(saved);
                }
                g.setFont(font.deriveFont(Font.BOLD, mm(4, dpi)));
                drawCentered(g, "АРХИВНАЯ", cx, cy - mm(1, dpi));
                drawCentered(g, "КОПИЯ", cx, cy + mm(4.5, dpi));
            } else {
                float bw = mm(62, dpi), bh = mm(20, dpi);
                g.draw(new Rectangle2D.Double(cx - bw / 2, cy - bh / 2, bw, bh));
                g.setFont(font.deriveFont(Font.BOLD, mm(5, dpi)));
                drawCentered(g, "РАССЕКРЕЧЕНО", cx, cy - mm(1.5, dpi));
                g.setFont(font.deriveFont(mm(3.5, dpi)));
                int year = 1989 + rnd.nextInt(4);
                drawCentered(g, "Акт № " + (10 + rnd.nextInt(290)) + " от " + (1 + rnd.nextInt(28)) + "."
                        + String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(12)) + "." + year + " г.", cx, cy + mm(5.5, dpi));
            }
            g.dispose();
            float[] s = toFloat(bi);
            float[] patchy = smoothNoise(60, 85);
            double tone = 95 + rnd.nextDouble() * 40;
            double strength = 0.55 + rnd.nextDouble() * 0.3;
            for (int i = 0; i < img.length; i++) {
                if (s[i] == 0) continue;
                double a = s[i] * strength * Math.max(0.15, 0.75 + 0.5 * patchy[i]);
                img[i] += (float) (Math.min(1, a) * (tone - img[i]));
            }
        }

        private static void drawCentered(Graphics2D g, String s, double cx, double baseline) {
            float sw = (float) g.getFont().getStringBounds(s, g.getFontRenderContext()).getWidth();
            g.drawString(s, (float) (cx - sw / 2), (float) baseline);
        }

        /** A water or tea stain: irregular disc, slightly darker, with a darker rim. */
        private void stain(float[] img) {
            double cx = rnd.nextDouble() * w, cy = rnd.nextDouble() * h;
            double r = mm(15 + rnd.nextDouble() * 35, dpi);
            double[] harm = {rnd.nextDouble() * 0.12, rnd.nextDouble() * 0.08, rnd.nextDouble() * 0.05};
            double[] phase = {rnd.nextDouble() * 6.3, rnd.nextDouble() * 6.3, rnd.nextDouble() * 6.3};
            double depth = 0.05 + rnd.nextDouble() * 0.09;
            int x0 = (int) Math.max(0, cx - r * 1.3), x1 = (int) Math.min(w - 1, cx + r * 1.3);
            int y0 = (int) Math.max(0, cy - r * 1.3), y1 = (int) Math.min(h - 1, cy + r * 1.3);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double dx = x - cx, dy = y - cy;
                    double a = Math.atan2(dy, dx);
                    double rr = r * (1 + harm[0] * Math.sin(3 * a + phase[0]) + harm[1] * Math.sin(5 * a + phase[1])
                            + harm[2] * Math.sin(9 * a + phase[2]));
                    double d = Math.sqrt(dx * dx + dy * dy) / rr;
                    if (d > 1.05) continue;
                    double f = d <= 1 ? depth * (0.6 + 0.4 * d * d) + (d > 0.92 ? depth * 1.2 * (d - 0.92) / 0.08 : 0)
                            : depth * 1.6 * (1.05 - d) / 0.05;
                    img[y * w + x] *= (float) (1 - f);
                }
            }
        }

        /** Dust specks on the scanner glass (dark) and pinholes in the ink (light). */
        private void speckles(float[] img) {
            int n = (int) (w * h * p.speckles());
            for (int k = 0; k < n; k++) {
                int x = rnd.nextInt(w), y = rnd.nextInt(h);
                boolean salt = rnd.nextInt(4) == 0;
                float v = salt ? 245f : (float) (30 + rnd.nextDouble() * 70);
                int size = rnd.nextInt(5) == 0 ? 2 : 1;
                for (int yy = y; yy < Math.min(h, y + size); yy++)
                    for (int xx = x; xx < Math.min(w, x + size); xx++) img[yy * w + xx] = v;
            }
        }

        private float[] rotate(float[] src, double angle, double fill) {
            float[] dst = new float[src.length];
            double cos = Math.cos(angle), sin = Math.sin(angle);
            double cx = w / 2.0, cy = h / 2.0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    // inverse rotation: where in the unrotated page does this pixel come from
                    double dx = x - cx, dy = y - cy;
                    double sx = cos * dx + sin * dy + cx;
                    double sy = -sin * dx + cos * dy + cy;
                    int ix = (int) Math.floor(sx), iy = (int) Math.floor(sy);
                    double fx = sx - ix, fy = sy - iy;
                    if (ix < 0 || iy < 0 || ix >= w - 1 || iy >= h - 1) {
                        dst[y * w + x] = (float) (fill - 25);
                        continue;
                    }
                    int i = iy * w + ix;
                    dst[y * w + x] = (float) ((src[i] * (1 - fx) + src[i + 1] * fx) * (1 - fy)
                            + (src[i + w] * (1 - fx) + src[i + w + 1] * fx) * fy);
                }
            }
            return dst;
        }

        private float[] blur(float[] src, double sigma) {
            int r = Math.max(1, (int) Math.ceil(sigma * 3));
            float[] k = new float[2 * r + 1];
            float sum = 0;
            for (int i = -r; i <= r; i++) {
                k[i + r] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
                sum += k[i + r];
            }
            for (int i = 0; i < k.length; i++) k[i] /= sum;
            float[] tmp = new float[src.length];
            float[] dst = new float[src.length];
            for (int y = 0; y < h; y++) {
                int row = y * w;
                for (int x = 0; x < w; x++) {
                    float acc = 0;
                    for (int j = -r; j <= r; j++) {
                        int xx = Math.min(w - 1, Math.max(0, x + j));
                        acc += src[row + xx] * k[j + r];
                    }
                    tmp[row + x] = acc;
                }
            }
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float acc = 0;
                    for (int j = -r; j <= r; j++) {
                        int yy = Math.min(h - 1, Math.max(0, y + j));
                        acc += tmp[yy * w + x] * k[j + r];
                    }
                    dst[y * w + x] = acc;
                }
            }
            return dst;
        }
    }
}
