package kz.muragat.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.core.metadata.ArchivalMetadata;

/**
 * An archival citation in what a user typed — {@code ф. 1, оп. 2, д. 345}, {@code ф.1 оп.2},
 * {@code фонд 1 опись 2 дело 345}, Kazakh {@code қ. 1, т. 2, іс 345}, Latin {@code fond 1 opis 2} —
 * read as the metadata fields it names ({@code fond}, {@code opis}, {@code delo}, {@code list}), so
 * a search finds the documents whose description carries that citation, not only those whose text
 * mentions it.
 *
 * @param parts metadata key → the value the citation gives, in the order written
 * @param start where the citation starts in the text
 * @param end where it ends
 */
public record ArchivalCitation(Map<String, String> parts, int start, int end) {
  /** A number as archives write them: digits, maybe a letter (345а) or a range (12-14). */
  private static final String NUMBER = "(\\d{1,7}(?:[-–]\\d{1,7})?[а-яa-z]?)";

  private static final Pattern PART =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d])(фонд|ф|қор|қ|fond|f|опись|оп|тізбе|т|opis|op|дело|д|іс|delo|d|листы|лист|лл|л|парақ|п|list|l)"
              + "(?:\\.\\s*|\\s+|(?=\\d))№?\\s*"
              + NUMBER
              + "(?![\\p{L}\\d])");

  private static final Pattern SEPARATOR = Pattern.compile("[\\s,;.]*");

  /**
   * The first citation in {@code text} naming a fonds, an opis or a delo (a lone sheet number is no
   * citation), or null. Parts must follow each other with only spaces, commas or full stops
   * between.
   */
  public static ArchivalCitation find(String text) {
    Matcher m = PART.matcher(text);
    int from = 0;
    while (m.find(from)) {
      Map<String, String> parts = new LinkedHashMap<>();
      int start = m.start(), end = m.end();
      parts.putIfAbsent(key(m.group(1)), m.group(2));
      while (m.find(end) && SEPARATOR.matcher(text.substring(end, m.start())).matches()) {
        String key = key(m.group(1));
        if (parts.containsKey(key)) break;
        parts.put(key, m.group(2));
        end = m.end();
      }
      boolean cites = parts.containsKey(ArchivalMetadata.FOND) || parts.containsKey(ArchivalMetadata.OPIS) || parts.containsKey(ArchivalMetadata.DELO);
      // a single part needs its full word or its usual abbreviation with a full stop to be a
      // citation: "д 345" alone is as likely two words
      if (cites && (parts.size() > 1 || text.substring(start, end).matches("(?iu)(фонд|fond|опись|opis|дело|delo|іс|қор|тізбе)\\s.*|.*\\..*"))) {
        return new ArchivalCitation(parts, start, end);
      }
      from = start + 1;
    }
    return null;
  }

  private static String key(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "фонд", "ф", "қор", "қ", "fond", "f" -> ArchivalMetadata.FOND;
      case "опись", "оп", "тізбе", "т", "opis", "op" -> ArchivalMetadata.OPIS;
      case "дело", "д", "іс", "delo", "d" -> ArchivalMetadata.DELO;
      default -> ArchivalMetadata.LIST;
    };
  }

  /**
   * The documents whose metadata carry this citation's fonds, opis and delo (as {@code meta.<key>}
   * keywords); a sheet is checked on the hits ({@link #matches}), since a document covers a range.
   */
  public org.apache.lucene.search.Query query() {
    org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
    for (Map.Entry<String, String> p : parts.entrySet()) {
      if (p.getKey().equals(ArchivalMetadata.LIST)) continue;
      b.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
          kz.muragat.core.schema.IndexSchema.META_PREFIX + p.getKey(), p.getValue().toLowerCase(Locale.ROOT))),
          org.apache.lucene.search.BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Whether a document's metadata carries this citation: every part equal (a sheet within the document's sheets). */
  public boolean matches(Map<String, String> metadata) {
    for (Map.Entry<String, String> p : parts.entrySet()) {
      String v = metadata.get(p.getKey());
      if (v == null) return false;
      if (p.getKey().equals(ArchivalMetadata.LIST) ? !sheetWithin(p.getValue(), v) : !v.strip().equalsIgnoreCase(p.getValue())) return false;
    }
    return true;
  }

  /** A sheet (or range) cited within the sheets a document covers ({@code 12} in {@code 12-14}). */
  static boolean sheetWithin(String cited, String covered) {
    int[] c = range(cited), d = range(covered);
    return c != null && d != null && c[0] >= d[0] && c[1] <= d[1];
  }

  private static int[] range(String s) {
    Matcher m = Pattern.compile("(\\d+)(?:\\s*[-–]\\s*(\\d+))?").matcher(s.strip());
    if (!m.lookingAt()) return null;
    int a = Integer.parseInt(m.group(1)), b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
    return new int[] {Math.min(a, b), Math.max(a, b)};
  }
}
