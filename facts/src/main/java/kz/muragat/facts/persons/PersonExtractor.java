package kz.muragat.facts.persons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.facts.dates.DateExtractor;
import kz.muragat.facts.dates.DateRole;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.NormalizedPage;
import kz.muragat.facts.text.Span;

/**
 * Persons of a document: each page's names ({@link NameFinder}) with what follows them ({@link
 * BirthReader}) and the role their context gives ({@link RoleReader}), and the birth years that
 * follow a surname OCR left alone ({@link LoneSurnames}); then the document's
 * mentions of one person — the same name in another case, in the other script, with initials, or
 * with one letter misread — taken together as one {@link PersonMention}.
 *
 * <p>Role: the accused if any mention is cued as the accused; else other if any is cued as
 * another part (witness, official, relative); else the accused if the text gives the person's
 * birth year or birthplace (records give them for the accused) or no one else in the document is
 * the accused; else other.
 */
public final class PersonExtractor {
  private PersonExtractor() {}

  /** How far after a name its birth details may run. */
  private static final int BIRTH_REACH = 160;

  /** How far after a questionnaire's name fields its birth fields may be. */
  private static final int FIELDS_REACH = 400;

  /** One name read on one page, before the document's mentions are merged. */
  public record Reading(
      NameParts name, Integer birthYear, String birthplace, PersonRole cuedRole, Span span) {}

  /** The parts of a name as written; given and patronymic may be null or initials. */
  public record NameParts(String surname, String given, String patronymic) {}

  /** The names read on one page, in text order. */
  public static List<Reading> read(NormalizedPage page, Clauses clauses) {
    return read(page, clauses, DateExtractor.read(page, clauses));
  }

  /**
   * The names read on one page, in text order, given the page's dates (whose birth dates give
   * birth years) as {@link DateExtractor#read} found them.
   */
  public static List<Reading> read(
      NormalizedPage page, Clauses clauses, List<DateExtractor.Reading> dates) {
    List<NameFinder.Name> names = new ArrayList<>(NameFinder.find(page));
    List<NameFinder.Name> fields = QuestionnaireReader.find(page, names);
    if (names.isEmpty() && fields.isEmpty()) {
      return List.of();
    }
    names.addAll(fields);
    names.sort(Comparator.comparingInt(NameFinder.Name::start));
    String folded = page.folded();
    String text = page.text();
    List<Reading> out = new ArrayList<>(names.size());
    for (int k = 0; k < names.size(); k++) {
      NameFinder.Name n = names.get(k);
      int next = k + 1 < names.size() ? names.get(k + 1).start() : folded.length();
      // not bounded by the clause: OCR reads specks as full stops ("Абулхаир. Омирзакович, 1884")
      boolean questionnaire = fields.contains(n);
      int limit = Math.min(next, n.end() + (questionnaire ? FIELDS_REACH : BIRTH_REACH));
      BirthReader.Birth birth = questionnaire
          ? BirthReader.readFields(folded, n.end(), Math.max(n.end(), limit))
          : BirthReader.read(folded, n.end(), Math.max(n.end(), limit), clauses);
      Integer year = birth.year();
      if (year == null) {
        year = birthDate(dates, n.end(), limit);
      }
      if (year == null && !questionnaire) {
        year = BirthReader.lostYear(folded, n.end(), Math.max(n.end(), limit), clauses);
      }
      String place = birth.placeStart() < 0 ? null
          : text.substring(birth.placeStart(), birth.placeEnd()).strip();
      PersonRole role = questionnaire ? PersonRole.SUBJECT
          : RoleReader.read(page, clauses, n.start(), n.end(), birth.end());
      out.add(
          new Reading(
              new NameParts(n.surname(), n.given(), n.patronymic()),
              year,
              place == null || place.isEmpty() ? null : place,
              role,
              page.span(n.start(), n.end())));
    }
    List<Reading> lone = LoneSurnames.read(page, clauses, names, BIRTH_REACH);
    if (!lone.isEmpty()) {
      out.addAll(lone);
      out.sort(Comparator.comparing(Reading::span));
    }
    return out;
  }

  /** A full birth date ("родился 12 марта 1887 г.") right after the name. */
  private static Integer birthDate(List<DateExtractor.Reading> dates, int from, int to) {
    for (DateExtractor.Reading d : dates) {
      if (d.start() >= from && d.start() < to && d.start() - from <= 40
          && d.role().isPresent() && d.role().get() == DateRole.BIRTH) {
        return d.date().getYear();
      }
    }
    return null;
  }

