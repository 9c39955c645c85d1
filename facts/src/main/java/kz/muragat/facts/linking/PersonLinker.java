package kz.muragat.facts.linking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.muragat.facts.persons.NameKey;
import kz.muragat.facts.persons.PersonMention;

/**
 * Gives every person mention of a set of documents a person id: the same person across documents
 * and scripts ({@code Джакупов Газымбек Миржакипович, 1897 г.р.} ↔ {@code Жақыпұлы Ғазымбек 1897
 * жылы туған}) gets one id; namesakes (same names, another birth year or birthplace) keep apart.
 *
 * <p>The rule, from the evidence a document gives (see the module README for why):
 *
 * <ol>
 *   <li><b>Same name</b>: surnames' cross-script keys meet ({@link NameKey}); given names meet, or
 *       an initial agrees with the name; patronymics meet or agree as initials where both
 *       documents give one. Kazakh records give no Russian patronymic, so a missing one is no
 *       evidence against.
 *   <li><b>Same birth year</b> is required to link two mentions that both give a year; then a
 *       name may differ by one OCR-misread letter in the surname or given name (not both), and two
 *       birthplaces that both documents give must not differ ({@link PlaceKey}).
 *   <li><b>A mention without a birth year</b> (a witness named in passing, a page whose year OCR
 *       lost) joins the one group of that name that has a year, chosen by patronymic and birthplace
 *       where those are given; if two or more such groups remain (namesakes), it stays alone —
 *       no evidence, no link. Mentions of a name no dated group has are linked among themselves
 *       when their full names agree.
 *   <li>Two persons of one document are never linked to each other directly.
 * </ol>
 *
 * <p>Ids are derived from the group, not numbered: {@code p} + a hash of the group's most frequent
 * surname and given-name keys and its birth year ({@code ""} without one). Linking is therefore
 * deterministic and independent of the order documents come in, and adding documents does not
 * renumber anything: a group keeps its id unless new mentions change its majority spelling key or
 * give a year-less group its first year. Namesakes born the same year get the birthplace key in
 * their hash; a year-less mention left alone gets its document and index.
 */
public final class PersonLinker {
  private PersonLinker() {}

  /** A mention: document id and index in that document's {@code persons}. */
  public record MentionRef(String document, int index) implements Comparable<MentionRef> {
    @Override
    public int compareTo(MentionRef o) {
      int c = document.compareTo(o.document);
      return c != 0 ? c : Integer.compare(index, o.index);
    }
  }

  /** A person across documents: its id, birth year if known, and every mention. */
  public record LinkedPerson(String id, Integer birthYear, List<MentionRef> mentions) {
    public LinkedPerson {
      mentions = List.copyOf(mentions);
    }
  }

  /** The result: an id for every mention, and the persons. */
  public static final class Links {
    private final Map<MentionRef, String> ids;
    private final List<LinkedPerson> persons;

    Links(Map<MentionRef, String> ids, List<LinkedPerson> persons) {
      this.ids = ids;
      this.persons = persons;
    }

    /** The person id of mention {@code index} of {@code document}, or null if there is none. */
    public String personId(String document, int index) {
      return ids.get(new MentionRef(document, index));
    }

    /** Every person, ordered by id. */
    public List<LinkedPerson> persons() {
      return persons;
    }
  }

  private static final class Mention {
    final MentionRef ref;
    final NameKey surname;
    final NameKey given;
    final NameKey patronymic;
    final Integer year;
    final String place;

    Mention(MentionRef ref, PersonMention p) {
      this.ref = ref;
      this.surname = NameKey.of(p.surname());
      this.given = p.given() == null ? null : NameKey.of(p.given());
      this.patronymic = p.patronymic() == null ? null : NameKey.of(p.patronymic());
      this.year = p.birthYear();
      this.place = PlaceKey.of(p.birthplace());
    }
  }

  /** Links the persons of every document (document id → its persons, as extracted). */
  public static Links link(Map<String, List<PersonMention>> byDocument) {
    List<Mention> all = new ArrayList<>();
    for (String doc : new TreeMap<>(byDocument).keySet()) {
      List<PersonMention> ps = byDocument.get(doc);
      for (int i = 0; i < ps.size(); i++) {
        all.add(new Mention(new MentionRef(doc, i), ps.get(i)));
      }
    }
    Groups groups = new Groups(all);
    linkDated(all, groups);
    linkUndated(all, groups);
    return ids(all, groups.groups());
  }

