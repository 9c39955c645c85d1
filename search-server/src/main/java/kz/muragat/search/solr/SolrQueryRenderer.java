package kz.muragat.search.solr;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.core.schema.SolrFields;
import kz.muragat.search.AnalyzedText;
import kz.muragat.search.PageMatch;
import kz.muragat.search.PagesToDocuments;
import kz.muragat.search.QueryParseException;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Renders the Lucene queries of a {@code SearchPlan} as Solr query strings, so SolrCloud runs the
 * same plan as the embedded index: each node a local-params query parser ({@code bool}, {@code
 * parent}, {@code term}, {@code terms}, {@code prefix}, {@code boost}, {@code lucene}, and the configset's {@code muragat}) whose parts
 * are request parameters ({@code v=$q7}), so no user text is ever spliced into query syntax.
 *
 * <ul>
 *   <li>pieces of the user's text that were analysed ({@link AnalyzedText}: words, phrases) are sent
 *       as that text for Solr to analyse in the same field with the same chains (the configset's
 *       chains are {@code MuragatAnalysis}'s), with the same operator and slop, through the
 *       configset's {@code muragat} parser: Solr's standard one, whose stacked terms (a word's
 *       several lemmas, variants or OCR keys) score with the collection's statistics on every
 *       shard, as Lucene's SynonymQuery scores them in one index ({@code kz.muragat.solr.query});
 *   <li>units matched through pages ({@link PagesToDocuments}) become {@code {!parent}} block joins
 *       over the same nested blocks (a file's pages are children of its document entry);
 *   <li>terms already analysed ({@code field:term}, prefixes, ranges, access levels, facet values) are
 *       sent raw.
 * </ul>
 *
 * One renderer per request: it collects the parameters its strings refer to ({@link #params()}).
 */
public final class SolrQueryRenderer {
  /** The documents a block join returns to: the document entries. */
  static final String DOCUMENTS = IndexSchema.KIND + ":" + IndexSchema.KIND_DOC;

  private final Map<String, String> params = new LinkedHashMap<>();

  /** The parameters the rendered strings refer to. */
  public Map<String, String> params() {
    return params;
  }

  /** A parameter holding {@code value}; its reference ({@code $name}). */
  public String paramOf(String value) {
    return param(value);
  }

  private String param(String value) {
    String name = "mq" + params.size();
    params.put(name, value);
    return "$" + name;
  }

  /** The query as a Solr query string. */
  public String render(Query q) throws QueryParseException {
    if (q instanceof AnalyzedText a) return analyzed(a);
    if (q instanceof PageMatch m) return render(m.query());
    if (q instanceof PagesToDocuments p) {
      return "{!parent which=" + param(DOCUMENTS) + " score=max v=" + param(render(p.pages())) + "}";
    }
    if (q instanceof BooleanQuery b) return bool(b);
    if (q instanceof BoostQuery b) return "{!boost b=" + b.getBoost() + " v=" + param(render(b.getQuery())) + "}";
    if (q instanceof ConstantScoreQuery c) {
      // scores 1 wherever it matches, as Lucene's (a bool query of filters alone would score 0):
      // the standard parser's constant score (^=) on the nested query
      return lucene("(_query_:\"{!query v=" + param(render(c.getQuery())) + "}\")^=1");
    }
    if (q instanceof TermQuery t) return term(t.getTerm());
    if (q instanceof TermInSetQuery t) return terms(t);
    if (q instanceof SynonymQuery s) {
      StringBuilder b = new StringBuilder("{!bool");
      for (Term t : s.getTerms()) b.append(" should=").append(param(term(t)));
      return b.append('}').toString();
    }
    if (q instanceof PrefixQuery p) return "{!prefix f=" + field(p.getField()) + " v=" + param(p.getPrefix().text()) + "}";
    if (q instanceof FuzzyQuery f) {
      return lucene(field(f.getField()) + ":" + ClientUtils.escapeQueryChars(f.getTerm().text()) + "~" + f.getMaxEdits());
    }
    if (q instanceof WildcardQuery w) return lucene(field(w.getField()) + ":" + escapeExcept(w.getTerm().text(), "*?"));
    if (q instanceof RegexpQuery r) return lucene(field(r.getField()) + ":/" + r.getRegexp().text().replace("/", "\\/") + "/");
    if (q instanceof TermRangeQuery r) {
      String lo = r.getLowerTerm() == null ? "*" : ClientUtils.escapeQueryChars(r.getLowerTerm().utf8ToString());
      String hi = r.getUpperTerm() == null ? "*" : ClientUtils.escapeQueryChars(r.getUpperTerm().utf8ToString());
      return lucene(field(r.getField()) + ":" + (r.includesLower() ? "[" : "{") + lo + " TO " + hi + (r.includesUpper() ? "]" : "}"));
    }
    if (q instanceof PointRangeQuery r && r.getNumDims() == 1) return pointRange(r);
    if (q instanceof MatchAllDocsQuery) return "*:*";
    if (q instanceof MatchNoDocsQuery) return "-*:*";
    throw new QueryParseException("this query is not supported by the SolrCloud backend: " + q.getClass().getSimpleName());
  }

  /** The text as the user wrote it, analysed by Solr in the same field as Lucene analysed it. */
  private String analyzed(AnalyzedText a) {
    String text;
    if (a.quoted()) {
      text = "\"" + a.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + (a.slop() > 0 ? "~" + a.slop() : "");
    } else {
      text = ClientUtils.escapeQueryChars(a.text());
      if (text.matches("AND|OR|NOT")) text = "\\" + text; // a word, not an operator
    }
    String op = a.operator() == BooleanClause.Occur.MUST ? "AND" : "OR";
    // the configset's standard parser whose stacked terms score with the collection's statistics
    return "{!muragat df=" + field(a.field()) + " q.op=" + op + " sow=true v=" + param(text) + "}";
  }

  private String bool(BooleanQuery b) throws QueryParseException {
    if (b.getMinimumNumberShouldMatch() > 0) throw new QueryParseException("minimum-should-match is not supported by the SolrCloud backend");
    StringBuilder out = new StringBuilder("{!bool");
    boolean positive = false;
    for (BooleanClause c : b.clauses()) {
      String key = switch (c.getOccur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case MUST_NOT -> "must_not";
        case FILTER -> "filter";
      };
      positive |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
      out.append(' ').append(key).append('=').append(param(render(c.getQuery())));
    }
    // Lucene matches nothing with only exclusions; so does a bool query without a positive clause
    if (!positive) out.append(" must=").append(param("-*:*"));
    return out.append('}').toString();
  }

  private String term(Term t) {
    return "{!term f=" + field(t.field()) + " v=" + param(t.text()) + "}";
  }

  /** Any of a set of terms; separated by a character no value holds. */
  private String terms(TermInSetQuery t) throws QueryParseException {
    StringBuilder values = new StringBuilder();
    try {
      BytesRefIterator it = t.getTermData().iterator();
      for (BytesRef v = it.next(); v != null; v = it.next()) {
        if (values.length() > 0) values.append('\u001f');
        values.append(v.utf8ToString());
      }
    } catch (java.io.IOException e) {
      throw new QueryParseException("cannot read the terms of a filter");
    }
    if (values.length() == 0) return "-*:*";
    return "{!terms f=" + field(t.getField()) + " separator=" + param("\u001f") + " v=" + param(values.toString()) + "}";
  }

  private String pointRange(PointRangeQuery r) {
    byte[] lo = r.getLowerPoint(), hi = r.getUpperPoint();
    String from, to;
    if (lo.length == Long.BYTES) {
      long a = LongPoint.decodeDimension(lo, 0), b = LongPoint.decodeDimension(hi, 0);
      from = a == Long.MIN_VALUE ? "*" : Long.toString(a);
      to = b == Long.MAX_VALUE ? "*" : Long.toString(b);
    } else {
      int a = IntPoint.decodeDimension(lo, 0), b = IntPoint.decodeDimension(hi, 0);
      from = a == Integer.MIN_VALUE ? "*" : Integer.toString(a);
      to = b == Integer.MAX_VALUE ? "*" : Integer.toString(b);
    }
    return lucene(field(r.getField()) + ":[" + from + " TO " + to + "]");
  }

  /** Lucene's id field is the source file's id on every entry; in Solr that is {@code doc_id}. */
  private static String field(String f) {
    return f.equals(IndexSchema.ID) ? SolrFields.DOC_ID : f;
  }

  private String lucene(String query) {
    return "{!lucene v=" + param(query) + "}";
  }

  private static String escapeExcept(String s, String keep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (keep.indexOf(c) < 0 && (c == '\\' || "+-!():^[]\"{}~*?|&;/".indexOf(c) >= 0 || Character.isWhitespace(c))) b.append('\\');
      b.append(c);
    }
    return b.toString();
  }
}
