package kz.muragat.facts.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.Cues;
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

  /** The punishment words ({@link Cues} notation). */
  private static final Cues<SentenceKind> KIND =
      Cues.<SentenceKind>builder()
          .add(SentenceKind.DEATH, "вмн$", "в.~м.~н.", "вмсз$", "высш* мер", "расстрел",
              "ату жаза", "атуга$", "атылсын", "ен жогары жаза")
          .add(SentenceKind.CAMP, "итл$", "и.~т.~л.", "итк$", "концлагер", "исправтрудлагер",
              "трудлагер", "исправительно-трудов* лагер", "лагер", "лишени* свобод",
              "тюремн* заключени", "тюрьм", "турмеге$", "бас бостандыг")
          .add(SentenceKind.EXILE, "ссылк", "сослат", "сослан", "высылк", "выслат", "выслан",
              "жер аудар")
          .build();

  /** The word for years after a term ({@link Cues} notation): лет, года, годами, г., л., жыл. */
  private static final Cues<Boolean> YEARS =
      Cues.<Boolean>builder().add(true, "лет$", "пет$", "год", "г.", "л.", "жыл").build();

  /** The longest aside in brackets between a term's number and its word: {@code 10 (десять)}. */
  private static final int ASIDE = 20;

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
    List<Term> terms = null;
    for (Cues.Hit<SentenceKind> kind : KIND.find(page)) {
      SentenceKind k = kind.value();
      String before = f.substring(Math.max(0, kind.start() - 20), kind.start());
      if (k != SentenceKind.DEATH && NOT_A_SENTENCE.matcher(before).find()) {
        continue;
      }
      if (k == SentenceKind.DEATH) {
        out.add(new Reading(k, null, kind.start(), kind.end()));
        continue;
      }
      if (terms == null) {
        terms = terms(page);
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

  /**
   * The terms of the page: a number right before a word for years, in digits ({@code 8 лет}, at
   * most two: {@code 1937 г.} is no term) or in words ({@code десять лет}, {@code он жылға}),
   * maybe with the other form in brackets between ({@code 10 (десять) лет}, {@code десять (10)
   * лет}).
   */
  private static List<Term> terms(NormalizedPage page) {
    String f = page.folded();
    List<Term> out = new ArrayList<>();
    for (Cues.Hit<Boolean> y : YEARS.find(page)) {
      int i = skipBack(f, y.start());
      if (i > 0 && f.charAt(i - 1) == ')') {
        int open = f.lastIndexOf('(', i - 1);
        if (open < 0 || i - open > ASIDE) {
          continue;
        }
        i = skipBack(f, open);
      }
      int digits = i;
      while (digits > 0 && isDigit(f.charAt(digits - 1))) {
        digits--;
      }
      if (digits < i) {
        boolean alone = digits == 0 || !(isDigit(f.charAt(digits - 1))
            || f.charAt(digits - 1) == '.' || f.charAt(digits - 1) == ',');
        if (i - digits <= 2 && alone) {
          add(out, f, Integer.parseInt(f.substring(digits, i)), digits, y.end());
        }
        continue;
      }
      NumberWords.Found words = NumberWords.before(f, i);
      if (words != null) {
        add(out, f, words.value(), words.start(), y.end());
      }
    }
    return out;
  }

  /** Back over the spaces before {@code i}. */
  private static int skipBack(String f, int i) {
    while (i > 0 && f.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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
