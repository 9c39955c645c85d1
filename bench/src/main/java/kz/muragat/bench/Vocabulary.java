package kz.muragat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The corpus generator's word lists, all committed in this module's resources: Russian lemmas
 * with their inflected forms ({@code ru-vocab.tsv.gz}, most frequent first), Kazakh stems
 * inflected by {@link KazakhInflector}, function words of both languages, and person names whose
 * Russian ({@code -ов/-ев}) and Kazakh ({@code -ұлы/-қызы}) forms name the same person.
 */
final class Vocabulary {
  /** Russian function words, most frequent first; they take the top Zipf ranks. */
  static final String[] RU_FUNCTION = (
      "в и на с по не что о к из за от для как его был была было были а но при до после также том этом "
      + "который которые он она они их ему ее со во у об под между так только уже еще года г")
      .split(" ");

  static final String[] KK_FUNCTION = "және мен бойынша туралы үшін деп болды еді осы бұл сол бар жоқ да де ол олар оның".split(" ");

  /** Russian lemmas (rank order), each with its forms. */
  final List<String[]> ru = new ArrayList<>();
  /** Kazakh stems (rank order), each with its forms. */
  final List<String[]> kk = new ArrayList<>();
  /** Kazakh root and Russian surname stem of each person name. */
  final List<String[]> names = new ArrayList<>();
  final List<String> given = new ArrayList<>();

  private static final Vocabulary INSTANCE = new Vocabulary();

  static Vocabulary get() {
    return INSTANCE;
  }

  private Vocabulary() {
    try {
      for (String line : lines("ru-vocab.tsv.gz")) {
        int tab = line.indexOf('\t');
        if (tab < 0) continue;
        ru.add(line.substring(tab + 1).split(" "));
      }
      List<String[]> kkOther = new ArrayList<>();
      for (String line : lines("kk-core.txt")) {
        String[] p = line.split(" ");
        String stem = p[0];
        String kind = p.length > 1 ? p[1] : "a";
        switch (kind) {
          case "n" -> kkOther.add(KazakhInflector.nounForms(stem));
          case "v" -> kkOther.add(KazakhInflector.verbForms(stem));
          default -> kkOther.add(new String[] {stem});
        }
      }
      kk.addAll(kkOther);
      for (String line : lines("names.txt")) names.add(line.split("\t"));
      given.addAll(lines("given.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String name) throws IOException {
    InputStream in = Vocabulary.class.getResourceAsStream(name);
    if (in == null) throw new IOException("missing resource " + name);
    if (name.endsWith(".gz")) in = new GZIPInputStream(in);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String l; (l = r.readLine()) != null; ) {
        l = l.strip();
        if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
      }
    }
    return out;
  }
}
