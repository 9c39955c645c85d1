package kz.muragat.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.core.schema.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;

/**
 * Turns what a user typed into a Lucene query. Each unit that pages match — a word over the text
 * fields, a phrase, a prefix — comes out as a {@link PageMatch}; the planner matches documents
 * through their pages unit by unit.
 *
 * <ul>
 *   <li>{@code simple} (default): words (all must match), {@code "phrases"}, {@code -exclusion},
 *       {@code OR} / {@code |} between alternatives, {@code word*} prefixes, {@code word~} for
 *       explicitly loose matching. A leading wildcard is refused with a reason.
 *   <li>{@code lucene}: Lucene's classic syntax for experts — AND/OR/NOT, {@code field:}, {@code
 *       "phrase"~N}, wildcards, {@code fuzzy~}, ranges. A syntax error is reported. Besides the text
 *       fields, {@code title:} and every metadata field the index holds ({@code fond:1},
 *       {@code doc_type:protocol}, {@code archive:"ЦГА РК"}) and facet ({@code language:kk},
 *       {@code year:[1937 TO 1938]}) can be named; any other field is refused, naming the ones that
 *       exist.
 * </ul>
 *
 * A word is looked for in its exact form (weighted highest, so exact spellings rank first), every
 * inflected form (lemmas and stems), the spelling variants of names (names only, see
 * {@code muragatNameVariant}), and the other readings of words the OCR engine was unsure of
 * (weighted lowest). Words read with confidence are never matched loosely: OCR tolerance is decided
 * at index time, from the engine's own doubts ({@code UncertainWords}).
 */
public final class UserQueryParser {
  /** Longest query accepted, in characters. */
  public static final int MAX_LENGTH = 1000;

  /** Most words (and phrases, prefixes) one query may hold. */
  public static final int MAX_UNITS = 32;

  /**
   * Fields a word is looked for in, with their weights: exact spellings first, then every inflected
   * form, then spelling variants of names, then uncertain OCR readings.
   */
  static final Map<String, Float> FIELDS =
      Map.of(IndexSchema.TEXT, 1.0f, IndexSchema.TEXT_EXACT, 1.5f, IndexSchema.TEXT_VARIANT, 0.6f, IndexSchema.TEXT_OCR, 0.3f);

  private static final String LEADING_WILDCARD_MESSAGE = "a word cannot start with * or ?: write the beginning of the word, e.g. Байтурс*";

  private static final Pattern LEADING_WILDCARD = Pattern.compile("(^|[\\s(|+\\-\"])[*?]");

  // query-side analysis: a Kazakh word also gets its readings as a dictionary form
  private final Analyzer analyzer = MuragatAnalysis.queryPerFieldAnalyzer();

  /**
   * The fields of the index's document entries a Lucene-syntax query may name besides the text
   * fields: metadata keys (searched as {@code meta.<key>}) and facet names (as {@code facet.<name>}).
   */
  public record DocumentFields(Set<String> metadata, Set<String> facets) {
    public static final DocumentFields NONE = new DocumentFields(Set.of(), Set.of());
  }

  public Query parse(String text, String syntax) throws QueryParseException {
    return parse(text, syntax, DocumentFields.NONE);
  }

  public Query parse(String text, String syntax, DocumentFields fields) throws QueryParseException {
    if (text.length() > MAX_LENGTH) {
      throw new QueryParseException(QueryParseException.Reason.TOO_LONG, "query too long: " + text.length() + " characters, at most " + MAX_LENGTH);
    }
    Query q =
        switch (syntax == null ? "simple" : syntax) {
          case "simple" -> simple(text);
          case "lucene" -> lucene(text, fields);
          default -> throw new QueryParseException("unknown syntax '" + syntax + "': use 'simple' or 'lucene'");
        };
    int units = countUnits(q);
    if (units > MAX_UNITS) {
      throw new QueryParseException(QueryParseException.Reason.TOO_MANY_WORDS, "too many words: " + units + ", at most " + MAX_UNITS + " in one query");
    }
    return q;
  }

