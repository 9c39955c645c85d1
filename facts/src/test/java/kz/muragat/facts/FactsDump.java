package kz.muragat.facts;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;
import kz.muragat.facts.articles.Article;
import kz.muragat.facts.bodies.Body;
import kz.muragat.facts.dates.DateFact;
import kz.muragat.facts.linking.PersonLinker;
import kz.muragat.facts.persons.PersonMention;
import kz.muragat.facts.sentences.Sentence;

/**
 * Development tool, not a test: prints the facts of a folder of documents as JSON lines ({@code
 * {"id": ..., "facts": {...}}}), persons linked across the folder, in the shape the search server
 * will serve. A document is a text file (one page) or a folder of {@code N.txt} pages.
 *
 * <pre>
 * java -cp ... kz.muragat.facts.FactsDump FOLDER [--times N]   # N extraction rounds, pages/s on stderr
 * </pre>
 */
public final class FactsDump {
  private FactsDump() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int times = args.length > 2 && args[1].equals("--times") ? Integer.parseInt(args[2]) : 0;
    Map<String, List<PageText>> docs = read(root);
    if (times > 0) {
      measure(docs, times);
      return;
    }
    Map<String, DocumentFacts> facts = new LinkedHashMap<>();
    docs.forEach((id, pages) -> facts.put(id, FactExtractor.extract(pages)));
    Map<String, List<PersonMention>> persons = new LinkedHashMap<>();
    facts.forEach((id, f) -> persons.put(id, f.persons()));
    PersonLinker.Links links = PersonLinker.link(persons);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    facts.forEach((id, f) -> out.println(json(id, f, links)));
  }

  /** Extraction alone, pages per second, after a warm-up round. */
  private static void measure(Map<String, List<PageText>> docs, int times) {
    int pages = docs.values().stream().mapToInt(List::size).sum();
    long chars = docs.values().stream().flatMap(List::stream).mapToLong(p -> p.text().length()).sum();
    int sink = 0;
    for (int w = 0; w < 3; w++) {
      for (List<PageText> d : docs.values()) {
        sink += FactExtractor.extract(d).persons().size();
      }
    }
    long t0 = System.nanoTime();
    for (int r = 0; r < times; r++) {
      for (List<PageText> d : docs.values()) {
        sink += FactExtractor.extract(d).persons().size();
      }
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.err.printf(java.util.Locale.ROOT, "%d pages (%d chars) x %d rounds in %.2f s: %.0f pages/s, %.1f MB text/s (%d)%n",
        pages, chars, times, s, pages * times / s, chars * times / s / 1e6, sink);
  }

  static Map<String, List<PageText>> read(Path root) throws IOException {
    Map<String, List<PageText>> docs = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(root)) {
      for (Path p : s.sorted().toList()) {
        String id = p.getFileName().toString();
        if (Files.isDirectory(p)) {
          List<PageText> pages = new ArrayList<>();
          try (Stream<Path> ps = Files.list(p)) {
            for (Path page : ps.toList()) {
              String n = page.getFileName().toString().replace(".txt", "");
              pages.add(new PageText(Integer.parseInt(n), Files.readString(page)));
            }
          }
          docs.put(id, pages);
        } else if (id.endsWith(".txt")) {
          docs.put(id, List.of(new PageText(1, Files.readString(p))));
        }
      }
    }
    return docs;
  }

  static String json(String id, DocumentFacts f, PersonLinker.Links links) {
    StringJoiner persons = new StringJoiner(",", "[", "]");
    for (int i = 0; i < f.persons().size(); i++) {
      PersonMention p = f.persons().get(i);
      persons.add("{\"name\":" + str(p.name()) + ",\"person\":" + str(links.personId(id, i))
          + ",\"birth_year\":" + p.birthYear() + ",\"birthplace\":" + str(p.birthplace())
          + ",\"role\":" + str(p.role().label()) + ",\"pages\":" + p.pages() + "}");
    }
    StringJoiner articles = new StringJoiner(",", "[", "]");
    for (Article a : f.articles()) {
      articles.add(str(a.article()));
    }
    StringJoiner sentences = new StringJoiner(",", "[", "]");
    for (Sentence s : f.sentences()) {
      sentences.add("{\"kind\":" + str(s.kind().label()) + ",\"years\":" + s.years() + "}");
    }
    StringJoiner bodies = new StringJoiner(",", "[", "]");
    for (Body b : f.bodies()) {
      bodies.add(str(b.kind().label()));
    }
    StringJoiner dates = new StringJoiner(",", "[", "]");
    for (DateFact d : f.dates()) {
      dates.add("{\"date\":" + str(d.date().toString()) + ",\"role\":" + str(d.role().label()) + "}");
    }
    return "{\"id\":" + str(id) + ",\"facts\":{\"persons\":" + persons + ",\"articles\":" + articles
        + ",\"sentences\":" + sentences + ",\"bodies\":" + bodies + ",\"dates\":" + dates + "}}";
  }

  private static String str(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
