package kz.muragat.facts.linking;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.muragat.analysis.names.NameVariants;
import kz.muragat.analysis.util.Letters;

/**
 * A birthplace reduced to what its Russian and Kazakh spellings share: the first proper name in it
 * (not {@code с.}, {@code аул}, {@code уезд}, {@code облысы} …), Kazakh letters folded, a Russian
 * adjective's ending dropped, and then only its first three consonant classes ({@code
 * Актюбинской губернии} ↔ {@code Ақтөбе губерниясында}: {@code ktp}; {@code Каркаралинского
 * уезда} ↔ {@code Қарқаралы уезінде}: {@code krk}). Places renamed in Soviet times map to one
 * name first (Семипалатинск = Семей, Верный = Алма-Ата = Алматы, Аулие-Ата = Джамбул = Тараз, …).
 * Used only as contrary evidence, and only between places written alike (both the Russian way or
 * both the Kazakh way): two such keys that differ say "another place".
 */
final class PlaceKey {
  private PlaceKey() {}

  private static final Set<String> GENERIC =
      Set.of(
          "с", "село", "селе", "села", "аул", "аула", "ауле", "г", "гор", "город", "города",
          "городе", "район", "района", "районе", "уезд", "уезда", "уезде", "волость", "волости",
          "область", "области", "губерния", "губернии", "округ", "округа", "округе", "край",
          "края", "бывш", "бывшего", "бывшей", "ныне", "ст", "станция", "станица", "пос",
          "поселок", "дер", "деревня", "кишлак", "ауданы", "ауданында", "облысы", "облысында",
          "уези", "уезинде", "ауылы", "ауылында", "губерниясы", "губерниясында", "округи",
          "округинде", "каласы", "каласында", "болысы", "болысында", "в", "на", "уроженец",
          "уроженка", "уроженца", "кзыл", "кызыл");

  /** Historical and Kazakh names of the same place, folded, to one stem. */
  private static final Map<String, String> RENAMED =
      Map.ofEntries(
          Map.entry("семипалатин", "семей"),
          Map.entry("семей", "семей"),
          Map.entry("верн", "алмат"),
          Map.entry("алма", "алмат"),
          Map.entry("алмат", "алмат"),
          Map.entry("аулиеат", "тараз"),
          Map.entry("аулие", "тараз"),
          Map.entry("джамбул", "тараз"),
          Map.entry("жамбыл", "тараз"),
          Map.entry("тараз", "тараз"),
          Map.entry("перовск", "кзылорд"),
          Map.entry("гурьев", "атырау"),
          Map.entry("атырау", "атырау"),
          Map.entry("уральск", "орал"),
          Map.entry("орал", "орал"),
          Map.entry("акмолинск", "акмол"),
          Map.entry("акмол", "акмол"),
          Map.entry("целиноград", "акмол"),
          Map.entry("усть-каменогорск", "оскемен"),
          Map.entry("оскемен", "оскемен"),
          Map.entry("петропавловск", "кызылжар"),
          Map.entry("кызылжар", "кызылжар"),
          Map.entry("чимкент", "шымкент"),
          Map.entry("шымкент", "шымкент"));

  /**
   * The key of a birthplace as written, or null when it has no capitalized proper name (OCR's
   * broken lines leave fragments such as "кого уезда"). The key starts with {@code kk:} for a
   * place written the Kazakh way (Kazakh letters or a Kazakh word for district, region …), {@code
   * ru:} otherwise, so that only places written alike are compared.
   */
  static String of(String place) {
    if (place == null) {
      return null;
    }
    String form = isKazakh(place) ? "kk:" : "ru:";
    for (String word : place.split("[^\\p{L}-]+")) {
      String w = NameVariants.fold(word.toLowerCase(Locale.ROOT)).replace('і', 'и');
      if (w.length() < 3 || GENERIC.contains(w) || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      for (Map.Entry<String, String> e : RENAMED.entrySet()) {
        if (w.startsWith(e.getKey())) {
          return form + e.getValue();
        }
      }
      String c = consonants(w.replaceAll("(?:инск|енск|анск|ск|цк)[а-я]*$", ""));
      return c == null || c.length() < 3 ? null : form + c;
    }
    return null;
  }

  private static boolean isKazakh(String place) {
    if (Letters.hasKazakhOnly(place)) {
      return true;
    }
    String f = place.toLowerCase(Locale.ROOT);
    return f.matches(".*(?:облыс|аудан|уез[иі]|губерниясы|округ[иі]|болыс|ауыл).*");
  }

  private static String consonants(String w) {
    StringBuilder b = new StringBuilder(3);
    char last = 0;
    for (int i = 0; i < w.length() && b.length() < 3; i++) {
      char c = cls(w.charAt(i));
      if (c != 0 && c != last) {
        b.append(c);
      }
      last = c;
    }
    return b.length() == 0 ? null : b.toString();
  }

  private static char cls(char c) {
    switch (c) {
      case 'б':
      case 'п':
        return 'p';
      case 'в':
      case 'ф':
        return 'f';
      case 'г':
      case 'к':
      case 'х':
        return 'k';
      case 'д':
      case 'т':
        return 't';
      case 'ж':
      case 'ш':
      case 'щ':
      case 'ч':
        return 'j';
      case 'з':
      case 'с':
      case 'ц':
        return 's';
      case 'л':
        return 'l';
      case 'м':
        return 'm';
      case 'н':
        return 'n';
      case 'р':
        return 'r';
      default:
        return 0;
    }
  }
}
