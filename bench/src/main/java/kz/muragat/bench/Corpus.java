package kz.muragat.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A text-level corpus of Russian/Kazakh archive-like case files, deterministic from a seed:
 * documents of 1–24 pages (mean about 4) with archival metadata, made of Zipf-distributed words
 * with their inflected forms, persons named in Russian ({@code Жумабаев, Жумабаева, Жумабаеву…})
 * and Kazakh ({@code Жұмабайұлы, Жұмабайқызы}) forms, dates, article citations and archival
 * references ({@code ф., оп., д., л.}), and some OCR noise (Latin look-alikes, dropped letters,
 * words hyphenated across lines).
 *
 * <p>Document {@code i} depends only on the seed and {@code i}, so the corpus of 10,000 pages is
 * a prefix of the one of 100,000, every loader generates the same documents on the fly (nothing
 * is stored three times), and the query set, drawn from the first documents, is the same at every
 * size.
 */
public final class Corpus implements Iterable<Corpus.Doc> {
  public record Doc(int index, String id, String title, String language, String docType, Map<String, String> meta, List<String> pages) {
    /** UTF-8 bytes of the title and page texts. */
    public long textBytes() {
      long n = title.getBytes(StandardCharsets.UTF_8).length;
      for (String p : pages) n += p.getBytes(StandardCharsets.UTF_8).length;
      return n;
    }

    public String fullText() {
      return String.join("\n\f\n", pages);
    }
  }

  private final long seed;
  private final int pages;

  public Corpus(long seed, int pages) {
    this.seed = seed;
    this.pages = pages;
  }

  public long seed() {
    return seed;
  }

  public int pages() {
    return pages;
  }

  /** Page count of document {@code i} (before the last document is cut to the corpus size). */
  static int pageCount(long seed, int i) {
    SplittableRandom r = new SplittableRandom(VocabExtract.mix(seed * 0x9E3779B97F4A7C15L + i * 2L + 1));
    // geometric, mean ~4, at most 24
    int n = 1;
    while (n < 24 && r.nextDouble() < 0.75) n++;
    return n;
  }

  @Override
  public Iterator<Doc> iterator() {
    return new Iterator<>() {
      int index = 0;
      int left = pages;

      @Override
      public boolean hasNext() {
        return left > 0;
      }

      @Override
      public Doc next() {
        if (left <= 0) throw new NoSuchElementException();
        int n = Math.min(left, pageCount(seed, index));
        left -= n;
        return document(seed, index++, n);
      }
    };
  }

  /** Number of documents of a corpus of this many pages. */
  public int documents() {
    int left = pages, i = 0;
    while (left > 0) left -= pageCount(seed, i++);
    return i;
  }

  // ---------------------------------------------------------------------------------------------

  private static final Vocabulary V = Vocabulary.get();
  private static final Zipf RU = new Zipf(Vocabulary.RU_FUNCTION.length + V.ru.size(), 1.0, 2.7);
  private static final Zipf KK = new Zipf(Vocabulary.KK_FUNCTION.length + V.kk.size(), 1.0, 2.7);
  private static final Zipf NAMES = new Zipf(V.names.size(), 0.8, 1.0);
  private static final Zipf FONDS = new Zipf(1500, 1.1, 1.0);

