package kz.muragat.facts.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.facts.text.Clauses;
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

  private static final Pattern BODY =
      Pattern.compile(
          "(?<![а-яa-z])(?:"
              + "(" + Fuzzy.of("тройк") + "[а-я]*|ушти[кг][а-я]*)"
              + "|(" + Fuzzy.of("особ") + "[а-я]*\\s+" + Fuzzy.of("совещани") + "[а-я]*|осо|"
              + "ерекше\\s+кенес[а-я]*)"
              + "|(" + Fuzzy.of("военн") + "[а-я]*\\s+" + Fuzzy.of("коллеги") + "[а-я]*|вквс|вк\\s?вс|"
              + "аскери\\s+алка[а-я]*)"
              + "|(" + Fuzzy.of("трибунал") + "[а-я]*|вт)"
              + "|(суд|суда|суду|судом|суде|нарсуд[а-я]*|облсуд[а-я]*|горсуд[а-я]*|крайсуд[а-я]*|"
              + "спецколлеги[а-я]*|сот|соты|сотынын|сотымен|сотка|сотта|сотпен)"
              + ")(?![а-я])");

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
    Matcher m = BODY.matcher(f);
    while (m.find()) {
      BodyKind kind = null;
      for (int g = 1; g <= 5; g++) {
        if (m.group(g) != null) {
          kind = BodyKind.values()[g - 1];
          break;
        }
      }
      String before = f.substring(Math.max(0, m.start() - 40), m.start());
      if (kind == BodyKind.COURT && (COLLEGIUM_BEFORE.matcher(before).find()
          || COLLEGIUM_AFTER.matcher(f).region(m.end(), f.length()).lookingAt())) {
        continue;
      }
      if (kind == BodyKind.TRIBUNAL && m.group(4).equals("вт") && !page.text()
          .substring(m.start(), m.end()).equals("ВТ")) {
        continue; // "вт" in small letters is no abbreviation
      }
      if (PROPOSED_BEFORE.matcher(before).find()) {
        continue;
      }
      if (annulled(f, clauses, m, before)) {
        continue;
      }
      out.add(new Reading(kind, m.start(), m.end()));
    }
    return out;
  }

  private static boolean annulled(String f, Clauses clauses, Matcher m, String before) {
    if (KK_DECISION_AFTER.matcher(f.substring(m.end(), Math.min(f.length(), m.end() + 40)))
        .find()) {
      return true;
    }
    if (!DECISION_BEFORE.matcher(before).find()) {
      return false;
    }
    Matcher a = ANNULLED.matcher(f).region(m.end(), clauses.end(m.start()));
    return a.find() && a.start() - m.end() <= 60;
  }
}