  /** The document's persons from the readings of all its pages (in page and text order). */
  public static List<PersonMention> merge(List<Reading> readings) {
    List<List<Reading>> groups = new ArrayList<>();
    List<Keys> groupKeys = new ArrayList<>();
    for (Reading r : readings) {
      Keys k = Keys.of(r.name());
      int found = -1;
      for (int g = 0; g < groups.size() && found < 0; g++) {
        if (groupKeys.get(g).samePerson(k) && yearsAgree(groups.get(g), r)) {
          found = g;
        }
      }
      if (found < 0) {
        groups.add(new ArrayList<>(List.of(r)));
        groupKeys.add(k);
      } else {
        groups.get(found).add(r);
        groupKeys.set(found, groupKeys.get(found).fuller(k));
      }
    }
    List<PersonRole> roles = new ArrayList<>();
    boolean anySubject = false;
    for (List<Reading> g : groups) {
      PersonRole role = cued(g);
      roles.add(role);
      anySubject |= role == PersonRole.SUBJECT;
    }
    for (int g = 0; g < groups.size(); g++) {
      if (roles.get(g) == null) {
        boolean birth = groups.get(g).stream()
            .anyMatch(r -> r.birthYear() != null || r.birthplace() != null);
        PersonRole role = birth || !anySubject ? PersonRole.SUBJECT : PersonRole.OTHER;
        roles.set(g, role);
        anySubject |= role == PersonRole.SUBJECT;
      }
    }
    List<PersonMention> out = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      out.add(mention(groups.get(g), roles.get(g)));
    }
    return out;
  }

  private static boolean yearsAgree(List<Reading> group, Reading r) {
    if (r.birthYear() == null) {
      return true;
    }
    for (Reading o : group) {
      if (o.birthYear() != null && !o.birthYear().equals(r.birthYear())) {
        return false;
      }
    }
    return true;
  }

  private static PersonRole cued(List<Reading> group) {
    PersonRole role = null;
    for (Reading r : group) {
      if (r.cuedRole() == PersonRole.SUBJECT) {
        return PersonRole.SUBJECT;
      }
      if (r.cuedRole() == PersonRole.OTHER) {
        role = PersonRole.OTHER;
      }
    }
    return role;
  }

  private static PersonMention mention(List<Reading> group, PersonRole role) {
    Reading best = group.stream().max(Comparator.comparingInt(PersonExtractor::completeness))
        .orElseThrow();
    Map<Integer, Integer> years = new HashMap<>();
    Integer year = null;
    int yearVotes = 0;
    String place = null;
    for (Reading r : group) {
      if (r.birthYear() != null) {
        int v = years.merge(r.birthYear(), 1, Integer::sum);
        if (v > yearVotes) {
          year = r.birthYear();
          yearVotes = v;
        }
      }
      if (place == null) {
        place = r.birthplace();
      }
    }
    List<Span> spans = group.stream().map(Reading::span).sorted().toList();
    NameParts n = best.name();
    return new PersonMention(n.surname(), n.given(), n.patronymic(), year, place, role, spans);
  }

  /**
   * How much of the name a reading gives: a full given name and patronymic count most, a
   * nominative patronymic ({@code -ович}, {@code -овна}) breaks ties, then the earliest reading.
   */
  private static int completeness(Reading r) {
    NameParts n = r.name();
    int score = 0;
    if (n.given() != null) {
      score += n.given().endsWith(".") ? 1 : 4;
    }
    if (n.patronymic() != null) {
      score += n.patronymic().endsWith(".") ? 1 : 4;
      String p = NormalizedPage.fold(n.patronymic());
      if (p.endsWith("ич") || p.endsWith("на") || p.endsWith("улы") || p.endsWith("кызы")) {
        score += 2;
      }
    }
    return score;
  }

  /** The keys of a name (the group's fullest reading). */
  record Keys(NameKey surname, NameKey given, NameKey patronymic) {
    static Keys of(NameParts n) {
      return new Keys(
          NameKey.of(n.surname()),
          n.given() == null ? null : NameKey.of(n.given()),
          n.patronymic() == null ? null : NameKey.of(n.patronymic()));
    }

    /** The same person within one document. */
    boolean samePerson(Keys o) {
      boolean givenKnown = given != null && o.given != null;
      if (givenKnown && !given.sameAs(o.given) && !given.nearlySameAs(o.given, 1)) {
        return false;
      }
      if (patronymic != null && o.patronymic != null && !patronymic.nearlySameAs(o.patronymic, 1)) {
        return false;
      }
      if (surname.sameAs(o.surname)) {
        return true;
      }
      // one letter misread in the surname: only with the given name read the same
      return surname.nearlySameAs(o.surname, 2)
          && givenKnown && !given.isInitial() && given.sameAs(o.given);
    }

    /** These keys completed by another reading's (a full given name over an initial). */
    Keys fuller(Keys o) {
      return new Keys(
          surname,
          given == null || (given.isInitial() && o.given != null) ? o.given : given,
          patronymic == null || (patronymic.isInitial() && o.patronymic != null)
              ? o.patronymic : patronymic);
    }
  }
}
