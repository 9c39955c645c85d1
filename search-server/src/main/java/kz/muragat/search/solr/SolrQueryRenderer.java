package kz.muragat.search.solr;

import kz.muragat.core.schema.SolrFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.core.schema.IndexSchema;
import kz.muragat.search.AnalyzedText;
import kz.muragat.search.QueryParseException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Renders the Lucene query Muragat's own parser ({@code UserQueryParser}, shared with the embedded
 * backend) made of the user's text into Solr's JSON Query DSL, so SolrCloud runs the same query:
 *
 * <ul>
 *   <li>structure as it is: {@code bool} (must / should / must_not / filter), {@code boost};
 *   <li>pieces of the user's text that were analysed ({@link AnalyzedText}: words, phrases) as that
 *       text for Solr to analyse in the same field with the same analyzers (the configset's chains are
 *       {@code MuragatAnalysis}'s), through the standard parser with the same operator and slop — so
 *       synonym (several lemmas at one position) and phrase queries come out as in Lucene;
 *   <li>terms that are already analysed (OCR-tolerant fuzzy terms, prefixes, {@code field:term}) raw:
 *       {@code term}, {@code prefix}, {@code fuzzy} with the same edits, prefix length and expansions.
 * </ul>
 *
 * The one approximation: in {@code syntax=lucene}, a word that analyses to several positions with
 * several terms at one of them is sent as a disjunction of those terms (same matches, slightly
 * different scores).
 */
public final class SolrQueryRenderer {
  private SolrQueryRenderer() {}

  /** The JSON DSL object of a query. */
  public static Map<String, Object> render(Query q) throws QueryParseException {
    if (q instanceof AnalyzedText a) return analyzed(a);
    if (q instanceof BooleanQuery b) return bool(b);
    if (q instanceof BoostQuery b) return obj("boost", params("b", Float.toString(b.getBoost()), "query", render(b.getQuery())));
    if (q instanceof TermQuery t) return obj("term", params("f", field(t.getTerm().field()), "query", t.getTerm().text()));
    if (q instanceof SynonymQuery s) {
      List<Object> should = new ArrayList<>();
      for (Term t : s.getTerms()) should.add(obj("term", params("f", field(t.field()), "query", t.text())));
      return obj("bool", params("should", should));
    }
    if (q instanceof kz.muragat.search.OcrFuzzyQueries.Loose f) {
      Map<String, Object> p = params("f", field(f.getField()), "maxEdits", Integer.toString(f.maxEdits()),
          "prefixLength", Integer.toString(f.prefixLength()), "transpositions", Boolean.toString(f.transpositions()));
      p.put("maxExpansions", Integer.toString(f.maxExpansions()));
      p.put("query", f.text());
      return obj("fuzzy", p);
    }
    if (q instanceof FuzzyQuery f) {
      Map<String, Object> p = params("f", field(f.getField()), "maxEdits", Integer.toString(f.getMaxEdits()),
          "prefixLength", Integer.toString(f.getPrefixLength()), "transpositions", Boolean.toString(f.getTranspositions()));
      if (f.getRewriteMethod() instanceof TopTermsRewrite<?> top) p.put("maxExpansions", Integer.toString(top.getSize()));
      p.put("query", f.getTerm().text());
      return obj("fuzzy", p);
    }
    if (q instanceof PrefixQuery p) return obj("prefix", params("f", field(p.getField()), "query", p.getPrefix().text()));
    if (q instanceof WildcardQuery w) {
      return lucene(field(w.getField()) + ":" + escapeExcept(w.getTerm().text(), "*?"));
    }
    if (q instanceof RegexpQuery r) {
      return lucene(field(r.getField()) + ":/" + r.getRegexp().text().replace("/", "\\/") + "/");
    }
    if (q instanceof TermRangeQuery r) {
      String lo = r.getLowerTerm() == null ? "*" : ClientUtils.escapeQueryChars(r.getLowerTerm().utf8ToString());
      String hi = r.getUpperTerm() == null ? "*" : ClientUtils.escapeQueryChars(r.getUpperTerm().utf8ToString());
      return lucene(field(r.getField()) + ":" + (r.includesLower() ? "[" : "{") + lo + " TO " + hi + (r.includesUpper() ? "]" : "}"));
    }
    if (q instanceof MatchAllDocsQuery) return lucene("*:*");
    throw new QueryParseException("this query is not supported by the SolrCloud backend: " + q.getClass().getSimpleName());
  }

  /** The text as the user wrote it, analysed by Solr in the same field as Lucene analysed it. */
  private static Map<String, Object> analyzed(AnalyzedText a) {
    String text;
    if (a.quoted()) {
      text = "\"" + a.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + (a.slop() > 0 ? "~" + a.slop() : "");
    } else {
      text = ClientUtils.escapeQueryChars(a.text());
      if (text.matches("AND|OR|NOT")) text = "\\" + text; // a word, not an operator
    }
    return obj("lucene", params("df", field(a.field()), "q.op", a.operator() == BooleanClause.Occur.MUST ? "AND" : "OR", "sow", "true", "query", text));
  }

  private static Map<String, Object> bool(BooleanQuery b) throws QueryParseException {
    if (b.getMinimumNumberShouldMatch() > 0) throw new QueryParseException("minimum-should-match is not supported by the SolrCloud backend");
    Map<String, Object> clauses = new LinkedHashMap<>();
    for (BooleanClause c : b.clauses()) {
      String key = switch (c.getOccur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case MUST_NOT -> "must_not";
        case FILTER -> "filter";
      };
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) clauses.computeIfAbsent(key, k -> new ArrayList<>());
      list.add(render(c.getQuery()));
    }
    if (!clauses.containsKey("must") && !clauses.containsKey("should") && !clauses.containsKey("filter")) {
      // Lucene matches nothing with only exclusions
      clauses.put("must", List.of(lucene("-*:*")));
    }
    return obj("bool", clauses);
  }

  /** Lucene's id field is the source file's id on every entry; in Solr that is {@code doc_id}. */
  private static String field(String f) {
    return f.equals(IndexSchema.ID) ? SolrFields.DOC_ID : f;
  }

  private static Map<String, Object> lucene(String query) {
    return obj("lucene", params("query", query));
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

  static Map<String, Object> obj(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }

  static Map<String, Object> params(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