  private static final String[] ARCHIVES = {"ЦГА РК", "АП РК", "ГА г. Алматы", "ГА Карагандинской обл.", "Архив ДКНБ РК", "ГА Семейского региона"};
  private static final String[] PLACES_RU = {
    "Семипалатинск", "Акмолинск", "Алма-Ата", "Караганда", "Кзыл-Орда", "Тургай", "Павлодар", "Уральск", "Петропавловск", "Кустанай",
    "Актюбинск", "Джамбул", "Каркаралинск", "Зайсан", "Аягуз", "Гурьев", "Чимкент", "Талды-Курган"
  };
  private static final String[] PLACES_GEN = {
    "Семипалатинского", "Акмолинского", "Алма-Атинского", "Карагандинского", "Кзыл-Ординского", "Тургайского", "Павлодарского",
    "Уральского", "Петропавловского", "Кустанайского", "Актюбинского", "Джамбулского", "Каркаралинского", "Зайсанского",
    "Аягузского", "Гурьевского", "Чимкентского", "Талды-Курганского"
  };
  private static final String[] KK_MONTHS = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};
  private static final String[] RU_MONTHS_GEN = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"};
  private static final String[] TYPES = {"protocol", "ruling", "certificate", "questionnaire", "extract", "conclusion", "petition"};
  private static final String[] TITLES_RU = {
    "Протокол допроса", "Постановление о реабилитации", "Справка о реабилитации", "Анкета арестованного", "Выписка из протокола заседания тройки НКВД",
    "Заключение по материалам уголовного дела", "Ходатайство о пересмотре дела"
  };
  private static final String[] TITLES_KK = {
    "Тергеу хаттамасы", "Ақтау туралы қаулы", "Ақтау туралы анықтама", "Тұтқындалған адамның сауалнамасы", "НКВД үштігі мәжілісінің хаттамасынан көшірме",
    "Қылмыстық іс материалдары бойынша қорытынды", "Істі қайта қарау туралы өтініш"
  };
  private static final char[][] HOMOGLYPHS = {{'о', 'o'}, {'а', 'a'}, {'е', 'e'}, {'с', 'c'}, {'р', 'p'}, {'х', 'x'}, {'у', 'y'}};

  private record Person(int name, boolean female, String given, char patronymic) {
    String ruSurname() {
      String s = V.names.get(name)[1];
      return female ? s + "а" : s;
    }

    /** The surname in a Russian case (0 nominative … 4 prepositional). */
    String ruSurname(int kase) {
      String s = V.names.get(name)[1];
      if (female) return s + (kase == 0 ? "а" : kase == 2 ? "у" : "ой");
      return s + switch (kase) {
        case 1 -> "а";
        case 2 -> "у";
        case 3 -> "ым";
        case 4 -> "е";
        default -> "";
      };
    }

    String kkPatronymic() {
      return V.names.get(name)[0] + (female ? "қызы" : "ұлы");
    }

    String initials() {
      return given.charAt(0) + "." + patronymic + ".";
    }
  }

  /** Document {@code index} with {@code pageCount} pages. */
  public static Doc document(long seed, int index, int pageCount) {
    SplittableRandom r = new SplittableRandom(VocabExtract.mix(seed * 0x9E3779B97F4A7C15L + index * 2L));
    double lang = r.nextDouble();
    String language = lang < 0.6 ? "ru" : lang < 0.85 ? "kk" : "ru,kk";
    int type = r.nextInt(TYPES.length);
    List<Person> persons = new ArrayList<>();
    int np = 1 + r.nextInt(3);
    for (int i = 0; i < np; i++) {
      boolean female = r.nextDouble() < 0.2;
      List<String> given = V.given;
      // the given list has men first, then women (from "Айша")
      int firstFemale = given.indexOf("Айша");
      String g = female ? given.get(firstFemale + r.nextInt(given.size() - firstFemale)) : given.get(r.nextInt(firstFemale));
      String pg = V.given.get(r.nextInt(firstFemale));
      persons.add(new Person(NAMES.sample(r), female, g, pg.charAt(0)));
    }
    Person main = persons.get(0);
    int year = 1929 + r.nextInt(11);
    boolean rehab = type == 1 || type == 2 || type == 5 || type == 6;
    int docYear = rehab ? 1955 + r.nextInt(38) : year;
    String date = String.format(Locale.ROOT, "%d-%02d-%02d", docYear, 1 + r.nextInt(12), 1 + r.nextInt(28));
    String archive = ARCHIVES[r.nextInt(ARCHIVES.length)];
    int fond = 1 + FONDS.sample(r), opis = 1 + r.nextInt(20), delo = 1 + r.nextInt(9000), list = 1 + r.nextInt(300);
    String title =
        language.equals("kk")
            ? main.kkPatronymic() + " " + main.given + ". " + TITLES_KK[type]
            : TITLES_RU[type] + " " + main.ruSurname(1) + " " + main.initials();
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("title", title);
    meta.put("date", date);
    meta.put("archive", archive);
    meta.put("fond", Integer.toString(fond));
    meta.put("opis", Integer.toString(opis));
    meta.put("delo", Integer.toString(delo));
    meta.put("list", list + "-" + (list + pageCount - 1));
    meta.put("language", language);
    meta.put("doc_type", TYPES[type]);
    double noise = switch (r.nextInt(5)) {
      case 0, 1 -> 0;
      case 2 -> 0.005;
      case 3 -> 0.015;
      default -> 0.04;
    };
    Ctx c = new Ctx(r, persons, year, docYear, archive, fond, opis, delo, list, noise);
    List<String> pages = new ArrayList<>(pageCount);
    for (int p = 0; p < pageCount; p++) pages.add(page(c, language));
    String id = "f" + fond + "/op" + opis + "/d" + delo + "-" + index;
    return new Doc(index, id, title, language, TYPES[type], meta, pages);
  }

  private record Ctx(SplittableRandom r, List<Person> persons, int year, int docYear, String archive, int fond, int opis, int delo, int list, double noise) {}

  private static String page(Ctx c, String language) {
    SplittableRandom r = c.r;
    int words = 40 + r.nextInt(160); // 40..200 words, mean ~120
    StringBuilder sb = new StringBuilder(words * 9);
    int count = 0, col = 0;
    while (count < words) {
      boolean kk = language.equals("kk") || (language.equals("ru,kk") && r.nextBoolean());
      List<String> sentence = kk ? kkSentence(c) : ruSentence(c);
      for (String w : sentence) {
        String t = c.noise > 0 && r.nextDouble() < c.noise ? noisy(r, w) : w;
        if (col > 0 && col + t.length() + 1 > 72) {
          sb.append('\n');
          col = 0;
        } else if (col > 0 && !t.equals(",") && !t.equals(".")) {
          sb.append(' ');
          col++;
        }
        sb.append(t);
        int nl = t.lastIndexOf('\n');
        col = nl >= 0 ? t.length() - nl - 1 : col + t.length();
        count++;
      }
      if (r.nextDouble() < 0.12) {
        sb.append('\n');
        col = 0;
      }
    }
    return sb.toString();
  }

  private static String ru(SplittableRandom r) {
    int k = RU.sample(r);
    if (k < Vocabulary.RU_FUNCTION.length) return Vocabulary.RU_FUNCTION[k];
    String[] forms = V.ru.get(k - Vocabulary.RU_FUNCTION.length);
    return forms[r.nextInt(forms.length)];
  }

  private static String kk(SplittableRandom r) {
    int k = KK.sample(r);
    if (k < Vocabulary.KK_FUNCTION.length) return Vocabulary.KK_FUNCTION[k];
    String[] forms = V.kk.get(k - Vocabulary.KK_FUNCTION.length);
    return forms[r.nextInt(forms.length)];
  }

  private static String cap(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static void plain(List<String> out, SplittableRandom r, boolean kk, int n) {
    for (int i = 0; i < n; i++) {
      String w = kk ? kk(r) : ru(r);
      out.add(out.isEmpty() ? cap(w) : w);
      if (i > 2 && i < n - 1 && r.nextDouble() < 0.08) out.add(",");
    }
  }

  private static List<String> ruSentence(Ctx c) {
    SplittableRandom r = c.r;
    List<String> s = new ArrayList<>(16);
    double k = r.nextDouble();
    Person p = c.persons.get(r.nextInt(c.persons.size()));
    if (k < 0.14) {
      s.add(p.ruSurname(r.nextInt(5)));
      s.add(p.initials() + ",");
      s.add(Integer.toString(c.year - 20 - r.nextInt(40)));
      s.add("года");
      s.add("рождения,");
      s.add(p.female ? "уроженка" : "уроженец");
      s.add(r.nextBoolean() ? "аула" : "села");
      s.add(V.names.get(r.nextInt(V.names.size()))[0] + ",");
      s.add(PLACES_GEN[r.nextInt(PLACES_GEN.length)]);
      s.add("уезда,");
      plain(s, r, false, 2 + r.nextInt(6));
    } else if (k < 0.24) {
      s.add(String.format(Locale.ROOT, "%02d.%02d.%d", 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextBoolean() ? c.year : c.docYear));
      s.add("г.");
      plain(s, r, false, 4 + r.nextInt(8));
    } else if (k < 0.30) {
      s.add("(" + c.archive + ",");
      s.add("ф. " + c.fond + ",");
      s.add("оп. " + c.opis + ",");
      s.add("д. " + c.delo + ",");
      s.add("л. " + (c.list + r.nextInt(10)) + ")");
    } else if (k < 0.38) {
      plain(s, r, false, 3 + r.nextInt(5));
      s.add("по");
      s.add("ст.");
      s.add("58-" + (2 + r.nextInt(12)));
      s.add("УК");
      s.add("РСФСР");
    } else if (k < 0.44) {
      s.add(Integer.toString(1 + r.nextInt(28)));
      s.add(RU_MONTHS_GEN[r.nextInt(12)]);
      s.add(c.docYear + " г.");
      s.add(p.ruSurname(r.nextInt(5)));
      s.add(p.given);
      plain(s, r, false, 3 + r.nextInt(6));
    } else {
      plain(s, r, false, 5 + r.nextInt(10));
    }
    s.add(".");
    return s;
  }

  private static List<String> kkSentence(Ctx c) {
    SplittableRandom r = c.r;
    List<String> s = new ArrayList<>(16);
    double k = r.nextDouble();
    Person p = c.persons.get(r.nextInt(c.persons.size()));
    if (k < 0.15) {
      s.add(p.kkPatronymic());
      s.add(p.given + ",");
      s.add(Integer.toString(c.year - 20 - r.nextInt(40)));
      s.add("жылы");
      s.add("туған,");
      plain(s, r, true, 3 + r.nextInt(6));
    } else if (k < 0.25) {
      s.add(c.docYear + " жылғы");
      s.add(Integer.toString(1 + r.nextInt(28)));
      s.add(KK_MONTHS[r.nextInt(12)]);
      plain(s, r, true, 4 + r.nextInt(8));
    } else if (k < 0.30) {
      s.add("(" + c.archive + ",");
      s.add("ф. " + c.fond + ",");
      s.add("оп. " + c.opis + ",");
      s.add("д. " + c.delo + ",");
      s.add("л. " + (c.list + r.nextInt(10)) + ")");
    } else if (k < 0.36) {
      s.add(p.ruSurname(0));
      s.add(p.given);
      plain(s, r, true, 3 + r.nextInt(6));
    } else {
      plain(s, r, true, 5 + r.nextInt(10));
    }
    s.add(".");
    return s;
  }

  /** One word as a poor scan reads it. */
  private static String noisy(SplittableRandom r, String w) {
    if (w.length() < 3) return w;
    int i = r.nextInt(w.length());
    double k = r.nextDouble();
    if (k < 0.4) {
      for (char[] h : HOMOGLYPHS) {
        int at = w.indexOf(h[0]);
        if (at >= 0) return w.substring(0, at) + h[1] + w.substring(at + 1);
      }
      return w;
    } else if (k < 0.6) {
      return w.substring(0, i) + w.substring(i + 1);
    } else if (k < 0.8) {
      char ch = w.charAt(i);
      char to = switch (ch) {
        case 'и' -> 'н';
        case 'ш' -> 'щ';
        case 'л' -> 'п';
        case 'е' -> 'с';
        case 'б' -> '6';
        case 'з' -> '3';
        default -> ch;
      };
      return w.substring(0, i) + to + w.substring(i + 1);
    } else if (w.length() >= 6) {
      int cut = 2 + r.nextInt(w.length() - 4);
      return w.substring(0, cut) + "-\n" + w.substring(cut);
    }
    return w;
  }

  /** Zipf (Zipf–Mandelbrot) sampling over ranks 0..n-1: p(k) ∝ 1 / (k + q)^s. */
  static final class Zipf {
    private final double[] cdf;

    Zipf(int n, double s, double q) {
      cdf = new double[n];
      double sum = 0;
      for (int k = 0; k < n; k++) {
        sum += 1.0 / Math.pow(k + q, s);
        cdf[k] = sum;
      }
      for (int k = 0; k < n; k++) cdf[k] /= sum;
    }

    int sample(SplittableRandom r) {
      double u = r.nextDouble();
      int lo = 0, hi = cdf.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cdf[mid] < u) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
  }
}
