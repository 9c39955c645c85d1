package kz.muragat.facts.linking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    int n = all.size();
    UnionFind uf = new UnionFind(n);
    // 1-2: mentions with a year, compared within a year and a surname key or a given-name key
    Map<String, List<Integer>> blocks = new TreeMap<>();
    for (int i = 0; i < n; i++) {
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
    for (List<Integer> block : blocks.values()) {
      pairs(all, block, uf, PersonLinker::datedSame);
    }
    // 3: a mention without a year joins the one dated group of its name
    Map<Integer, List<Integer>> groups = uf.groups();
    Map<String, List<Integer>> datedBySurname = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
      if (all.get(g.getKey()).year != null) {
        for (int i : g.getValue()) {
          for (String k : all.get(i).surname.keys()) {
            List<Integer> roots = datedBySurname.computeIfAbsent(k, x -> new ArrayList<>());
            if (!roots.contains(g.getKey())) {
              roots.add(g.getKey());
            }
          }
        }
      }
    }
    Map<String, List<Integer>> alone = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Mention m = all.get(i);
      if (m.year != null) {
        continue;
      }
      List<Integer> candidates = new ArrayList<>();
      for (String k : m.surname.keys()) {
        for (int root : datedBySurname.getOrDefault(k, List.of())) {
          if (!candidates.contains(root) && groupAgrees(all, groups.get(root), m)) {
            candidates.add(root);
          }
        }
      }
      if (candidates.size() == 1) {
        uf.union(i, candidates.get(0));
      } else if (candidates.isEmpty()) {
        for (String k : m.surname.keys()) {
          alone.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
    }
    for (List<Integer> block : alone.values()) {
      pairs(all, block, uf, PersonLinker::fullNamesAgree);
    }
    return ids(all, uf.groups());
  }

  private interface Same {
    boolean test(Mention x, Mention y);
  }

  /** Links the pairs of a block that are the same person; never two of one document. */
  private static void pairs(List<Mention> all, List<Integer> block, UnionFind uf, Same same) {
    for (int a = 0; a < block.size(); a++) {
      for (int b = a + 1; b < block.size(); b++) {
        Mention x = all.get(block.get(a));
        Mention y = all.get(block.get(b));
        if (!x.ref.document().equals(y.ref.document()) && same.test(x, y)) {
          uf.union(block.get(a), block.get(b));
        }
      }
    }
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

  private static boolean groupAgrees(List<Mention> all, List<Integer> group, Mention m) {
    for (int j : group) {
      Mention o = all.get(j);
      if (o.ref.document().equals(m.ref.document())) {
        return false;
      }
      if (!m.surname.sameAs(o.surname) || !givenAgree(m, o) || !patronymicsAgree(m, o)
          || !placesAgree(m, o)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fullNamesAgree(Mention x, Mention y) {
    return x.given != null && y.given != null && x.surname.sameAs(y.surname)
        && givenAgree(x, y) && patronymicsAgree(x, y) && placesAgree(x, y);
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

  /** Union-find over mention indexes; groups keyed by their smallest index. */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }

    Map<Integer, List<Integer>> groups() {
      Map<Integer, List<Integer>> out = new TreeMap<>();
      for (int i = 0; i < parent.length; i++) {
        out.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
      }
      return out;
    }
  }
}