  /** Weight of a document whose metadata carries the cited fonds, opis and delo, against a page's words. */
  static final float CITATION_BOOST = 2f;

  /**
   * The simple syntax, with an archival citation ({@link ArchivalCitation}) read as what it is: the
   * documents whose metadata carry it, or whose text mentions it.
   */
  private Query simple(String text) throws QueryParseException {
    ArchivalCitation citation = ArchivalCitation.find(text);
    if (citation == null) return words(text);
    String cited = text.substring(citation.start(), citation.end());
    String rest = (text.substring(0, citation.start()) + " " + text.substring(citation.end())).strip();
    BooleanQuery.Builder either = new BooleanQuery.Builder()
        .add(new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(citation.query()), CITATION_BOOST), BooleanClause.Occur.SHOULD)
        .add(words(cited), BooleanClause.Occur.SHOULD);
    if (rest.replaceAll("[\\s,;.]", "").isEmpty()) return either.build();
    return new BooleanQuery.Builder().add(either.build(), BooleanClause.Occur.MUST).add(words(rest), BooleanClause.Occur.MUST).build();
  }

  private Query words(String text) throws QueryParseException {
    if (LEADING_WILDCARD.matcher(text).find()) {
      throw new QueryParseException(QueryParseException.Reason.LEADING_WILDCARD, LEADING_WILDCARD_MESSAGE);
    }
    // the simple parser knows '|' for OR; historians write OR
    String t = text.replaceAll("(?<=\\s)OR(?=\\s)", "|");
    SimpleQueryParser p = new UnitParser(analyzer, FIELDS);
    p.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q;
    try {
      q = p.parse(t);
    } catch (RuntimeException e) {
      // e.g. too many boolean clauses
      throw new QueryParseException("cannot run this query: " + firstLine(e.getMessage()));
    }
    if (q == null) throw new QueryParseException(QueryParseException.Reason.NO_WORDS, "the query has no searchable words");
    return q;
  }

  /** The simple parser with each word, phrase, prefix and explicit fuzzy word made one {@link PageMatch}. */
  private static final class UnitParser extends SimpleQueryParser {
    UnitParser(Analyzer analyzer, Map<String, Float> fields) {
      super(analyzer, fields);
    }

    @Override
    protected Query createFieldQuery(
        Analyzer a, BooleanClause.Occur operator, String field, String queryText, boolean quoted, int phraseSlop) {
      Query q = super.createFieldQuery(a, operator, field, queryText, quoted, phraseSlop);
      return q == null ? null : new AnalyzedText(field, queryText, quoted, phraseSlop, operator, q);
    }

    @Override
    protected Query newDefaultQuery(String text) {
      return unit(super.newDefaultQuery(text));
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
      return unit(super.newPhraseQuery(text, slop));
    }

    @Override
    protected Query newPrefixQuery(String text) {
      return unit(super.newPrefixQuery(text));
    }

    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
      return unit(super.newFuzzyQuery(text, fuzziness));
    }
  }

  private static Query unit(Query q) {
    return q == null ? null : new PageMatch(q);
  }

  private Query lucene(String text, DocumentFields fields) throws QueryParseException {
    LuceneSyntax p = new LuceneSyntax(analyzer, fields);
    p.setDefaultOperator(QueryParser.Operator.AND);
    p.setAllowLeadingWildcard(false);
    p.setSplitOnWhitespace(true);
    try {
      Query q = p.parse(text);
      // fields that describe who may see what are not for querying: they would tell whether a
      // document has closed pages
      Set<String> named = new TreeSet<>();
      q.visit(
          new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
              if (IndexSchema.PRIVATE_FIELDS.contains(field)) named.add(field);
              return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
              return this;
            }
          });
      if (!named.isEmpty()) throw new QueryParseException(QueryParseException.Reason.FIELD, "the field '" + named.iterator().next() + "' cannot be searched");
      return q;
    } catch (ParseException e) {
      throw syntaxError(e);
    } catch (RuntimeException e) {
      // e.g. too many boolean clauses, or a bad regular expression
      throw new QueryParseException("cannot run this query: " + firstLine(e.getMessage()));
    }
  }

  /**
   * Lucene's classic parser over the text fields, with each unit a {@link PageMatch}, and named
   * fields resolved against the index: a text field is a unit on pages; {@code title}, metadata and
   * facet names are queries on the document entry; anything else is an error.
   */
  private static final class LuceneSyntax extends MultiFieldQueryParser {
    private final DocumentFields fields;
    /** Set while the multi-field parser asks for one field's part of an unnamed unit. */
    private boolean inUnit;

    LuceneSyntax(Analyzer analyzer, DocumentFields fields) {
      super(FIELDS.keySet().toArray(String[]::new), analyzer, FIELDS);
      this.fields = fields;
    }

    /** The query of one unit: over all text fields when {@code field} is null (the parser's multi-field query). */
    private Query unit(String field, QuerySource source) throws ParseException {
      if (field == null) {
        inUnit = true;
        try {
          return UserQueryParser.unit(source.get(null));
        } finally {
          inUnit = false;
        }
      }
      if (inUnit) return source.get(field);
      if (FIELDS.containsKey(field)) return UserQueryParser.unit(source.get(field));
      if (field.equals(IndexSchema.TITLE)) return source.get(field);
      return null;
    }

    @FunctionalInterface
    private interface QuerySource {
      Query get(String field) throws ParseException;
    }

    /** A named field of the document entry holding keywords: {@code meta.<key>} or {@code facet.<name>}; null if none. */
    private String keywordField(String field) throws ParseException {
      if (IndexSchema.PRIVATE_FIELDS.contains(field)) throw new ParseException("the field '" + field + "' cannot be searched");
      if (fields.metadata().contains(field)) return IndexSchema.META_PREFIX + field;
      if (fields.facets().contains(field)) return IndexSchema.FACET_PREFIX + field;
      return null;
    }

    private ParseException unknown(String field) {
      if (IndexSchema.PRIVATE_FIELDS.contains(field)) return new ParseException("the field '" + field + "' cannot be searched");
      Set<String> known = new TreeSet<>();
      known.add(IndexSchema.TITLE);
      known.addAll(fields.metadata());
      known.addAll(fields.facets());
      known.removeAll(IndexSchema.PRIVATE_FIELDS);
      return new ParseException("unknown field '" + field + "'; fields that can be searched: " + String.join(", ", known));
    }

    /** The value of a keyword field as indexed: metadata in lower case, facet values as they are. */
    private static String keyword(String indexField, String text) {
      return indexField.startsWith(IndexSchema.META_PREFIX) ? text.toLowerCase(Locale.ROOT) : text;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      Query q = unit(field, f -> super.getFieldQuery(f, queryText, quoted));
      if (q != null || field == null) return q;
      String kw = keywordField(field);
      if (kw == null) throw unknown(field);
      return new TermQuery(new Term(kw, keyword(kw, queryText)));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      // the slop is given to the phrase as it is built (applySlop cannot see into AnalyzedText)
      int saved = getPhraseSlop();
      setPhraseSlop(slop);
      try {
        return getFieldQuery(field, queryText, true);
      } finally {
        setPhraseSlop(saved);
      }
    }

    @Override
    protected Query createFieldQuery(
        Analyzer a, BooleanClause.Occur operator, String field, String queryText, boolean quoted, int phraseSlop) {
      Query q = super.createFieldQuery(a, operator, field, queryText, quoted, phraseSlop);
      // a query over several positions stays a BooleanQuery: this parser looks into it
      return q == null || (q instanceof BooleanQuery && !quoted) ? q : new AnalyzedText(field, queryText, quoted, phraseSlop, operator, q);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return textOrKeyword(field, termStr, f -> super.getPrefixQuery(f, termStr), org.apache.lucene.search.PrefixQuery::new);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return textOrKeyword(field, termStr, f -> super.getWildcardQuery(f, termStr), org.apache.lucene.search.WildcardQuery::new);
    }

    /** A pattern on the text fields (a query unit), else on a keyword field (metadata, id), else an unknown field. */
    private Query textOrKeyword(String field, String termStr, QuerySource onText, java.util.function.Function<Term, Query> onKeyword)
        throws ParseException {
      Query q = unit(field, onText);
      if (q != null || field == null) return q;
      String kw = keywordField(field);
      if (kw == null) throw unknown(field);
      return onKeyword.apply(new Term(kw, keyword(kw, termStr)));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      Query q = unit(field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
      if (q != null || field == null) return q;
      throw keywordField(field) == null ? unknown(field) : new ParseException("fuzzy matching (~) is for words of the text, not '" + field + "'");
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      // like a leading wildcard, a pattern that does not start with a literal scans the whole vocabulary
      if (termStr.isEmpty() || !Character.isLetterOrDigit(termStr.codePointAt(0))) {
        throw new ParseException("a regular expression must start with a letter or digit");
      }
      Query q = unit(field, f -> super.getRegexpQuery(f, termStr));
      if (q != null || field == null) return q;
      throw keywordField(field) == null ? unknown(field) : new ParseException("regular expressions are for words of the text, not '" + field + "'");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      Query q = unit(field, f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
      if (q != null || field == null) return q;
      String kw = keywordField(field);
      if (kw == null) throw unknown(field);
      return TermRangeQuery.newStringRange(
          kw, part1 == null ? null : keyword(kw, part1), part2 == null ? null : keyword(kw, part2), startInclusive, endInclusive);
    }
  }

  /** Units ({@link PageMatch}) of a parsed query. */
  private static int countUnits(Query q) {
    int[] n = {0};
    q.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            if (parent instanceof PageMatch) {
              n[0]++;
              return QueryVisitor.EMPTY_VISITOR;
            }
            return this;
          }
        });
    return n[0];
  }

  /** Fields named wrongly are their own reason; Lucene's own parser messages are put in plain words. */
  private static QueryParseException syntaxError(ParseException e) {
    String m = firstLine(e.getMessage());
    if (m.contains("unknown field") || m.contains("cannot be searched")) {
      return new QueryParseException(QueryParseException.Reason.FIELD, m.replaceFirst("^cannot parse '.*?': ", ""));
    }
    if (m.contains("not allowed as first character")) return new QueryParseException(QueryParseException.Reason.LEADING_WILDCARD, LEADING_WILDCARD_MESSAGE);
    java.util.regex.Matcher at = java.util.regex.Pattern.compile("column (\\d+)").matcher(String.valueOf(e.getMessage()));
    String where = at.find() ? " at character " + at.group(1) : "";
    String full = String.valueOf(e.getMessage());
    if (full.contains("<EOF>")) {
      return new QueryParseException(QueryParseException.Reason.SYNTAX, "syntax error: the query ends too early" + where
          + " (an operator, bracket or quote without its other half?)");
    }
    if (full.contains("Encountered") || full.contains("Lexical error")) {
      return new QueryParseException(QueryParseException.Reason.SYNTAX, "syntax error" + where + ": check the operators, brackets and quotes");
    }
    return new QueryParseException(QueryParseException.Reason.SYNTAX, "syntax error: " + m.replaceFirst("^cannot parse '.*?': ", ""));
  }

  private static String firstLine(String s) {
    if (s == null) return "invalid query";
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.replace("Cannot parse '", "cannot parse '").strip();
  }
}
