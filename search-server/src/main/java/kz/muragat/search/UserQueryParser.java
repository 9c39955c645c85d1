package kz.muragat.search;

import java.util.Map;
import kz.muragat.indexer.index.IndexAnalyzer;
import kz.muragat.indexer.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into a Lucene query over the text fields.
 *
 * <ul>
 *   <li>{@code simple} (default): words (all must match), {@code "phrases"}, {@code -exclusion},
 *       {@code OR} / {@code |} between alternatives, {@code word*} prefixes. Never fails.
 *   <li>{@code lucene}: Lucene's classic syntax for experts — AND/OR/NOT, {@code field:},
 *       {@code "phrase"~N}, wildcards, {@code fuzzy~}, ranges. A syntax error is reported.
 * </ul>
 *
 * Words are searched in the morphological field (every inflected form) and, with a higher
 * weight, in the exact field, so exact spellings rank first.
 */
public final class UserQueryParser {
  /** Longest query accepted, in characters. */
  public static final int MAX_LENGTH = 1000;

  /**
   * Fields a word is looked for in, with their weights: exact spellings first, then every inflected
   * form, then spelling variants of names across Russian, Kazakh and Latin script.
   */
  private static final Map<String, Float> FIELDS =
      Map.of(IndexSchema.TEXT, 1.0f, IndexSchema.TEXT_EXACT, 1.5f, IndexSchema.TEXT_VARIANT, 0.6f, IndexSchema.TITLE, 0.5f);

  private final Analyzer analyzer = new IndexAnalyzer();

  public Query parse(String text, String syntax) throws QueryParseException {
    if (text.length() > MAX_LENGTH) {
      throw new QueryParseException("query too long: " + text.length() + " characters, at most " + MAX_LENGTH);
    }
    return switch (syntax == null ? "simple" : syntax) {
      case "simple" -> simple(text);
      case "lucene" -> lucene(text);
      default -> throw new QueryParseException("unknown syntax '" + syntax + "': use 'simple' or 'lucene'");
    };
  }

  private Query simple(String text) throws QueryParseException {
    // the simple parser knows '|' for OR; historians write OR
    String t = text.replaceAll("(?<=\\s)OR(?=\\s)", "|");
    SimpleQueryParser p = new SimpleQueryParser(analyzer, FIELDS);
    p.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q = p.parse(t);
    if (q == null) throw new QueryParseException("the query has no searchable words");
    return q;
  }

  private Query lucene(String text) throws QueryParseException {
    MultiFieldQueryParser p = new MultiFieldQueryParser(FIELDS.keySet().toArray(String[]::new), analyzer, FIELDS);
    p.setDefaultOperator(QueryParser.Operator.AND);
    p.setAllowLeadingWildcard(false);
    p.setSplitOnWhitespace(true);
    try {
      return p.parse(text);
    } catch (ParseException e) {
      throw new QueryParseException("syntax error: " + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      // e.g. too many boolean clauses, or a bad regular expression
      throw new QueryParseException("cannot run this query: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "invalid query";
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.replace("Cannot parse '", "cannot parse '").strip();
  }
}
