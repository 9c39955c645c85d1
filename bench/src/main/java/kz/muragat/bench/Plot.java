package kz.muragat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** An SVG of sequential p50 (solid) and p99 (dashed) latency against corpus size, one panel per query class, log–log. */
final class Plot {
  private Plot() {}

  private static final String[] COLORS = {"#c0392b", "#2471a3", "#229954", "#8e44ad", "#d68910", "#5d6d7e"};

  static String svg(TreeMap<Integer, Report.SizeResult> sizes) {
    int pw = 380, ph = 260, ml = 60, mt = 40, gap = 70;
    int w = ml + 2 * (pw + gap), h = mt + 2 * (ph + gap) + 30;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", w, h));
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\">Query latency against corpus size (sequential; p50 solid, p99 dashed; log–log)</text>\n", ml));
    TreeSet<String> engines = new TreeSet<>();
    double lo = Double.MAX_VALUE, hi = 0;
    for (Report.SizeResult s : sizes.values()) {
      for (Report.TargetResult t : s.targets.values()) {
        engines.add(t.name);
        for (Report.Latency l : t.sequential.values()) {
          if (l.count() == 0) continue;
          lo = Math.min(lo, l.p50());
          hi = Math.max(hi, l.p99());
        }
      }
    }
    if (hi <= 0) {
      b.append("</svg>\n");
      return b.toString();
    }
    double yLo = Math.pow(10, Math.floor(Math.log10(Math.max(0.01, lo)))), yHi = Math.pow(10, Math.ceil(Math.log10(hi)));
    double xLo = Math.pow(10, Math.floor(Math.log10(sizes.firstKey()))), xHi = Math.pow(10, Math.ceil(Math.log10(sizes.lastKey())));
    if (xHi <= xLo) xHi = xLo * 10;
    List<String> names = new ArrayList<>(engines);
    Queries.Kind[] kinds = Queries.Kind.values();
    for (int i = 0; i < kinds.length; i++) {
      int x0 = ml + (i % 2) * (pw + gap), y0 = mt + 20 + (i / 2) * (ph + gap);
      b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>\n", x0, y0, pw, ph));
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>\n", x0, y0 - 6, kinds[i].label));
      for (double y = yLo; y <= yHi * 1.001; y *= 10) {
        double py = y0 + ph - (Math.log10(y / yLo) / Math.log10(yHi / yLo)) * ph;
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>", x0, x0 + pw, py, py));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>\n", x0 - 4, py + 4, y >= 1 ? String.format(Locale.ROOT, "%.0f", y) : String.valueOf(y)));
      }
      for (int s : sizes.keySet()) {
        double px = x0 + (Math.log10(s / xLo) / Math.log10(xHi / xLo)) * pw;
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", px, y0 + ph + 16, Report.size(s)));
      }
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">pages</text>\n", x0 + pw / 2, y0 + ph + 32));
      for (int e = 0; e < names.size(); e++) {
        for (int pct = 0; pct < 2; pct++) {
          StringBuilder pts = new StringBuilder();
          for (Map.Entry<Integer, Report.SizeResult> s : sizes.entrySet()) {
            Report.TargetResult t = s.getValue().targets.get(names.get(e));
            if (t == null || t.sequential.get(kinds[i]) == null || t.sequential.get(kinds[i]).count() == 0) continue;
            double v = pct == 0 ? t.sequential.get(kinds[i]).p50() : t.sequential.get(kinds[i]).p99();
            double px = x0 + (Math.log10(s.getKey() / xLo) / Math.log10(xHi / xLo)) * pw;
            double py = y0 + ph - (Math.log10(Math.max(v, yLo) / yLo) / Math.log10(yHi / yLo)) * ph;
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
            if (pct == 0) b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", px, py, COLORS[e % COLORS.length]));
          }
          b.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>\n", pts.toString().trim(),
              COLORS[e % COLORS.length], pct == 1 ? " stroke-dasharray=\"5,4\"" : ""));
        }
      }
    }
    int ly = h - 14;
    for (int e = 0; e < names.size(); e++) {
      int lx = ml + e * 140;
      b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/><text x=\"%d\" y=\"%d\">%s</text>\n", lx, lx + 24, ly - 4,
          ly - 4, COLORS[e % COLORS.length], lx + 30, ly, names.get(e)));
    }
    b.append("</svg>\n");
    return b.toString();
  }
}
