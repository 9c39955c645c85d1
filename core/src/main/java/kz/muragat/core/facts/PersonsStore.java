package kz.muragat.core.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import kz.muragat.facts.linking.PersonLinker;
import kz.muragat.facts.persons.NameKey;
import kz.muragat.facts.persons.PersonMention;
import kz.muragat.facts.persons.PersonRole;
import kz.muragat.facts.text.Span;

/**
 * The persons of the whole index, linked across documents ({@link PersonLinker}), as the data
 * folder's {@code persons.json}: rebuilt from every document entry's stored facts at the end of
 * each index or reindex run ({@link #build}), read by the server ({@link #load}).
 *
 * <p>Each mention keeps the document's access level and the facts variant it was read in
 * ({@link FileFacts}); a caller sees a mention only when they may see the document and the
 * variant is the one they may see — so a person named only on a closed page is not listed to a
 * caller without that level, and the names and birth years shown are those of their pages. The
 * store is as of the end of the last run, the index as of its last commit: a mention also records
 * a digest of the facts it was read from, and the server shows it only while the document the
 * caller may see still holds those facts ({@link Current}) — a document closed, withdrawn or
 * rewritten by a run still going hides its mentions at once, not when the run ends. Every
 * variant of every document takes part in linking (a variant is linked like a document of its
 * own), so a mention has the same id whichever variant a caller sees.
 */
public final class PersonsStore {
  /** The file in the data folder. */
  public static final String FILE = "persons.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final char SEP = '\u0001';

  /** A document as the store is built from it: its access level and stored facts. */
  public record Source(String access, String factsJson) {}

  /**
   * Whether a document the caller may see, as the index holds it now, still has the stored facts
   * whose {@link #digest} is given.
   */
  @FunctionalInterface
  public interface Current {
    boolean holds(String document, String factsDigest);
  }

  /** One mention as stored. */
  record Mention(String document, String access, Set<String> levels, String variant, int index, String digest,
                 String name, List<NameKey> keys, Integer birthYear, String birthplace, String role, List<Integer> pages) {}

  private final Map<String, List<Mention>> byPerson;
  private final Map<String, String> ids;

  private PersonsStore(Map<String, List<Mention>> byPerson, Map<String, String> ids) {
    this.byPerson = byPerson;
    this.ids = ids;
  }

  /** No persons (no store yet). */
  public static final PersonsStore EMPTY = new PersonsStore(Map.of(), Map.of());

  /** Links the persons of {@code documents} (id → source) and writes them to {@code file}, atomically. */
  public static void build(Map<String, Source> documents, Path file) throws IOException {
    Map<String, List<PersonMention>> byVariant = new TreeMap<>();
    Map<String, List<JsonNode>> nodes = new HashMap<>();
    for (Map.Entry<String, Source> d : new TreeMap<>(documents).entrySet()) {
      FactsJson facts = FactsJson.parse(d.getValue().factsJson());
      for (String variant : facts.variantKeys()) {
        List<PersonMention> ms = new ArrayList<>();
        List<JsonNode> ns = new ArrayList<>();
        for (JsonNode p : facts.variant(variant).path("persons")) {
          ms.add(mention(p));
          ns.add(p);
        }
        if (!ms.isEmpty()) {
          byVariant.put(d.getKey() + SEP + variant, ms);
          nodes.put(d.getKey() + SEP + variant, ns);
        }
      }
    }
    PersonLinker.Links links = PersonLinker.link(byVariant);
    ObjectNode root = JSON.createObjectNode();
    ArrayNode persons = root.putArray("persons");
    for (PersonLinker.LinkedPerson lp : links.persons()) {
      ObjectNode p = persons.addObject().put("person", lp.id());
      ArrayNode ms = p.putArray("mentions");
      for (PersonLinker.MentionRef r : lp.mentions()) {
        int sep = r.document().indexOf(SEP);
        String doc = r.document().substring(0, sep);
        JsonNode src = nodes.get(r.document()).get(r.index());
        ObjectNode m = ms.addObject().put("document", doc).put("access", documents.get(doc).access())
            .put("variant", r.document().substring(sep + 1)).put("index", r.index())
            .put("digest", digest(documents.get(doc).factsJson()));
        ArrayNode lv = m.putArray("levels");
        FactsJson.parse(documents.get(doc).factsJson()).levels().forEach(lv::add);
        m.setAll((ObjectNode) src);
      }
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writeValue(tmp.toFile(), root);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A short digest of a document's stored facts, which tells a mention from a stale one. */
  public static String digest(String factsJson) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(String.valueOf(factsJson).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PersonMention mention(JsonNode p) {
    List<Span> spans = new ArrayList<>();
    for (int page : FactsView.pages(p)) spans.add(new Span(page, 0, 0));
    return new PersonMention(p.path("surname").asText(), text(p, "given"), text(p, "patronymic"),
        p.path("birth_year").isNumber() ? p.get("birth_year").intValue() : null, text(p, "birthplace"),
        "subject".equals(p.path("role").asText()) ? PersonRole.SUBJECT : PersonRole.OTHER, spans);
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).isTextual() ? n.get(field).asText() : null;
  }

  /** The name as written: surname, given name, patronymic. */
  static String name(JsonNode p) {
    StringBuilder b = new StringBuilder(p.path("surname").asText());
    for (String f : List.of("given", "patronymic")) {
      if (p.path(f).isTextual()) b.append(' ').append(p.get(f).asText());
    }
    return b.toString();
  }

  /** Reads {@code file}; {@link #EMPTY} when there is none. */
  public static PersonsStore load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) return EMPTY;
    JsonNode root = JSON.readTree(file.toFile());
    Map<String, List<Mention>> byPerson = new LinkedHashMap<>();
    Map<String, String> ids = new HashMap<>();
    for (JsonNode p : root.path("persons")) {
      String id = p.path("person").asText();
      List<Mention> ms = new ArrayList<>();
      for (JsonNode m : p.path("mentions")) {
        Set<String> levels = new LinkedHashSet<>();
        for (JsonNode l : m.path("levels")) levels.add(l.asText());
        List<NameKey> keys = new ArrayList<>();
        for (String f : List.of("surname", "given", "patronymic")) {
          if (m.path(f).isTextual() && !m.get(f).asText().isBlank()) keys.add(NameKey.of(m.get(f).asText()));
        }
        Mention x = new Mention(m.path("document").asText(), m.path("access").asText(), levels,
            m.path("variant").asText(), m.path("index").asInt(), m.path("digest").asText(), name(m), keys,
            m.path("birth_year").isNumber() ? m.get("birth_year").intValue() : null, text(m, "birthplace"),
            m.path("role").asText(), FactsView.pages(m));
        ms.add(x);
        ids.put(x.document() + SEP + x.variant() + SEP + x.index(), id);
      }
      byPerson.put(id, ms);
    }
    return new PersonsStore(byPerson, ids);
  }

