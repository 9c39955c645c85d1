package kz.muragat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import kz.muragat.analysis.ru.RussianLemmatizer;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Builds the committed Russian vocabulary resource {@code ru-vocab.tsv.gz} (one lemma a line,
 * most frequent first, then its inflected forms) from {@code src/main/vocab/ru-core.txt} (the
 * archival core, ranked by hand) and a deterministic sample of the LanguageTool dictionary's
 * nouns, adjectives and verbs (the long tail). Run once; the corpus generator only reads the
 * resource, so the corpus does not change when the dictionary does.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) kz.muragat.bench.VocabExtract bench</pre>
 */
public final class VocabExtract {
  /** One dictionary lemma in {@link #TAIL_ONE_IN} joins the tail. */
  private static final int TAIL_ONE_IN = 20;

  public static void main(String[] args) throws IOException {
    Path bench = Path.of(args.length > 0 ? args[0] : "bench");
    List<String> core = new ArrayList<>();
    for (String l : Files.readAllLines(bench.resolve("src/main/vocab/ru-core.txt"))) {
      l = l.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      String lemma = l.toLowerCase(Locale.ROOT).replace('ё', 'е');
      if (!core.contains(lemma)) core.add(lemma);
    }
    Set<String> coreSet = new LinkedHashSet<>(core);
    Map<String, Set<String>> coreForms = new LinkedHashMap<>();
    TreeMap<Long, String> tailOrder = new TreeMap<>();
    Map<String, Set<String>> tailForms = new java.util.HashMap<>();
    for (WordData w : new DictionaryLookup(RussianLemmatizer.dictionary())) {
      String tag = w.getTag().toString();
      String lemma = w.getStem().toString().replace('ё', 'е');
      String form = w.getWord().toString().replace('ё', 'е');
      if (!wanted(tag)) continue;
      if (coreSet.contains(lemma)) {
        coreForms.computeIfAbsent(lemma, k -> new LinkedHashSet<>()).add(form);
        continue;
      }
      if (lemma.length() < 4 || lemma.contains("-") || !lemma.chars().allMatch(c -> c >= 'а' && c <= 'я')) continue;
      long h = mix(lemma.hashCode());
      if (Long.remainderUnsigned(h, TAIL_ONE_IN) != 0) continue;
      if (!tailForms.containsKey(lemma)) tailOrder.put(h, lemma);
      tailForms.computeIfAbsent(lemma, k -> new LinkedHashSet<>()).add(form);
    }
    Path out = bench.resolve("src/main/resources/kz/muragat/bench/ru-vocab.tsv.gz");
    Files.createDirectories(out.getParent());
    int lines = 0;
    try (BufferedWriter wr =
        new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      for (String lemma : core) {
        Set<String> forms = coreForms.getOrDefault(lemma, new LinkedHashSet<>(List.of(lemma)));
        forms.add(lemma);
        wr.write(lemma + "\t" + String.join(" ", forms) + "\n");
        lines++;
      }
      for (String lemma : tailOrder.values()) {
        Set<String> forms = tailForms.get(lemma);
        forms.add(lemma);
        wr.write(lemma + "\t" + String.join(" ", limit(forms, 14)) + "\n");
        lines++;
      }
    }
    System.out.println(out + ": " + lines + " lemmas (" + core.size() + " core)");
  }

  private static List<String> limit(Set<String> forms, int n) {
    List<String> l = new ArrayList<>(forms);
    return l.size() <= n ? l : l.subList(0, n);
  }

  /** Nouns (not names), positive adjectives, verbs' infinitive, past and present and short participles. */
  private static boolean wanted(String tag) {
    if (tag.startsWith("NN:")) return !(tag.contains(":Name") || tag.contains(":Fam") || tag.contains(":Patr") || tag.contains(":Geo"));
    if (tag.startsWith("ADJ:Posit")) return true;
    if (tag.startsWith("VB:")) return tag.startsWith("VB:INF") || tag.startsWith("VB:Past") || tag.startsWith("VB:Real") || tag.contains(":P3");
    if (tag.startsWith("PT:Past")) return tag.contains(":Short") || tag.contains("Masc:Nom") || tag.contains("Fem:Nom") || tag.contains("PL:Nom");
    return false;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93e49bb1b3dL;
    return z ^ (z >>> 33);
  }
}
