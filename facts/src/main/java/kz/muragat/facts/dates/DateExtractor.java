package kz.muragat.facts.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.Cues;
import kz.muragat.facts.text.NormalizedPage;

/**
 * Gives each date of a page ({@link DateFinder}) the role the words around it give it: the
 * nearest role cue in the same clause, within {@value #REACH} characters, on either side (Russian
 * puts the verb first: {@code арестован 09.02.1937}; Kazakh last: {@code 1938 жылы 3 қазанда ...
 * қаулысымен ... кесілген}). A date after {@code от} ("of") belongs to the act named before it
 * ({@code заседания тройки ... от 23.12.1937}, {@code определением ... от 12.05.1957 приговор
 * отменен}), so only cues before it count. A date with no cue, or whose nearest cue names
 * something else (an execution, a death, a declassification act, the issue of a certificate) has
 * no role and is not a fact: the document's own header date, a stamp's date and the like stay out.
 */
public final class DateExtractor {
  /** How far (characters) a cue may be from the date it gives a role to. */
  static final int REACH = 160;

  /** A date read at {@code [start, end)} of the normalized page, with its role if it has one. */
  public record Reading(LocalDate date, Optional<DateRole> role, int start, int end) {}

  /** Cue stems, folded; an empty value means "the date of something else". */
  private static final Cues<Optional<DateRole>> CUES =
      Cues.<Optional<DateRole>>builder()
          .add(Optional.of(DateRole.BIRTH), "родил", "рождени", "рожд", "г\\.\\s?р\\.", "туган",
              "туылган")
          .add(Optional.of(DateRole.ARREST), "арестова", "арест", "взят под стражу",
              "заключен под стражу", "задержан", "туткындал", "камауга", "усталг", "усталд")
          .add(Optional.of(DateRole.REHABILITATION), "реабилит", "пересмотр", "прекращ",
              "отмен", "определени", "актал", "актау", "кайта карал", "кайта карау", "кыскартыл")
          .add(Optional.of(DateRole.DECISION), "заседани", "протокол", "постановил",
              "постановлени", "приговор", "осужд", "решени", "слушали", "каулы", "уким",
              "кесил", "сотталг", "шешим", "отырыс", "хаттама")
          .add(Optional.empty(), "рассекреч", "акт(?:а|ом|е)?(?![а-я])", "выдан", "исх", "расстрелян",
              "исполнени", "умер", "скончал", "атылд", "атылг", "кайтыс", "орындалд",
              "указ(?:а|ом|у|е)?(?![а-я])", "закон(?:а|ом|у|е)?(?![а-я])", "цик", "на основании",
              "считая срок", "срок исчисл", "срок считат", "негизинде", "жарлы",
              "зан(?:ы|га|ына|нын|дары)(?![а-я])")
          .build();

  /** "от" (of) just before a date, allowing for a quote: {@code от «12» ноября}. */
  private static final Pattern OF = Pattern.compile("(?<![а-я])от\\s?\"?$");

  private DateExtractor() {}

  /** Every date of the page with its role (or none), in text order. */
  public static List<Reading> read(NormalizedPage page, Clauses clauses) {
    List<DateFinder.Found> dates = DateFinder.find(page);
    if (dates.isEmpty()) {
      return List.of();
    }
    String folded = page.folded();
    List<Cues.Hit<Optional<DateRole>>> cues = outsideQuotes(CUES.find(folded), folded);
    List<Reading> out = new ArrayList<>(dates.size());
    for (DateFinder.Found d : dates) {
      int from = Math.max(0, d.start() - 6);
      boolean of = OF.matcher(folded.substring(from, d.start())).find();
      Cues.Hit<Optional<DateRole>> best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Cues.Hit<Optional<DateRole>> c : cues) {
        int distance;
        if (c.end() <= d.start()) {
          distance = d.start() - c.end();
        } else if (c.start() >= d.end() && !of) {
          distance = c.start() - d.end() + 1; // a tie goes to the cue before
        } else {
          continue;
        }
        if (distance <= REACH
            && distance < bestDistance
            && clauses.same(c.start(), d.start())) {
          best = c;
          bestDistance = distance;
        }
      }
      Optional<DateRole> role = best == null ? Optional.empty() : best.value();
      out.add(new Reading(d.date(), role, d.start(), d.end()));
    }
    return out;
  }

  /**
   * Cues outside quoted titles: the words of «О реабилитации жертв политических репрессий» name a
   * law, not an act of this case.
   */
  private static <T> List<Cues.Hit<T>> outsideQuotes(List<Cues.Hit<T>> cues, String folded) {
    int[] quotes = new int[8];
    int n = 0;
    for (int i = folded.indexOf('"'); i >= 0; i = folded.indexOf('"', i + 1)) {
      if (n == quotes.length) {
        quotes = java.util.Arrays.copyOf(quotes, n * 2);
      }
      quotes[n++] = i;
    }
    if (n < 2) {
      return cues;
    }
    List<Cues.Hit<T>> out = new ArrayList<>(cues.size());
    int k = 0; // quotes before the cue
    for (Cues.Hit<T> c : cues) {
      while (k < n && quotes[k] < c.start()) {
        k++;
      }
      boolean quoted = k % 2 == 1 && k < n && quotes[k] - quotes[k - 1] < QUOTED_TITLE;
      if (!quoted) {
        out.add(c);
      }
    }
    return out;
  }

  /** The longest quoted title taken as one (a longer "quote" is OCR's stray marks). */
  private static final int QUOTED_TITLE = 160;

  /** The page's dated events (dates with a role other than birth). */
  public static List<DateFact> extract(NormalizedPage page, Clauses clauses) {
    List<DateFact> out = new ArrayList<>();
    for (Reading r : read(page, clauses)) {
      if (r.role().isPresent() && r.role().get() != DateRole.BIRTH) {
        out.add(new DateFact(r.date(), r.role().get(), List.of(page.span(r.start(), r.end()))));
      }
    }
    return out;
  }
}
