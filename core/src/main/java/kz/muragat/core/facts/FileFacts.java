package kz.muragat.core.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.muragat.facts.DocumentFacts;
import kz.muragat.facts.FactExtractor;
import kz.muragat.facts.PageText;
import kz.muragat.facts.articles.Article;
import kz.muragat.facts.bodies.Body;
import kz.muragat.facts.dates.DateFact;
import kz.muragat.facts.persons.PersonMention;
import kz.muragat.facts.persons.PersonRole;
import kz.muragat.facts.sentences.Sentence;
import kz.muragat.facts.text.Span;

/**
 * The facts of one source file as the index keeps them, read once per <em>access variant</em>: the
 * pages a class of callers may see. The variant {@code ""} holds what the pages at the document's
 * own level say (every caller who may see the document sees them); a file whose pages have
 * stricter levels of their own ({@code page_access}) also gets a variant for each set of those
 * levels ({@code "closed"}, {@code "closed,restricted"}), read from the open pages and the pages of
 * those levels. Facts are read per variant rather than filtered afterwards because a fact joins
 * what several pages say (a name on one page, the birth year on the next): only a reading of
 * exactly the pages a caller may see shows them nothing of the others.
 *
 * <p>A file with more than {@value #MAX_LEVELS} page levels of its own keeps only the open
 * variant (fails closed: callers of those levels see the open pages' facts).
 */
public final class FileFacts {
  /** Most page levels of one file whose combinations get a variant each. */
  static final int MAX_LEVELS = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, DocumentFacts> variants;
  private final List<String> levels;

  private FileFacts(Map<String, DocumentFacts> variants, List<String> levels) {
    this.variants = variants;
    this.levels = levels;
  }

  /**
   * Reads the facts of a file's pages.
   *
   * @param pages every page, numbered from 1
   * @param ownLevel page number → its own stricter level; pages not in it are at the document's level
   */
  public static FileFacts read(List<PageText> pages, Map<Integer, String> ownLevel) {
    List<String> levels = new ArrayList<>(new TreeSet<>(ownLevel.values()));
    Map<String, DocumentFacts> variants = new LinkedHashMap<>();
    List<Set<String>> subsets = new ArrayList<>();
    subsets.add(Set.of());
    if (levels.size() <= MAX_LEVELS) {
      for (int mask = 1; mask < (1 << levels.size()); mask++) {
        Set<String> s = new TreeSet<>();
        for (int i = 0; i < levels.size(); i++) if ((mask & (1 << i)) != 0) s.add(levels.get(i));
        subsets.add(s);
      }
    }
    for (Set<String> held : subsets) {
      List<PageText> visible = new ArrayList<>();
      for (PageText p : pages) {
        String own = ownLevel.get(p.number());
        if (own == null || held.contains(own)) visible.add(p);
      }
      variants.put(variantKey(held), FactExtractor.extract(visible));
    }
    return new FileFacts(variants, levels.size() <= MAX_LEVELS ? levels : List.of());
  }

  /** The key of the variant read from the open pages and those of {@code held} levels. */
  public static String variantKey(Set<String> held) {
    return String.join(",", new TreeSet<>(held));
  }

  /** What the pages at the document's own level say. */
  public DocumentFacts open() {
    return variants.get("");
  }

  /** Every variant by key. */
  public Map<String, DocumentFacts> variants() {
    return variants;
  }

  /** Facet values of the open variant, by dimension ({@link FactFacets}); empty dimensions left out. */
  public Map<String, Set<String>> facets() {
    DocumentFacts f = open();
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Set<String> articles = new LinkedHashSet<>();
    for (Article a : f.articles()) articles.add(a.article());
    Set<String> sentences = new LinkedHashSet<>();
    for (Sentence s : f.sentences()) sentences.add(s.kind().label());
    Set<String> bodies = new LinkedHashSet<>();
    for (Body b : f.bodies()) bodies.add(b.kind().label());
    Set<String> persons = new LinkedHashSet<>();
    for (PersonMention p : f.persons()) {
      if (p.role() == PersonRole.SUBJECT) persons.add(FactFacets.personValue(p.name(), p.birthYear()));
    }
    put(out, FactFacets.ARTICLE, articles);
    put(out, FactFacets.SENTENCE, sentences);
    put(out, FactFacets.BODY, bodies);
    put(out, FactFacets.PERSON, persons);
    return out;
  }

  private static void put(Map<String, Set<String>> out, String dim, Set<String> values) {
    if (!values.isEmpty()) out.put(dim, values);
  }

  /** The JSON stored on the document entry ({@link FactsJson} reads it back). */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode lv = root.putArray(FactsJson.LEVELS);
    levels.forEach(lv::add);
    ObjectNode vs = root.putObject(FactsJson.VARIANTS);
    variants.forEach((k, f) -> vs.set(k, facts(f)));
    return root.toString();
  }

  private static ObjectNode facts(DocumentFacts f) {
    ObjectNode o = JSON.createObjectNode();
    ArrayNode persons = o.putArray("persons");
    for (PersonMention p : f.persons()) {
      ObjectNode n = persons.addObject();
      n.put("surname", p.surname());
      n.put("given", p.given());
      n.put("patronymic", p.patronymic());
      if (p.birthYear() == null) n.putNull("birth_year");
      else n.put("birth_year", p.birthYear());
      n.put("birthplace", p.birthplace());
      n.put("role", p.role().label());
      pages(n, p.spans());
    }
    ArrayNode articles = o.putArray("articles");
    for (Article a : f.articles()) {
      ObjectNode n = articles.addObject().put("article", a.article()).put("code", a.code());
      pages(n, a.spans());
    }
    ArrayNode sentences = o.putArray("sentences");
    for (Sentence s : f.sentences()) {
      ObjectNode n = sentences.addObject().put("kind", s.kind().label());
      if (s.years() == null) n.putNull("years");
      else n.put("years", s.years());
      pages(n, s.spans());
    }
    ArrayNode bodies = o.putArray("bodies");
    for (Body b : f.bodies()) pages(bodies.addObject().put("body", b.kind().label()), b.spans());
    ArrayNode dates = o.putArray("dates");
    for (DateFact d : f.dates()) {
      pages(dates.addObject().put("date", d.date().toString()).put("role", d.role().label()), d.spans());
    }
    return o;
  }

  private static void pages(ObjectNode n, List<Span> spans) {
    ArrayNode a = n.putArray("pages");
    spans.stream().map(Span::page).distinct().sorted().forEach(a::add);
  }
}
