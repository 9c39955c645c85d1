package kz.muragat.facts.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.Cues;
import kz.muragat.facts.text.Fuzzy;
import kz.muragat.facts.text.NormalizedPage;

/**
 * Sentencing and reviewing bodies named on a page as acting in the case:
 *
 * <ul>
 *   <li>troika: {@code тройка (НКВД, УНКВД, ОГПУ)}, {@code особая тройка}; Kazakh {@code үштік};
 *   <li>oso: {@code Особое совещание (при НКВД СССР)}, {@code ОСО}; Kazakh {@code Ерекше кеңес};
 *   <li>military_collegium: {@code Военная коллегия Верховного суда СССР}, {@code ВКВС}; Kazakh
 *       {@code Әскери алқа};
 *   <li>tribunal: {@code военный трибунал}, {@code ВТ}; Kazakh {@code әскери трибунал};
 *   <li>court: {@code суд} in its forms ({@code народный суд}, {@code Верховный суд КазССР}),
 *       {@code нарсуд}, {@code облсуд}, {@code спецколлегия}; Kazakh {@code сот}. The {@code
 *       Верховного суда} of the Military Collegium is not a second body.
 * </ul>
 *
 * A body named only as the owner of a decision the document annuls ({@code Постановление тройки
 * НКВД отменено}, Kazakh {@code үштігінің қаулысы күшін жойды}) or as where a case is to be sent
 * ({@code направить на рассмотрение Особого совещания}, {@code предать суду}) did not act in this
 * document and is left out.
 */
public final class BodyExtractor {
  private BodyExtractor() {}

  /** A body named at {@code [start, end)} as acting. */
  public record Reading(BodyKind kind, int start, int end) {}

  /** The bodies' names ({@link Cues} notation). */
  private static final Cues<BodyKind> BODY =
      Cues.<BodyKind>builder()
          .add(BodyKind.TROIKA, "тройк", "уштик", "уштиг")
          .add(BodyKind.OSO, "особ* совещани", "осо$", "ерекше кенес")
          .add(BodyKind.MILITARY_COLLEGIUM, "военн* коллеги", "вквс$", "вк вс$", "аскери алка")
          .add(BodyKind.TRIBUNAL, "аскери трибунал", "трибунал", "вт$")
          .add(BodyKind.COURT, "суд$", "суда$", "суду$", "судом$", "суде$", "нарсуд", "облсуд",
              "горсуд", "крайсуд", "спецколлеги", "сот$", "соты$", "сотынын$", "сотымен$",
              "сотка$", "сотта$", "сотпен$")
          .build();

  /** "of the Supreme Court" right after a collegium: part of the collegium's name. */
  private static final Pattern COLLEGIUM_BEFORE =
      Pattern.compile("коллеги[а-я]*\\s+(?:верховн[а-я]*\\s+)?$|алка[а-я]*\\s+$");

  /** Kazakh names the court first: "Жоғарғы Сотының Әскери алқасы". */
  private static final Pattern COLLEGIUM_AFTER = Pattern.compile("\\s+аскери\\s+алка");

  /** The body owns a decision: "постановление тройки", "үштігінің қаулысы". */
  private static final Pattern DECISION_BEFORE =
      Pattern.compile(
          "(?:постановлени|решени|приговор|определени)[а-я]*\\s+(?:[а-я]+\\s+){0,1}$");
  private static final Pattern KK_DECISION_AFTER =
      Pattern.compile("^[а-я]*\\s+(?:каулы|шешим|уким)[а-я]*\\s+кушин\\s+жой");
  private static final Pattern ANNULLED = Pattern.compile(Fuzzy.of("отмен") + "[а-я]*");

  /** Where a case is to go: "на рассмотрение", "предать", "направить в". */
  private static final Pattern PROPOSED_BEFORE =
      Pattern.compile(
          "(?:рассмотрени[а-я]*|предать|направить|передать|внести)\\s+(?:в\\s+|на\\s+)?"
              + "(?:[а-я]+\\s+){0,2}$");

  /** The bodies acting on a page, in text order. */
  public static List<Reading> find(NormalizedPage page, Clauses clauses) {
    String f = page.folded();
    List<Reading> out = new ArrayList<>();
    for (Cues.Hit<BodyKind> m : BODY.find(page)) {
      BodyKind kind = m.value();
      String before = f.substring(Math.max(0, m.start() - 40), m.start());
      if (kind == BodyKind.COURT && ((before.contains("колле") || before.contains("алка"))
          && COLLEGIUM_BEFORE.matcher(before).find()
          || COLLEGIUM_AFTER.matcher(f).region(m.end(), f.length()).lookingAt())) {
        continue;
      }
      if (kind == BodyKind.TRIBUNAL && m.end() - m.start() == 2
          && !page.text().startsWith("ВТ", m.start())) {
        continue; // "вт" in small letters is no abbreviation
      }
      if (mayPropose(before) && PROPOSED_BEFORE.matcher(before).find()) {
        continue;
      }
      if (annulled(f, clauses, m, before)) {
        continue;
      }
      out.add(new Reading(kind, m.start(), m.end()));
    }
    return out;
  }

  /** A cheap test before {@link #PROPOSED_BEFORE}. */
  private static boolean mayPropose(String before) {
    return before.contains("рассмотр") || before.contains("предат") || before.contains("направ")
        || before.contains("переда") || before.contains("внест");
  }

  private static boolean annulled(String f, Clauses clauses, Cues.Hit<BodyKind> m, String before) {
    if (KK_DECISION_AFTER.matcher(f.substring(m.end(), Math.min(f.length(), m.end() + 40)))
        .find()) {
      return true;
    }
    if (!(before.contains("постанов") || before.contains("решени") || before.contains("приговор")
        || before.contains("определени")) || !DECISION_BEFORE.matcher(before).find()) {
      return false;
    }
    Matcher a = ANNULLED.matcher(f).region(m.end(), clauses.end(m.start()));
    return a.find() && a.start() - m.end() <= 60;
  }
}
