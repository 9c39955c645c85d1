package kz.muragat.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * ALTO v2–v4: {@code Layout/Page} elements with {@code TextBlock}, {@code TextLine}, {@code
 * String} (a word: {@code CONTENT}, box {@code HPOS VPOS WIDTH HEIGHT}, confidence {@code WC}
 * 0–1, kept as 0–100) and {@code HYP} (a line-end hyphen). Coordinates in {@code pixel}, {@code
 * mm10} or {@code inch1200} units ({@code Description/MeasurementUnit}); the latter two are turned
 * into pixels at the image's dpi (300 when it does not say).
 */
final class AltoReader implements OcrFormatReader {
  @Override
  public String name() {
    return "ALTO";
  }

  @Override
  public boolean reads(Element root) {
    return OcrFormatReader.localName(root).equalsIgnoreCase("alto");
  }

  @Override
  public List<OcrSidecars.Page> read(Element root, int dpi) {
    double unit = pixelsPerUnit(root, dpi > 0 ? dpi : 300);
    List<OcrSidecars.Page> pages = new ArrayList<>();
    for (Element layout : children(root, "Layout")) {
      for (Element page : children(layout, "Page")) {
        OcrPageBuilder b = new OcrPageBuilder();
        walk(page, b, unit);
        pages.add(b.page(px(page, "WIDTH", unit), px(page, "HEIGHT", unit)));
      }
    }
    return pages;
  }

  private static double pixelsPerUnit(Element root, int dpi) {
    double unit = 1;
    for (Element d : children(root, "Description")) {
      for (Element mu : children(d, "MeasurementUnit")) {
        String u = mu.getTextContent().strip().toLowerCase(Locale.ROOT);
        if (u.equals("mm10")) unit = dpi / 254.0;
        else if (u.equals("inch1200")) unit = dpi / 1200.0;
      }
    }
    return unit;
  }

  private static void walk(Element e, OcrPageBuilder b, double unit) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element c)) continue;
      switch (OcrFormatReader.localName(c)) {
        case "TextBlock" -> {
          b.block();
          walk(c, b, unit);
        }
        case "TextLine" -> {
          b.line();
          walk(c, b, unit);
        }
        case "String" -> {
          float wc = c.hasAttribute("WC") ? (float) (num(c, "WC") * 100) : -1f;
          b.word(c.getAttribute("CONTENT"), px(c, "HPOS", unit), px(c, "VPOS", unit), px(c, "WIDTH", unit), px(c, "HEIGHT", unit), wc);
        }
        case "HYP" -> b.hyphen(c.getAttribute("CONTENT").isEmpty() ? "-" : c.getAttribute("CONTENT"));
        default -> walk(c, b, unit); // PrintSpace, margins, ComposedBlock, …
      }
    }
  }

  private static List<Element> children(Element e, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && OcrFormatReader.localName(c).equals(localName)) out.add(c);
    }
    return out;
  }

  private static int px(Element e, String attr, double unit) {
    return (int) Math.round(num(e, attr) * unit);
  }

  /** A numeric attribute; 0 when missing or not a number. */
  private static double num(Element e, String attr) {
    String v = e.getAttribute(attr);
    if (v.isEmpty()) return 0;
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException ex) {
      return 0;
    }
  }
}
