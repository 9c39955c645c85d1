package kz.muragat.facts.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.facts.text.Fuzzy;
import kz.muragat.facts.text.NormalizedPage;

/**
 * The name of a questionnaire ({@code анкета арестованного}), where each part has its own field:
 * {@code Фамилия: Джакупов / Имя: Газымбек / Отчество: Миржакипович}, {@code Имя и отчество:
 * Газымбек Миржакипович}; Kazakh {@code Тегі: Жақыпов / Аты: Ғазымбек / Әкесінің аты:
 * Мыржақып}. A field's value is the capitalized word(s) after its label (and a colon, a dash or a
 * field number). When the surname field holds the whole name, {@link NameFinder} reads it.
 */
final class QuestionnaireReader {
  private QuestionnaireReader() {}

  /** How far after the surname field the given-name and patronymic fields may be. */
  private static final int FIELDS_REACH = 160;

  private static final String GAP = "[\\s:.\\-\\d)]{0,8}";
  /** A value in folded text; it must be capitalized in the page's text ({@link #capitalized}). */
  private static final String VALUE = "([а-яa-z][а-яa-z-]+)";

  private static final Pattern SURNAME =
      Pattern.compile("(?<![а-я])(?:" + Fuzzy.of("фамилия") + "|теги)" + GAP + VALUE);
  private static final Pattern GIVEN_AND_PATRONYMIC =
      Pattern.compile("(?<![а-я])имя,?\\s(?:и\\s)?" + Fuzzy.of("отчество") + GAP + VALUE
          + "\\s+" + VALUE);
  private static final Pattern GIVEN =
      Pattern.compile("(?<![а-я])(?:имя|аты)(?![а-я])" + GAP + VALUE);
  private static final Pattern PATRONYMIC =
      Pattern.compile("(?<![а-я])(?:" + Fuzzy.of("отчество") + "|акесинин\\s+аты)" + GAP + VALUE);

  /** Names read from questionnaire fields, as found by {@link NameFinder} (no overlap with it). */
  static List<NameFinder.Name> find(NormalizedPage page, List<NameFinder.Name> found) {
    String f = page.folded();
    String t = page.text();
    List<NameFinder.Name> out = new ArrayList<>();
    if (!f.contains("фам") && !f.contains("теги")) {
      return out; // no surname field
    }
    Matcher m = SURNAME.matcher(f);
    while (m.find()) {
      int s = m.start(1);
      if (covered(found, s) || !capitalized(t, m, 1)) {
        continue;
      }
      String surname = t.substring(s, m.end(1));
      int to = Math.min(f.length(), m.end() + FIELDS_REACH);
      String given = null;
      String patronymic = null;
      int end = m.end(1);
      Matcher g = GIVEN_AND_PATRONYMIC.matcher(f).region(m.end(), to);
      if (g.find() && capitalized(t, g, 1) && capitalized(t, g, 2)) {
        given = t.substring(g.start(1), g.end(1));
        patronymic = t.substring(g.start(2), g.end(2));
        end = g.end(2);
      } else {
        g = GIVEN.matcher(f).region(m.end(), to);
        if (g.find() && capitalized(t, g, 1)) {
          given = t.substring(g.start(1), g.end(1));
          end = g.end(1);
          Matcher p = PATRONYMIC.matcher(f).region(g.end(), to);
          if (p.find() && capitalized(t, p, 1)) {
            patronymic = t.substring(p.start(1), p.end(1));
            end = p.end(1);
          }
        }
      }
      if (given != null && !NameShapes.isStopword(NormalizedPage.fold(surname))) {
        out.add(new NameFinder.Name(surname, given, patronymic, s, end));
      }
    }
    return out;
  }

  private static boolean capitalized(String text, Matcher m, int group) {
    return Character.isUpperCase(text.charAt(m.start(group)));
  }

  private static boolean covered(List<NameFinder.Name> found, int at) {
    for (NameFinder.Name n : found) {
      if (n.start() <= at && at < n.end()) {
        return true;
      }
    }
    return false;
  }
}
