package kz.muragat.indexer.ocr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.muragat.core.model.WordBox;

/**
 * A page's languages and script, judged from a first reading, and the Tesseract model order that
 * suits it.
 *
 * <p>Script: the share of Latin among the letters of the words read with some confidence — {@code
 * Cyrl} under 5 %, {@code Latn} over 80 %, {@code Cyrl+Latn} between. Kazakh: the share of letters
 * only Kazakh has among the Cyrillic ones (Kazakh typescript: 10–20 %, Russian: none); at least
 * {@value #KAZAKH_MAIN} makes Kazakh the page's first language, at least {@value #KAZAKH_PRESENT}
 * a second one; Russian stays beside Kazakh while that share is under {@value #KAZAKH_ONLY}.
 * Jaŋalif (Kazakh in the Latin alphabet of 1929–1940) on a Latin page: its ы (ь) reads as a
 * Latin {@code b}, so words ending in {@code b}, and its {@code q}, are frequent — as they never
 * are in English, German or French.
 *
 * @param languages ISO 639-1, main first ({@code kk}, {@code ru}, {@code en}); empty when the first
 *     reading held too few letters to judge
 * @param script {@code Cyrl}, {@code Latn}, {@code Cyrl+Latn}, or {@code null} when not judged
 * @param janalif Kazakh in Jaŋalif
 */
public record PageLanguages(List<String> languages, String script, boolean janalif) {
  static final double KAZAKH_MAIN = 0.04;
  static final double KAZAKH_PRESENT = 0.01;
  static final double KAZAKH_ONLY = 0.08;
  static final double LATIN_PRESENT = 0.05;
  static final double LATIN_MAIN = 0.80;
  /** Fewer letters than this read with confidence: not judged. */
  static final int MIN_LETTERS = 40;
  static final float MIN_CONFIDENCE = 50f;

  /** The Latin model for Latin text on any page (Debian's tesseract-ocr-eng, always installed with Tesseract). */
  public static final String LATIN_MODEL = "eng";

  /**
   * The model for Jaŋalif pages: of the Latin models with the Turkic letters Jaŋalif shares with
   * later alphabets, Uzbek read generated Jaŋalif pages best (README, OCR); Debian's {@code
   * tesseract-ocr-uzb}.
   */
  public static final String JANALIF_MODEL = "uzb";

  private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

  public static final PageLanguages UNKNOWN = new PageLanguages(List.of(), null, false);

  public PageLanguages {
    languages = List.copyOf(languages);
  }

  /** Judges a page from a reading of it (or of a part of it). */
  public static PageLanguages judge(OcrPage reading) {
    int cyr = 0, kazakh = 0, latin = 0, latinWords = 0, qs = 0, finalB = 0;
    for (WordBox w : reading.words()) {
      if (w.confidence() < MIN_CONFIDENCE) continue;
      String t = w.text();
      int wl = 0, wc = 0;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (!Character.isLetter(c)) continue;
        if (isCyrillic(c)) {
          wc++;
          if (KAZAKH_LETTERS.indexOf(c) >= 0) kazakh++;
        } else if (isLatin(c)) {
          wl++;
          if (c == 'q' || c == 'Q') qs++;
        }
      }
      cyr += wc;
      latin += wl;
      if (wl >= 2 && wc == 0) {
        latinWords++;
        String letters = t.replaceAll("[^\\p{L}]", "");
        if (letters.endsWith("b")) finalB++;
      }
    }
    int letters = cyr + latin;
    if (letters < MIN_LETTERS) return UNKNOWN;
    double latinShare = (double) latin / letters;
    String script = latinShare > LATIN_MAIN ? "Latn" : latinShare >= LATIN_PRESENT ? "Cyrl+Latn" : "Cyrl";
    boolean janalif = latinWords > 0 && latin >= MIN_LETTERS
        && ((double) finalB / latinWords >= 0.08 || (double) qs / latin >= 0.015);
    Set<String> langs = new LinkedHashSet<>();
    double kk = cyr == 0 ? 0 : (double) kazakh / cyr;
    if (script.equals("Latn")) langs.add(janalif ? "kk" : "en");
    if (cyr > 0 && !script.equals("Latn")) {
      if (kk >= KAZAKH_MAIN) {
        langs.add("kk");
        if (kk < KAZAKH_ONLY) langs.add("ru");
      } else {
        langs.add("ru");
        if (kk >= KAZAKH_PRESENT) langs.add("kk");
      }
    }
    if (script.equals("Cyrl+Latn")) langs.add(janalif ? "kk" : "en");
    return new PageLanguages(new ArrayList<>(langs), script, janalif);
  }

  /**
   * The Tesseract language list for the final reading: the configured models (e.g. {@code rus+kaz})
   * with Kazakh's first on Kazakh pages, the Latin model added where Latin text is present, and
   * the Jaŋalif model first on pages with Jaŋalif text, alone on pages all in it. Models not
   * installed are left out.
   */
  public String models(OcrSettings settings) {
    List<String> base = new ArrayList<>(settings.languageList());
    List<String> out = new ArrayList<>();
    if (janalif && installed(settings, JANALIF_MODEL)) {
      // a page all in Jaŋalif: the Cyrillic models would only misread its Latin words as Cyrillic
      if ("Latn".equals(script)) return JANALIF_MODEL;
      out.add(JANALIF_MODEL);
    }
    if (!languages.isEmpty() && languages.get(0).equals("kk") && base.contains("kaz") && !janalif) out.add("kaz");
    for (String m : base) if (!out.contains(m)) out.add(m);
    if (script != null && script.contains("Latn") && !janalif && installed(settings, LATIN_MODEL) && !out.contains(LATIN_MODEL)) {
      // last: the configured models may be Latin ones themselves (slk, deu), and stay first
      out.add(LATIN_MODEL);
    }
    return String.join("+", out);
  }

  /** The probe's models: the configured ones and the Latin model, so Latin text shows as Latin. */
  static String probeModels(OcrSettings settings) {
    List<String> out = new ArrayList<>(settings.languageList());
    if (!out.contains(LATIN_MODEL) && installed(settings, LATIN_MODEL)) out.add(LATIN_MODEL);
    return String.join("+", out);
  }

  static boolean installed(OcrSettings settings, String model) {
    return java.nio.file.Files.isRegularFile(settings.tessdata().resolve(model + ".traineddata"));
  }

  static boolean isCyrillic(char c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
  }

  static boolean isLatin(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  @Override
  public String toString() {
    return languages.isEmpty() ? "not judged" : String.join("+", languages).toLowerCase(Locale.ROOT) + " (" + script + (janalif ? ", Jaŋalif" : "") + ")";
  }
}
