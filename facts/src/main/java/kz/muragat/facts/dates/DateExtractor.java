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
 * Gives each date of a page ({@link DateFinder}) the role its clause gives it ({@link DateCues}):
 *
 * <ol>
 *   <li>A date after {@code от} ("of") is the date of the act named before it ({@code заседания
 *       тройки ... от 23.12.1937}); a Kazakh date in the attributive form is the date of the act
 *       after it ({@code 1937 жылғы 14 желтоқсандағы шешімімен}). An act in the instrumental
 *       ({@code определением ... от 12.05.1957 ... отменено}, {@code қаулысымен ақталды}) takes
 *       the role of the verb after it; an act named as such ({@code постановление тройки от
 *       20.11.1937 ... отменено}) keeps its own role.
 *   <li>Otherwise the nearest verb of the clause decides, on either side (Russian puts it first,
 *       {@code арестован 09.02.1937}; Kazakh last, {@code 1938 жылы 3 қазанда ... кесілген}); with
 *       no verb, the nearest act noun.
 * </ol>
 *
 * Cues count within {@value #REACH} characters, in the same clause, outside quoted titles. A date
 * with no cue, or one of something else (a law, an execution, a stamp, a certificate's issue) has
 * no role and is not a fact: a document's header date, a stamp's date and the like stay out.
 */
public final class DateExtractor {
  /** How far (characters) a cue may be from the date it gives a role to. */
  static final int REACH = 160;

  /** How far after an attributive Kazakh date its act noun may be. */
  private static final int ATTRIBUTE_REACH = 40;

  /** A date read at {@code [start, end)} of the normalized page, with its role if it has one. */
  public record Reading(LocalDate date, Optional<DateRole> role, int start, int end) {}

  /** "от" (of) just before a date, allowing for a quote: {@code от «12» ноября}. */
  private static final Pattern OF = Pattern.compile("(?<![а-я])от\\s?\"?$");

  /** A Kazakh date that qualifies the noun after it: {@code 14 желтоқсандағы}, {@code 1937 ж-ғы}. */
  private static final Pattern ATTRIBUTIVE = Pattern.compile("(?:да|де|та|те|н)г[ыи]$|г[ыи]$");

  private DateExtractor() {}

  /** Every date of the page with its role (or none), in text order. */
  public static List<Reading> read(NormalizedPage page, Clauses clauses) {
    List<DateFinder.Found> dates = DateFinder.find(page);
    if (dates.isEmpty()) {
      return List.of();
    }
    String folded = page.folded();
    List<Cues.Hit<DateCues.Cue>> cues = outsideQuotes(DateCues.CUES.find(page), folded);
    List<Reading> out = new ArrayList<>(dates.size());
    for (DateFinder.Found d : dates) {
      DateRole role = role(d, folded, clauses, cues);
      out.add(new Reading(d.date(), Optional.ofNullable(role), d.start(), d.end()));
    }
    return out;
  }

  private static DateRole role(
      DateFinder.Found d, String folded, Clauses clauses, List<Cues.Hit<DateCues.Cue>> all) {
    List<Cues.Hit<DateCues.Cue>> cues = near(d, clauses, all);
    boolean of = OF.matcher(folded.substring(Math.max(0, d.start() - 6), d.start())).find();
    boolean attributive = ATTRIBUTIVE.matcher(folded.substring(d.start(), d.end())).find();
    if (of || attributive) {
      Cues.Hit<DateCues.Cue> act = null;
      for (Cues.Hit<DateCues.Cue> c : cues) {
        if (c.value().kind() == DateCues.Kind.VERB) {
          continue;
        }
        if (of && c.end() <= d.start() && d.start() - c.end() <= REACH) {
          act = c; // the last one before
        } else if (attributive && c.start() >= d.end() && c.start() - d.end() <= ATTRIBUTE_REACH) {
          act = c;
          break; // the first one after
        }
      }
      if (act != null) {
        DateCues.Cue cue = act.value();
        if (cue.kind() != DateCues.Kind.AGENT) {
          return cue.role();
        }
        // the verb after it says what the act did; one of something else (расстрелян: the act's
        // execution) leaves the act its own role
        Cues.Hit<DateCues.Cue> verb = nearest(d, cues, Math.max(act.end(), d.end()), true);
        return verb != null && verb.value().role() != null ? verb.value().role() : cue.role();
      }
    }
    Cues.Hit<DateCues.Cue> verb = kazakh(folded, d) ? nearest(d, cues, d.end(), true) : null;
    if (verb == null) {
      verb = nearest(d, cues, -1, true);
    }
    if (verb != null) {
      return verb.value().role();
    }
    Cues.Hit<DateCues.Cue> noun = nearest(d, cues, -1, false);
    return noun == null ? null : noun.value().role();
  }

  /**
   * A date written as Kazakh writes it, with a year word ({@code 1990 жылы 11 қыркүйекте}, {@code
   * 1937 ж. 3 тамыз}) or in the locative ({@code 12 қарашада}): the predicate it belongs to comes
   * after it, Kazakh being verb-final, so a verb after it in the clause is taken over a nearer one
   * before it — the verb of the sentence before, when OCR read its full stop as a comma.
   */
  private static boolean kazakh(String folded, DateFinder.Found d) {
    return KAZAKH_DATE.matcher(folded).region(d.start(), d.end()).find();
  }

  private static final Pattern KAZAKH_DATE =
      Pattern.compile("(?<![а-я])ж(?:ыл|\\.|(?![а-я]))|[а-я](?<!го)(?:да|де|та|те)$");

  /** The cues of the date's clause that start within reach of it (the cues are in text order). */
  private static List<Cues.Hit<DateCues.Cue>> near(
      DateFinder.Found d, Clauses clauses, List<Cues.Hit<DateCues.Cue>> cues) {
    int from = Math.max(clauses.start(d.start()), d.start() - 2 * REACH);
    int to = Math.min(clauses.end(d.start()), d.end() + REACH + 1);
    int lo = 0;
    int hi = cues.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cues.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < cues.size() && cues.get(end).start() < to) {
      end++;
    }
    return cues.subList(lo, end);
  }

  /**
   * The nearest verb (or noun) among the cues near a date, on either side, within {@link #REACH}
   * (only after {@code after} if that is not -1).
   */
  private static Cues.Hit<DateCues.Cue> nearest(
      DateFinder.Found d, List<Cues.Hit<DateCues.Cue>> cues, int after, boolean verbs) {
    Cues.Hit<DateCues.Cue> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cues.Hit<DateCues.Cue> c : cues) {
      if ((c.value().kind() == DateCues.Kind.VERB) != verbs || (after >= 0 && c.start() < after)) {
        continue;
      }
      int distance;
      if (c.end() <= d.start()) {
        distance = d.start() - c.end();
      } else if (c.start() >= d.end()) {
        distance = c.start() - d.end() + 1; // a tie goes to the cue before
      } else {
        continue;
      }
      if (distance <= REACH && distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best;
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
    return facts(page, read(page, clauses));
  }

  /** The dated events among a page's readings ({@link #read}). */
  public static List<DateFact> facts(NormalizedPage page, List<Reading> readings) {
    List<DateFact> out = new ArrayList<>();
    for (Reading r : readings) {
      if (r.role().isPresent() && r.role().get() != DateRole.BIRTH) {
        out.add(new DateFact(r.date(), r.role().get(), List.of(page.span(r.start(), r.end()))));
      }
    }
    return out;
  }
}
