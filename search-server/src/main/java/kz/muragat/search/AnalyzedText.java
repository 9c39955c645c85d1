package kz.muragat.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The query the analysis of one piece of the user's text gave in one field, remembering that text.
 * In the embedded index it is exactly {@link #analyzed()} (it rewrites to it); a search engine that
 * has the same analyzers (SolrCloud with Muragat's configset) is sent the text instead, to analyse
 * itself — there is no way to send it a synonym or phrase query term by term.
 *
 * @param quoted a phrase ({@code "…"}), with {@code slop}
 * @param operator how the text's words combine when it analyses to several positions
 */
public final class AnalyzedText extends Query {
  private final String field;
  private final String text;
  private final boolean quoted;
  private final int slop;
  private final BooleanClause.Occur operator;
  private final Query analyzed;

  AnalyzedText(String field, String text, boolean quoted, int slop, BooleanClause.Occur operator, Query analyzed) {
    this.field = field;
    this.text = text;
    this.quoted = quoted;
    this.slop = slop;
    this.operator = operator;
    this.analyzed = Objects.requireNonNull(analyzed);
  }

  public String field() {
    return field;
  }

  public String text() {
    return text;
  }

  public boolean quoted() {
    return quoted;
  }

  public int slop() {
    return slop;
  }

  public BooleanClause.Occur operator() {
    return operator;
  }

  public Query analyzed() {
    return analyzed;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return analyzed;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return searcher.rewrite(analyzed).createWeight(searcher, scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    analyzed.visit(visitor);
  }

  @Override
  public String toString(String f) {
    return analyzed.toString(f);
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && analyzed.equals(((AnalyzedText) o).analyzed) && text.equals(((AnalyzedText) o).text) && quoted == ((AnalyzedText) o).quoted;
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + analyzed.hashCode();
  }
}
