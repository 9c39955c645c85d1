package kz.muragat.analysis.kk;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Kazakh stems known to Debian's hunspell-kk word list ({@code kk_KZ.dic}). Entries flagged as verbs
 * (the affix classes M…Z that hunspell-kk gives its infinitives in -у/-ю) become verb stems
 * ({@link #verbStem}: {@code шығу → шық}, {@code қою → қой}); all others are noun
 * (nominal) stems. Entries written with a capital letter are personal names (Ахмет, Райымбек,
 * Ғабит: about 400 of them; place names are written in lower case there): they are stems like the
 * others and are also kept as {@linkplain #isName names}. Each path is read once and shared
 * (immutable, thread-safe). A missing file gives an empty lexicon and one warning: the stemmer
 * then works by rules alone.
 */
public final class KazakhLexicon {
  /** Where Debian's hunspell-kk installs its word list. */
  public static final String DEFAULT_PATH = "/usr/share/hunspell/kk_KZ.dic";

  private static final Logger LOG = Logger.getLogger(KazakhLexicon.class.getName());
  private static final Map<String, KazakhLexicon> CACHE = new ConcurrentHashMap<>();

  /** An empty lexicon (rule-only stemming). */
  public static final KazakhLexicon EMPTY = new KazakhLexicon(Set.of(), Set.of(), Set.of(), Set.of());

  private final Set<String> nouns;
  private final Set<String> verbs;
  private final Set<String> names;
  private final Set<String> namesAlsoCommon;

  KazakhLexicon(Set<String> nouns, Set<String> verbs, Set<String> names, Set<String> namesAlsoCommon) {
    this.nouns = nouns;
    this.verbs = verbs;
    this.names = names;
    this.namesAlsoCommon = namesAlsoCommon;
  }

  /** The lexicon at the default path. */
  public static KazakhLexicon getDefault() {
    return get(DEFAULT_PATH);
  }

  /** The lexicon read from a hunspell .dic file, cached per path; empty if the file is absent. */
  public static KazakhLexicon get(String path) {
    return CACHE.computeIfAbsent(path, KazakhLexicon::load);
  }

  private static KazakhLexicon load(String path) {
    Path p = Paths.get(path);
    if (!Files.isReadable(p)) {
      LOG.warning(
          "Kazakh lexicon "
              + path
              + " not found (install Debian package hunspell-kk); Kazakh stemming uses rules only");
      return EMPTY;
    }
    Set<String> nouns = new HashSet<>();
    Set<String> verbs = new HashSet<>();
    Set<String> names = new HashSet<>();
    Set<String> lowerCase = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      String line;
      boolean first = true;
      while ((line = r.readLine()) != null) {
        if (first) {
          first = false;
          line = line.replace("\uFEFF", "");
          if (line.trim().matches("\\d+")) {
            continue;
          }
        }
        line = line.trim();
        if (line.isEmpty()) {
          continue;
        }
        int slash = line.indexOf('/');
        String written = slash < 0 ? line : line.substring(0, slash);
        String word = written.toLowerCase(Locale.ROOT);
        String flags = slash < 0 ? "" : line.substring(slash + 1);
        if (word.length() < 2) {
          continue;
        }
        if (Character.isUpperCase(written.charAt(0))) {
          names.add(word);
        }
        if (flags.indexOf('M') >= 0 && (word.endsWith("у") || word.endsWith("ю"))) {
          verbs.add(verbStem(word));
        } else {
          nouns.add(word);
          if (!Character.isUpperCase(written.charAt(0))) {
            lowerCase.add(word);
          }
        }
      }
    } catch (IOException e) {
      LOG.warning("Cannot read Kazakh lexicon " + path + ": " + e + "; using rules only");
      return EMPTY;
    }
    lowerCase.retainAll(names);
    return new KazakhLexicon(
        Collections.unmodifiableSet(nouns),
        Collections.unmodifiableSet(verbs),
        Collections.unmodifiableSet(names),
        Collections.unmodifiableSet(lowerCase));
  }

  /**
   * The verb stem of an infinitive: without -у, final б/г/ғ restored to п/к/қ ({@code шығу → шық});
   * -ю is й + у after any letter but и ({@code қою → қой}, {@code сүю → сүй}, {@code азаю → азай}:
   * hunspell-kk's own affixes make {@code қойып}, {@code азайып} of them), and plain у after и
   * ({@code жию → жи}, {@code кию → ки}: {@code киді}, {@code жиып}).
   */
  static String verbStem(String infinitive) {
    String stem = infinitive.substring(0, infinitive.length() - 1);
    if (infinitive.endsWith("ю") && !stem.endsWith("и")) {
      return stem + "й";
    }
    return KazakhStemmer.restoreFinal(stem);
  }

  public boolean isEmpty() {
    return nouns.isEmpty() && verbs.isEmpty();
  }

  /** Whether the list has the (lower-case) word: as a noun, or as a verb's -у/-ю form ({@code тау}). */
  public boolean lists(String s) {
    return nouns.contains(s) || ((s.endsWith("у") || s.endsWith("ю")) && s.length() > 2 && verbs.contains(verbStem(s)));
  }

  public boolean isNoun(String s) {
    return nouns.contains(s);
  }

  public boolean isVerb(String s) {
    return verbs.contains(s);
  }

  /** Whether the list writes the (lower-case) word with a capital letter: a personal name. */
  public boolean isName(String s) {
    return names.contains(s);
  }

  /**
   * Whether the list has the word both as a name and, in lower case, as an everyday word ({@code
   * азамат} "citizen", {@code арман} "dream", {@code жолдас} "comrade").
   */
  public boolean isNameAndCommonWord(String s) {
    return namesAlsoCommon.contains(s);
  }
}