  /**
   * Rules 1-2: pairs of dated mentions compared within a block (same year and a surname key, or
   * same year and a given-name key), joined strongest evidence first, never against a conflict.
   */
  private static void linkDated(List<Mention> all, Groups groups) {
    Map<String, List<Integer>> blocks = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      Mention m = all.get(i);
      if (m.year != null) {
        for (String k : m.surname.keys()) {
          blocks.computeIfAbsent(m.year + "|s|" + k, x -> new ArrayList<>()).add(i);
        }
        if (m.given != null && !m.given.isInitial()) {
          for (String k : m.given.keys()) {
            blocks.computeIfAbsent(m.year + "|g|" + k, x -> new ArrayList<>()).add(i);
          }
        }
      }
    }
    Set<Long> seen = new HashSet<>();
    List<long[]> pairs = new ArrayList<>(); // {evidence, a, b}
    for (List<Integer> block : blocks.values()) {
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          int a = Math.min(block.get(i), block.get(j));
          int b = Math.max(block.get(i), block.get(j));
          if (seen.add(((long) a << 32) | b) && datedSame(all.get(a), all.get(b))) {
            pairs.add(new long[] {evidence(all.get(a), all.get(b)), a, b});
          }
        }
      }
    }
    pairs.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0])
        : x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[2], y[2]));
    for (long[] p : pairs) {
      groups.joinIfConsistent((int) p[1], (int) p[2]);
    }
  }

  /**
   * Rule 3: a mention without a year joins the one dated group whose names agree with it and
   * nothing contradicts; with none, mentions of the same full name are joined.
   */
  private static void linkUndated(List<Mention> all, Groups groups) {
    Map<String, List<Integer>> datedBySurname = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).year != null) {
        for (String k : all.get(i).surname.keys()) {
          datedBySurname.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
    }
    Map<String, List<Integer>> alone = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      Mention m = all.get(i);
      if (m.year != null) {
        continue;
      }
      Set<Integer> candidates = new TreeSet<>();
      for (String k : m.surname.keys()) {
        for (int j : datedBySurname.getOrDefault(k, List.of())) {
          int root = groups.root(j);
          if (!candidates.contains(root) && namesAgree(m, all.get(j))
              && groups.consistent(i, root)) {
            candidates.add(root);
          }
        }
      }
      if (candidates.size() == 1) {
        groups.joinIfConsistent(i, candidates.iterator().next());
      } else if (candidates.isEmpty()) {
        for (String k : m.surname.keys()) {
          alone.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
    }
    for (List<Integer> block : alone.values()) {
      for (int a = 0; a < block.size(); a++) {
        for (int b = a + 1; b < block.size(); b++) {
          Mention x = all.get(block.get(a));
          Mention y = all.get(block.get(b));
          if (x.given != null && y.given != null && namesAgree(x, y)) {
            groups.joinIfConsistent(block.get(a), block.get(b));
          }
        }
      }
    }
  }

  /** How much agrees beyond the name: a patronymic, a birthplace written alike, exact keys. */
  private static long evidence(Mention x, Mention y) {
    long score = 0;
    if (x.patronymic != null && y.patronymic != null) {
      score += 2;
    }
    if (x.place != null && x.place.equals(y.place)) {
      score += 2;
    }
    if (x.surname.sameAs(y.surname)) {
      score++;
    }
    if (x.given != null && y.given != null && x.given.sameAs(y.given)) {
      score++;
    }
    return score;
  }

  private static boolean namesAgree(Mention x, Mention y) {
    return x.surname.sameAs(y.surname) && givenAgree(x, y);
  }

  /** Nothing in two mentions says they are two persons. */
  private static boolean noConflict(Mention x, Mention y) {
    return !x.ref.document().equals(y.ref.document())
        && (x.year == null || y.year == null || x.year.equals(y.year))
        && patronymicsAgree(x, y) && placesAgree(x, y);
  }

  /** Both give a year: same year, same name (one misread letter allowed), places agree. */
  private static boolean datedSame(Mention x, Mention y) {
    if (!x.year.equals(y.year) || !placesAgree(x, y) || !patronymicsAgree(x, y)) {
      return false;
    }
    boolean surname = x.surname.sameAs(y.surname);
    boolean given = givenAgree(x, y);
    if (surname && given) {
      return true;
    }
    boolean fullGiven = x.given != null && y.given != null && !x.given.isInitial()
        && !y.given.isInitial();
    return (surname && fullGiven && x.given.nearlySameAs(y.given, 1))
        || (given && fullGiven && x.surname.nearlySameAs(y.surname, 1));
  }

  private static boolean givenAgree(Mention x, Mention y) {
    return x.given != null && y.given != null && x.given.sameAs(y.given);
  }

  private static boolean patronymicsAgree(Mention x, Mention y) {
    return x.patronymic == null || y.patronymic == null || x.patronymic.nearlySameAs(y.patronymic, 1);
  }

  /** Birthplaces agree unless both are given, written alike, and differ. */
  private static boolean placesAgree(Mention x, Mention y) {
    return x.place == null || y.place == null
        || !x.place.regionMatches(0, y.place, 0, 3) || x.place.equals(y.place);
  }

  private static Links ids(List<Mention> all, Map<Integer, List<Integer>> groups) {
    Map<String, List<List<Integer>>> byBase = new TreeMap<>();
    for (List<Integer> g : groups.values()) {
      byBase.computeIfAbsent(base(all, g), k -> new ArrayList<>()).add(g);
    }
    Map<MentionRef, String> ids = new HashMap<>();
    List<LinkedPerson> persons = new ArrayList<>();
    for (Map.Entry<String, List<List<Integer>>> e : byBase.entrySet()) {
      List<List<Integer>> same = e.getValue();
      for (List<Integer> g : same) {
        String key = e.getKey();
        if (same.size() > 1) {
          key += "|" + disambiguator(all, g);
        }
        String id = "p" + hash(key);
        List<MentionRef> refs = new ArrayList<>();
        Integer year = null;
        for (int i : g) {
          refs.add(all.get(i).ref);
          ids.put(all.get(i).ref, id);
          if (all.get(i).year != null) {
            year = all.get(i).year;
          }
        }
        Collections.sort(refs);
        persons.add(new LinkedPerson(id, year, refs));
      }
    }
    persons.sort((a, b) -> a.id().compareTo(b.id()));
    return new Links(ids, List.copyOf(persons));
  }

  /** Most frequent surname and given-name keys (ties: the smaller), and the year. */
  private static String base(List<Mention> all, List<Integer> g) {
    Map<String, Integer> names = new LinkedHashMap<>();
    Integer year = null;
    for (int i : g) {
      Mention m = all.get(i);
      String given = m.given == null ? "" : m.given.canonical();
      names.merge(m.surname.canonical() + "/" + given, m.given == null || m.given.isInitial() ? 1 : 2,
          Integer::sum);
      if (m.year != null) {
        year = m.year;
      }
    }
    String best = null;
    int votes = -1;
    for (Map.Entry<String, Integer> e : new TreeMap<>(names).entrySet()) {
      if (e.getValue() > votes) {
        best = e.getKey();
        votes = e.getValue();
      }
    }
    return best + "/" + (year == null ? "" : year);
  }

  /** For groups sharing a base: the birthplace key if they have one, else the first mention. */
  private static String disambiguator(List<Mention> all, List<Integer> g) {
    for (int i : g) {
      if (all.get(i).place != null) {
        return "place:" + all.get(i).place;
      }
    }
    MentionRef first = Collections.min(g.stream().map(i -> all.get(i).ref).toList());
    return "doc:" + first.document() + "#" + first.index();
  }

  private static String hash(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Union-find over mention indexes, each group with its members, joining two groups only when no
   * member of one conflicts with a member of the other (no transitive merge across a conflict).
   */
  private static final class Groups {
    private final List<Mention> all;
    private final int[] parent;
    private final Map<Integer, List<Integer>> members = new HashMap<>();

    Groups(List<Mention> all) {
      this.all = all;
      parent = new int[all.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
        members.put(i, new ArrayList<>(List.of(i)));
      }
    }

    int root(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** No member of a's group conflicts with a member of b's. */
    boolean consistent(int a, int b) {
      int ra = root(a);
      int rb = root(b);
      if (ra == rb) {
        return true;
      }
      for (int x : members.get(ra)) {
        for (int y : members.get(rb)) {
          if (!noConflict(all.get(x), all.get(y))) {
            return false;
          }
        }
      }
      return true;
    }

    void joinIfConsistent(int a, int b) {
      int ra = root(a);
      int rb = root(b);
      if (ra == rb || !consistent(ra, rb)) {
        return;
      }
      int keep = Math.min(ra, rb);
      int gone = Math.max(ra, rb);
      parent[gone] = keep;
      members.get(keep).addAll(members.remove(gone));
    }

    /** The groups, keyed by their smallest index, members ascending. */
    Map<Integer, List<Integer>> groups() {
      Map<Integer, List<Integer>> out = new TreeMap<>();
      for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
        List<Integer> m = new ArrayList<>(e.getValue());
        Collections.sort(m);
        out.put(e.getKey(), m);
      }
      return out;
    }
  }
}
