package kz.muragat.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.muragat.core.metadata.ArchivalMetadata;
import kz.muragat.core.model.DocumentRecord;
import kz.muragat.core.model.PageRecord;
import kz.muragat.core.model.PageSource;

/**
 * Generated archive-like pages for index tests and the index bench: Russian, Kazakh and mixed
 * typescript, names in Soviet Russian, Kazakh and Latin spellings and in several cases,
 * pre-reform spellings, OCR homoglyphs, line-end hyphenation, numbers and abbreviations. The same
 * seed gives the same pages.
 */
final class SamplePages {
  private SamplePages() {}

  private static final String[] NAMES = {
    "Байтурсынов Ахмет", "Байтұрсынұлы Ахмет", "Baitursynuly Akhmet", "Байтурсынова", "Байтұрсынұлының",
    "Жумабаев Касым", "Жұмабайұлы Қасым", "Zhumabaev", "Жумабаеву", "Дулатов Миржакып", "Дулатұлы Міржақып",
    "Dulatuly", "Сейфуллин Сакен", "Сейфоллаұлы Сәкен", "Сейфуллиным", "Оспанов Тураб", "Оспанова Тураба",
    "Кунаев", "Қонаев", "Сулейменов", "Сүлейменұлы", "Садвокасов", "Садуақасұлы", "Абильевым", "Иванова Мария Сергеевна",
  };

  private static final String[] RU = {
    "Обвиняемый %s, 1898 года рождения, уроженец Акмолинского уезда, казах, образование среднее, по профессии учитель.",
    "Вопрос: расскажите о вашей связи с участниками партии Алаш. Ответ: с %s я знаком с 1917 года.",
    "Постановление тройки НКВД от 14 ноября 1937 г. отменено, дело производством прекращено за отсутствием состава преступления.",
    "%s реабилитирован посмертно. Верховный суд Казахской ССР пересмотрел дело № 4512-с.",
    "Слушали: дело по обвинению %s в антисоветской деятельности. Постановили: заключить в исправительно-трудовой лагерь сроком на десять лет.",
    "Имущество конфисковать. Секретарь тройки Ахметов. Справка выдана для представления в обл. суд, ул. Ленина, д. 5.",
    "Будучи враждебно настроенным к советской власти, вёл среди населения аула агитацию против коллективизации в 1930-х гг.",
    "Свидетели показали, что %s распространял провокационные слухи о голоде и призывал к откочёвке в Китай.",
    "Въ исторіи Россіи сіе дѣло рассматривалось въ 1912 году; упоминается %s.",
    "Рeабилитирован (OCR: латинская е) в Алма-Ате; копия направлена в Семипалатинск, тыс. руб. 300.",
  };

  private static final String[] KK = {
    "%s 1989 жылы ақталды. Іс мұрағатта сақталады, қорды ашуға рұқсат берілді.",
    "Қуғын-сүргін құрбандарын еске алу күні әрбір жылы мамырдың отызы күні аталып өтеді.",
    "Тұтқындалған адамның сауалнамасы: %s, Қарағанды облысы, Ақмола ауданы.",
    "Қазақстан Республикасының Орталық мемлекеттік мұрағатында %s туралы құжаттар бар.",
    "Балалары мектепте оқыды, кітаптарын оқып, білім алды; әкесі %s ақталды.",
    "%s 1937 ƶƅlƅ qamauƣa alƅnƅp, yştiginiꞑ şeşimimen; 1989 ƶƅlƅ aqtaldƅ (Jaŋalif, 1929–1940).",
  };

  /** One page: sentences of the given language mix (0 Russian, 1 Kazakh, 2 both), typewriter lines of ~60 characters. */
  static String page(Random r, int kind) {
    StringBuilder text = new StringBuilder();
    int sentences = 12 + r.nextInt(14);
    for (int i = 0; i < sentences; i++) {
      boolean kk = kind == 1 || (kind == 2 && r.nextInt(3) == 0);
      String[] pool = kk ? KK : RU;
      String s = pool[r.nextInt(pool.length)];
      if (s.contains("%s")) s = String.format(java.util.Locale.ROOT, s, NAMES[r.nextInt(NAMES.length)]);
      if (text.length() > 0) text.append(' ');
      text.append(s);
    }
    // break into lines; some long words are hyphenated across the line end
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String w : text.toString().split(" ")) {
      if (line + w.length() > 60) {
        if (w.length() >= 8 && r.nextInt(3) == 0 && Character.isLetter(w.charAt(4))) {
          if (line > 0) out.append(' ');
          out.append(w, 0, 4).append("-\n").append(w.substring(4));
          line = w.length() - 4;
          continue;
        }
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(w);
      line += w.length();
    }
    if (r.nextInt(4) == 0) out.append("\n\n  "); // trailing blank lines move the final offset
    return out.toString();
  }

  static DocumentRecord record(Random r, int pages) {
    List<PageRecord> list = new ArrayList<>();
    int kind = r.nextInt(3);
    for (int i = 0; i < pages; i++) list.add(pageRecord(i + 1, page(r, kind)));
    return new DocumentRecord("0".repeat(64), "image/tiff", "x.tif", null, list);
  }

  static PageRecord pageRecord(int number, String text) {
    return new PageRecord(number, PageSource.OCR, text, 100, 100, 80f, null, List.of());
  }

  static ArchivalMetadata meta(Random r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("archive", "ЦГА РК");
    m.put("fond", Integer.toString(1 + r.nextInt(9)));
    m.put("opis", Integer.toString(1 + r.nextInt(5)));
    m.put("delo", Integer.toString(100 + r.nextInt(900)));
    m.put("date", "1937-11-" + (10 + r.nextInt(18)));
    m.put("doc_type", r.nextBoolean() ? "protocol" : "questionnaire");
    m.put("collection", r.nextBoolean() ? "Alash" : "Жертвы репрессий");
    return new ArchivalMetadata(m);
  }
}
