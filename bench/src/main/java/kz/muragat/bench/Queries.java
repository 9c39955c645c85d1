package kz.muragat.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * The query set, drawn from the corpus itself (from its first 10,000 pages, so it is the same at
 * every corpus size): words, word pairs and phrases read off generated pages, and person names in
 * their Russian ({@code Жумабаев}) or Kazakh ({@code Жұмабайұлы}) form. All queries are plain
 * words (all must match) or one quoted phrase, which every engine reads the same way.
 */
public final class Queries {
  public enum Kind {
    ONE_WORD("one-word"),
    MULTI_WORD("multi-word"),
    PHRASE("phrase"),
    NAME("name");

    public final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  public record Query(Kind kind, String text) {
    /** The words of the query without quotes. */
    public String words() {
      return text.replace("\"", "");
    }
  }

  private static final Pattern WORD = Pattern.compile("[а-яёәіңғүұқөһ]{4,}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> STOP = new HashSet<>();

  static {
    for (String w : Vocabulary.RU_FUNCTION) STOP.add(w);
    for (String w : Vocabulary.KK_FUNCTION) STOP.add(w);
    for (String w : "года рождения уроженец уроженка аула села уезда жылы туған жылғы".split(" ")) STOP.add(w);
  }

  private Queries() {}

  /** {@code perKind} queries of each kind, interleaved (one-word, multi-word, phrase, name, …). */
  public static List<Query> generate(long seed, int perKind) {
    SplittableRandom r = new SplittableRandom(VocabExtract.mix(seed ^ 0x51EDL));
    int docs = new Corpus(seed, 10_000).documents();
    List<List<Query>> byKind = new ArrayList<>();
    for (Kind k : Kind.values()) byKind.add(new ArrayList<>());
    Set<String> seen = new HashSet<>();
    int guard = 0;
    while (byKind.stream().anyMatch(l -> l.size() < perKind) && guard++ < perKind * 400) {
      int i = r.nextInt(docs);
      Corpus.Doc d = Corpus.document(seed, i, Corpus.pageCount(seed, i));
      String page = d.pages().get(r.nextInt(d.pages().size()));
      String[] sentences = page.replace("-\n", "").replace('\n', ' ').split("[.,()]");
      String sentence = sentences[r.nextInt(sentences.length)];
      List<String> words = new ArrayList<>();
      for (String t : sentence.trim().split("\\s+")) words.add(t);
      Kind kind = Kind.values()[guard % 4];
      if (byKind.get(kind.ordinal()).size() >= perKind) continue;
      Query q =
          switch (kind) {
            case ONE_WORD -> {
              List<String> c = content(words);
              yield c.isEmpty() ? null : new Query(kind, lower(c.get(r.nextInt(c.size()))));
            }
            case MULTI_WORD -> {
              List<String> c = content(words);
              if (c.size() < 3) yield null;
              int a = r.nextInt(c.size()), b = r.nextInt(c.size());
              if (a == b || lower(c.get(a)).equals(lower(c.get(b)))) yield null;
              yield new Query(kind, lower(c.get(a)) + " " + lower(c.get(b)));
            }
            case PHRASE -> {
              if (words.size() < 3) yield null;
              int a = r.nextInt(words.size() - 1);
              String x = words.get(a), y = words.get(a + 1);
              if (!WORD.matcher(x).matches() || !WORD.matcher(y).matches() || (STOP.contains(lower(x)) && STOP.contains(lower(y)))) yield null;
              yield new Query(kind, "\"" + lower(x) + " " + lower(y) + "\"");
            }
            case NAME -> {
              // a person of the document, as a Russian surname or a Kazakh patronymic
              String[] name = Vocabulary.get().names.get(nameIndex(d, r));
              yield new Query(kind, r.nextBoolean() ? name[1] : name[0] + "ұлы");
            }
          };
      if (q == null || !seen.add(q.text())) continue;
      byKind.get(kind.ordinal()).add(q);
    }
    List<Query> out = new ArrayList<>();
    for (int i = 0; i < perKind; i++) for (List<Query> l : byKind) if (i < l.size()) out.add(l.get(i));
    return out;
  }

  /** A name that occurs in the document's text. */
  private static int nameIndex(Corpus.Doc d, SplittableRandom r) {
    List<String[]> names = Vocabulary.get().names;
    List<Integer> in = new ArrayList<>();
    String text = d.title() + " " + String.join(" ", d.pages());
    for (int i = 0; i < names.size(); i++) if (text.contains(names.get(i)[1]) || text.contains(names.get(i)[0] + "ұлы")) in.add(i);
    return in.isEmpty() ? r.nextInt(names.size()) : in.get(r.nextInt(in.size()));
  }

  private static List<String> content(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) if (WORD.matcher(w).matches() && !STOP.contains(lower(w))) out.add(w);
    return out;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
