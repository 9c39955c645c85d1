package kz.muragat.search;

import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A node of the search plan that wraps one query and stays itself until it is run, so an engine
 * that runs the plan elsewhere (SolrCloud) can recognise and render it: its name in {@code
 * toString}, and equality, hashing and visiting through the wrapped query.
 */
abstract class PlanNode extends Query {
  private final Query wrapped;
  private final String name;

  PlanNode(String name, Query wrapped) {
    this.name = name;
    this.wrapped = Objects.requireNonNull(wrapped);
  }

  final Query wrapped() {
    return wrapped;
  }

  @Override
  public final void visit(QueryVisitor visitor) {
    wrapped.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public final String toString(String field) {
    return name + "(" + wrapped.toString(field) + ")";
  }

  @Override
  public final boolean equals(Object o) {
    return sameClassAs(o) && wrapped.equals(((PlanNode) o).wrapped);
  }

  @Override
  public final int hashCode() {
    return classHash() * 31 + wrapped.hashCode();
  }
}
