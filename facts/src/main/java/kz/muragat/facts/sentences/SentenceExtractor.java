package kz.muragat.facts.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.Fuzzy;
import kz.muragat.facts.text.NormalizedPage;
import kz.muragat.facts.text.NumberWords;

/**
 * Sentences stated on a page: a word for the punishment, and for camp and exile the term nearest
 * to it in the same clause (within {@value #REACH} characters, either side).
 *
 * <ul>
 *   <li>death: {@code ВМН}, {@code высшая мера наказания / социальной защиты}, {@code расстрел},
 *       {@code ВМСЗ}; Kazakh {@code ату жазасы}, {@code атылсын}, {@code ең жоғары жаза};
 *   <li>camp: {@code ИТЛ}, {@code ИТК}, {@code исправительно-трудовой лагерь}, {@code
 *       концлагерь}, {@code лагерь}, {@code лишение свободы}, {@code тюремное заключение};
 *       Kazakh {@code бас бостандығынан айыру}, {@code лагерь};
 *   <li>exile: {@code ссылка}, {@code сослать}, {@code высылка}, {@code выслать}; Kazakh {@code
 *       жер аудару}.
 * </ul>
 *
 * Terms: {@code сроком на 8 лет}, {@code на 10 (десять) лет}, {@code десять лет}, {@code 3 года},
 * {@code 10 годами}, Kazakh {@code 8 жылға}, {@code он жылға}, {@code 5 жыл мерзімге}. A term of
 * disfranchisement ({@code с поражением в правах на 5 лет}) or of age is not a sentence's term. A
 * camp word after "released from" ({@code освобожден из лагеря}) is not a sentence.
 */
public final class SentenceExtractor {
  private SentenceExtractor() {}

  static final int REACH = 60;

  /** A sentence read at {@code [start, end)} (the punishment word and its term). */
  public record Reading(SentenceKind kind, Integer years, int start, int end) {}

  private static final String W = "(?<![а-яa-z])";

  private static final Pattern KIND =
      Pattern.compile(
          W + "(?:"
              + "(вмн|в\\.\\s?м\\.\\s?н\\.?|вмсз|высш[а-я]*\\s+мер[а-я]*|" + Fuzzy.of("расстрел")
              + "[а-я]*|ату\\s+жаза[а-я]*|атуга|атылсын|ен\\s+жогары\\s+жаза[а-я]*)"
              + "|(итл|и\\.\\s?т\\.\\s?л\\.?|итк|" + Fuzzy.of("концлагер") + "[а-я]*|"
              + "(?:исправ)?трудлагер[а-я]*|" + Fuzzy.of("тюрьм") + "[а-я]*|турмеге|"
              + Fuzzy.of("лагер") + "[а-я]*|исправительно-трудов[а-я]*\\s+лагер[а-я]*|"
              + Fuzzy.of("лишени") + "[а-я]*\\s+" + Fuzzy.of("свобод") + "[а-я]*|"
              + "тюремн[а-я]*\\s+заключени[а-я]*|бас\\s+бостандыг[а-я]*)"
              + "|(" + Fuzzy.of("ссылк") + "[а-я]*|" + Fuzzy.of("сослат") + "[а-я]*|сослан[а-я]*|"
              + Fuzzy.of("высылк") + "[а-я]*|" + Fuzzy.of("выслат") + "[а-я]*|выслан[а-я]*|"
              + "жер\\s+аудар[а-я]*)"
              + ")(?![а-я])");

  private static final String YEARS_WORD = "(?:" + Fuzzy.of("лет") + "|год[а-я]*|г\\.|л\\.|жыл[а-я]*)";

  /** 8 лет, 10 (десять) лет, 3 года, 8 жылға. */
  private static final Pattern DIGIT_TERM =
      Pattern.compile(
          "(?<![\\d.,])(\\d{1,2})\\s?(?:\\(\\s?" + NumberWords.PATTERN + "\\s?\\)\\s?)?"
              + YEARS_WORD + "(?![а-я])");

  /** десять лет, он жылға, десять (10) лет. */
  private static final Pattern WORD_TERM =
      Pattern.compile(
          W + "(" + NumberWords.PATTERN + ")\\s?(?:\\(\\s?\\d{1,2}\\s?\\)\\s?)?" + YEARS_WORD
              + "(?![а-я])");

  /** What a term must not follow: disfranchisement, age. */
  private static final Pattern NOT_A_TERM =
      Pattern.compile(
          "(?:поражени[а-я]*|праволишени[а-я]*|лишени[а-я]*\\s+(?:избирательных\\s+)?прав|"
              + "возраст[а-я]*|ограничени[а-я]*|минус)[^.;]{0,25}$");

  /** What a camp or exile word must not follow: released from, reference to. */
  private static final Pattern NOT_A_SENTENCE =
      Pattern.compile("(?:освобожд[а-я]*|бежал[а-я]*|со)\\s+(?:из\\s+)?[^.;\\s]{0,8}\\s?$");

  private record Term(int years, int start, int end) {}

  /** The sentences stated on a page, in text order. */
  public static List<Reading> find(NormalizedPage page, Clauses clauses) {
    String f = page.folded();
    List<Reading> out = new ArrayList<>();
    Matcher kind = KIND.matcher(f);
    List<Term> terms = null;
    while (kind.find()) {
      SentenceKind k = kind.group(1) != null ? SentenceKind.DEATH
          : kind.group(2) != null ? SentenceKind.CAMP : SentenceKind.EXILE;
      String before = f.substring(Math.max(0, kind.start() - 20), kind.start());
      if (k != SentenceKind.DEATH && NOT_A_SENTENCE.matcher(before).find()) {
        continue;
      }
      if (k == SentenceKind.DEATH) {
        out.add(new Reading(k, null, kind.start(), kind.end()));
        continue;
      }
      if (terms == null) {
        terms = terms(f);
      }
      Term best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Term t : terms) {
        int d = t.start() >= kind.end() ? t.start() - kind.end() : kind.start() - t.end() + 1;
        if (d >= 0 && d <= REACH && d < bestDistance && clauses.same(t.start(), kind.start())) {
          best = t;
          bestDistance = d;
        }
      }
      out.add(best == null
          ? new Reading(k, null, kind.start(), kind.end())
          : new Reading(k, best.years(), Math.min(kind.start(), best.start()),
              Math.max(kind.end(), best.end())));
    }
    return out;
  }

  private static List<Term> terms(String f) {
    List<Term> out = new ArrayList<>();
    Matcher m = DIGIT_TERM.matcher(f);
    while (m.find()) {
      add(out, f, Integer.parseInt(m.group(1)), m.start(), m.end());
    }
    m = WORD_TERM.matcher(f);
    while (m.find()) {
      add(out, f, NumberWords.value(m.group(1)), m.start(), m.end());
    }
    return out;
  }

  private static void add(List<Term> out, String f, int years, int start, int end) {
    if (years < 1 || years > 25) {
      return;
    }
    String before = f.substring(Math.max(0, start - 40), start);
    if (NOT_A_TERM.matcher(before).find()) {
      return;
    }
    out.add(new Term(years, start, end));
  }
}