  /** The person id of mention {@code index} of a document's facts variant, or null. */
  public String personId(String document, String variant, int index) {
    return ids.get(document + SEP + variant + SEP + index);
  }

  /**
   * The persons a caller may see ({@code maySee}: the levels they hold) whose names match every word of {@code q} in any spelling
   * (cross-script name keys: {@code Жақыпұлы} finds {@code Джакупов}); a blank query lists all.
   * Ordered by id.
   */
  public List<Map<String, Object>> find(String q, Predicate<String> maySee, Current current) {
    List<NameKey> words = new ArrayList<>();
    if (q != null) {
      for (String w : q.strip().split("[\\s,.]+")) if (!w.isBlank()) words.add(NameKey.of(w));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : new TreeMap<>(byPerson).entrySet()) {
      List<Mention> visible = visible(e.getValue(), maySee);
      if (visible.isEmpty() || !matches(visible, words)) continue;
      visible = current(visible, current);
      if (visible.isEmpty() || !matches(visible, words)) continue;
      out.add(view(e.getKey(), visible));
    }
    return out;
  }

  /** One person as a caller may see them; empty when they may see no mention of them. */
  public Optional<Map<String, Object>> person(String id, Predicate<String> maySee, Current current) {
    List<Mention> visible = current(visible(byPerson.getOrDefault(id, List.of()), maySee), current);
    return visible.isEmpty() ? Optional.empty() : Optional.of(view(id, visible));
  }

  private static boolean matches(List<Mention> mentions, List<NameKey> words) {
    for (NameKey w : words) {
      boolean found = false;
      for (Mention m : mentions) {
        for (NameKey k : m.keys()) {
          if (w.sameAs(k)) {
            found = true;
            break;
          }
        }
        if (found) break;
      }
      if (!found) return false;
    }
    return true;
  }

  private static List<Mention> current(List<Mention> mentions, Current current) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) if (current.holds(m.document(), m.digest())) out.add(m);
    return out;
  }

  private static List<Mention> visible(List<Mention> mentions, Predicate<String> maySee) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (!maySee.test(m.access())) continue;
      Set<String> held = new LinkedHashSet<>();
      for (String l : m.levels()) if (maySee.test(l)) held.add(l);
      if (m.variant().equals(FileFacts.variantKey(held))) out.add(m);
    }
    return out;
  }

  private static Map<String, Object> view(String id, List<Mention> mentions) {
    Set<String> names = new LinkedHashSet<>();
    Integer year = null;
    Map<String, Map<String, Object>> documents = new TreeMap<>();
    for (Mention m : mentions) {
      names.add(m.name());
      if (year == null) year = m.birthYear();
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", m.document());
      d.put("name", m.name());
      d.put("role", m.role());
      d.put("pages", m.pages());
      documents.put(m.document(), d);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("person", id);
    out.put("names", List.copyOf(names));
    out.put("birth_year", year);
    out.put("documents", List.copyOf(documents.values()));
    return out;
  }
}
