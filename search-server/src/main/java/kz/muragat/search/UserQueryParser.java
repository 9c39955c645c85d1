package kz.muragat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.core.schema.IndexSchema;
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

  // query-side analysis: a Kazakh word also gets its readings as a dictionary form
  private final Analyzer analyzer = MuragatAnalysis.queryPerFieldAnalyzer();
  private final OcrFuzzyQueries fuzzies = new OcrFuzzyQueries();

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
    SimpleQueryParser p = new OcrTolerantParser(analyzer, FIELDS, fuzzies);
    p.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q = p.parse(t);
    if (q == null) throw new QueryParseException("the query has no searchable words");
    return q;
  }

  private Query lucene(String text) throws QueryParseException {
    MultiFieldQueryParser p =
        new MultiFieldQueryParser(FIELDS.keySet().toArray(String[]::new), analyzer, FIELDS) {
          @Override
          protected Query createFieldQuery(
              Analyzer a, BooleanClause.Occur operator, String field, String queryText, boolean quoted, int phraseSlop) {
            Query q = super.createFieldQuery(a, operator, field, queryText, quoted, phraseSlop);
            // a query over several positions stays a BooleanQuery: this parser looks into it
            return q == null || (q instanceof BooleanQuery && !quoted) ? q : new AnalyzedText(field, queryText, quoted, phraseSlop, operator, q);
          }

          @Override
          protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            // the slop is given to the phrase as it is built (applySlop cannot see into AnalyzedText)
            int saved = getPhraseSlop();
            setPhraseSlop(slop);
            try {
              return super.getFieldQuery(field, queryText, slop);
            } finally {
              setPhraseSlop(saved);
            }
          }

          @Override
          protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            // like a leading wildcard, a pattern that does not start with a literal scans the
            // whole vocabulary
            if (termStr.isEmpty() || !Character.isLetterOrDigit(termStr.codePointAt(0))) {
              throw new ParseException("a regular expression must start with a letter or digit");
            }
            return super.getRegexpQuery(field, termStr);
          }
        };
    p.setDefaultOperator(QueryParser.Operator.AND);
    p.setAllowLeadingWildcard(false);
    p.setSplitOnWhitespace(true);
    try {
      Query q = p.parse(text);
      // fields that describe who may see what are not for querying: they would tell whether a
      // document has closed pages
      Set<String> named = new java.util.TreeSet<>();
      q.visit(new org.apache.lucene.search.QueryVisitor() {
        @Override
        public boolean acceptField(String field) {
          if (IndexSchema.PRIVATE_FIELDS.contains(field)) named.add(field);
          return true;
        }

        @Override
        public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
          return this;
        }
      });
      if (!named.isEmpty()) throw new QueryParseException("the field '" + named.iterator().next() + "' cannot be searched");
      return q;
    } catch (ParseException e) {
      throw new QueryParseException("syntax error: " + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      // e.g. too many boolean clauses, or a bad regular expression
      throw new QueryParseException("cannot run this query: " + firstLine(e.getMessage()));
    }
  }

  /** Words shorter than this are never matched loosely: short words would match everything. */
  static final int FUZZY_MIN_LENGTH = 5;

  /** Weight of a loose (OCR-tolerant) match relative to an exact one. */
  static final float FUZZY_BOOST = 0.2f;

  /**
   * The simple parser, plus OCR tolerance: a word of {@value #FUZZY_MIN_LENGTH} letters or more
   * also matches terms one edit away (two for words of 9 letters or more) in the morphological
   * field — и/н, ш/щ, е/с, ң/н confusions — at a fifth of the weight, so exact matches always rank
   * first. (Loose matching in the exact field as well found 0.1% more on the retrieval dev set at
   * twice the cost: a garbled word is kept nearly as written in the morphological field too.)
   */
  private static final class OcrTolerantParser extends SimpleQueryParser {
    private final Analyzer analyzer;
    private final OcrFuzzyQueries fuzzies;

    OcrTolerantParser(Analyzer analyzer, Map<String, Float> fields, OcrFuzzyQueries fuzzies) {
      super(analyzer, fields);
      this.analyzer = analyzer;
      this.fuzzies = fuzzies;
    }

    @Override
    protected Query createFieldQuery(
        Analyzer a, BooleanClause.Occur operator, String field, String queryText, boolean quoted, int phraseSlop) {
      Query q = super.createFieldQuery(a, operator, field, queryText, quoted, phraseSlop);
      return q == null ? null : new AnalyzedText(field, queryText, quoted, phraseSlop, operator, q);
    }

    @Override
    protected Query newDefaultQuery(String text) {
      Query exact = super.newDefaultQuery(text);
      if (exact == null || text.codePointCount(0, text.length()) < FUZZY_MIN_LENGTH || !text.codePoints().allMatch(Character::isLetter)) {
        return exact;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD);
      int edits = text.codePointCount(0, text.length()) >= 9 ? 2 : 1;
      for (String field : List.of(IndexSchema.TEXT)) {
        for (String term : terms(field, text)) {
          if (term.codePointCount(0, term.length()) < FUZZY_MIN_LENGTH) continue;
          Query fuzzy = fuzzies.query(field, term, edits);
          b.add(new BoostQuery(fuzzy, FUZZY_BOOST), BooleanClause.Occur.SHOULD);
        }
      }
      return b.build();
    }

    private List<String> terms(String field, String text) {
      List<String> out = new ArrayList<>();
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          String t = term.toString();
          if (!t.isEmpty() && !out.contains(t) && out.size() < 3) out.add(t);
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "invalid query";
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.replace("Cannot parse '", "cannot parse '").strip();
  }
}
