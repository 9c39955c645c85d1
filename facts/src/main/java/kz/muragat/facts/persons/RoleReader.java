package kz.muragat.facts.persons;

import java.util.List;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.Cues;
import kz.muragat.facts.text.NormalizedPage;

/**
 * A person's role from the words around the name, in the same clause: first the nearest cue
 * before the name within {@value #BEFORE} characters ({@code Свидетель Кунанбайев}, {@code по
 * обвинению Бекетова}, {@code следователь Залин Т.Д.}), else a verb right after the name and its
 * birth details ({@code Бекетов ... приговорить}, {@code Әбілұлы Әбілқайыр ... туған}, {@code
 * Кунанбайев Абулхаир показал}). A cue word after the name that belongs to what the person says
 * ({@code показал, что знает обвиняемого}) does not count: the verb right after the name decides.
 * No cue: null (the document decides, see {@link PersonExtractor}).
 */
final class RoleReader {
  private RoleReader() {}

  static final int BEFORE = 60;
  static final int AFTER = 30;

  /** What a word before a name says; a genitive ("обвиняемого") may belong to a relative. */
  private enum Before {
    SUBJECT,
    SUBJECT_GENITIVE,
    OTHER
  }

  private static final Cues<Before> BEFORE_CUES =
      Cues.<Before>builder()
          .add(Before.SUBJECT_GENITIVE, "обвиняемого$", "арестованного$",
              "осужденного$", "подсудимого$")
          .add(Before.SUBJECT, "обвинени", "обвиняем", "арестованн", "осужденн", "осужден",
              "подсудим", "гражданин", "гражданк", "гр.", "гр-н", "гр-на", "в отношении",
              "по делу", "заключенн", "айыпталуш", "сотталган", "фамилия", "туткындалган",
              "репрессия", "реабилитирован")
          .add(Before.OTHER, "свидетел", "понят", "следовател", "оперуполномоч", "уполномоч",
              "нач.", "начальник", "прокурор", "судья", "председател", "председательствующ",
              "член", "секретар", "эксперт", "переводчик", "защитник", "адвокат", "в присутствии",
              "допросил", "составил", "утверждаю", "лейтенант", "сержант", "капитан", "майор",
              "комиссар", "жена", "муж", "сын", "дочь", "отец", "мать", "брат", "сестра",
              "куагер", "тергеуши", "торага", "хатшы", "мушеси", "айели", "акеси", "шешеси",
              "тексерген", "жауап алган")
          .build();

  private static final Cues<PersonRole> AFTER_CUES =
      Cues.<PersonRole>builder()
          .add(PersonRole.OTHER, "показал", "пояснил", "допрошен", "свидетел", "куалик",
              "жауап берд", "дал показани")
          .add(PersonRole.SUBJECT, "приговор", "реабилит", "осужд", "арестован", "обвиня",
              "расстрел", "туган", "кесил", "актал", "сотталд", "атылд", "заключ", "выслат",
              "сослат")
          .build();

  /**
   * The role cued around a name at {@code [start, end)}, looking after it up to {@code afterEnd}
   * (the end of its birth details) and {@value #AFTER} more: a cue before it in its clause, else a
   * verb after it, else a cue before it across a clause boundary (OCR reads specks as full stops:
   * {@code гражданина. Тынышпайева}).
   */
  static PersonRole read(NormalizedPage page, Clauses clauses, int start, int end, int afterEnd) {
    String folded = page.folded();
    int clauseStart = clauses.start(start);
    int from = Math.max(0, start - BEFORE);
    List<Cues.Hit<Before>> before = from < start ? BEFORE_CUES.find(page, from, start) : List.of();
    PersonRole cued = null;
    boolean inClause = false;
    if (!before.isEmpty()) {
      Cues.Hit<Before> nearest = before.get(before.size() - 1);
      inClause = nearest.start() >= clauseStart;
      cued = nearest.value() == Before.OTHER ? PersonRole.OTHER : PersonRole.SUBJECT;
      if (nearest.value() == Before.SUBJECT_GENITIVE && before.size() > 1) {
        Cues.Hit<Before> previous = before.get(before.size() - 2);
        if (previous.value() == Before.OTHER && nearest.start() - previous.end() <= 3) {
          cued = PersonRole.OTHER; // жена обвиняемого — Ахметова Роза
        }
      }
    }
    if (cued != null && inClause) {
      return cued;
    }
    int to = Math.min(Math.min(clauses.end(start), folded.length()), afterEnd + AFTER);
    if (end < to) {
      List<Cues.Hit<PersonRole>> after = AFTER_CUES.find(page, end, to);
      if (!after.isEmpty()) {
        return after.get(0).value();
      }
    }
    return cued;
  }
}
