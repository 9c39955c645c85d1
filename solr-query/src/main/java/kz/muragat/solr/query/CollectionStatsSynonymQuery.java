package kz.muragat.solr.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.search.SolrIndexSearcher;

/**
 * A {@link SynonymQuery} (terms stacked at one position, scored as one pseudo-term) whose
 * pseudo-term statistics are those of the whole collection on every shard.
 *
 * <p>Lucene's SynonymQuery asks the searcher for the statistics of only those of its terms that
 * occur in the local index; the pseudo-term's document frequency is the largest of theirs. On a
 * shard of a SolrCloud collection a term that occurs on other shards only is left out, though
 * Solr's distributed statistics ({@code ExactStatsCache}) know it: a document then scores with a
 * smaller document frequency than in one index (for {@code Байтурсынов}, the Kazakh readings
 * {@code байтұрсынов_kk} in 2 documents, on one shard, and {@code байтұрсыновым_kk} in 1, on the
 * other: idf 2.72 in one index, 3.23 on the second shard). This query asks the searcher for every
 * term's statistics and gives the SynonymQuery exactly that pseudo-term, so it scores as in one
 * index.
 *
 * <p>A term the shard does not hold is asked for with a document frequency of 1 (Lucene refuses 0):
 * Solr answers with the collection's statistics when another shard holds the term, else with that 1,
 * which never raises the largest frequency of terms a matching document holds. The pseudo-term's
 * total term frequency, the sum, may then count such a 1; BM25 does not use it. While Solr gathers
 * the statistics (a searcher that is not Solr's), terms the shard does not hold are not asked for,
 * so it reports no statistics it does not have.
 */
public final class CollectionStatsSynonymQuery extends Query {
  private final SynonymQuery synonyms;

  public CollectionStatsSynonymQuery(SynonymQuery synonyms) {
    this.synonyms = Objects.requireNonNull(synonyms);
  }

  public SynonymQuery synonyms() {
    return synonyms;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = synonyms.rewrite(searcher);
    if (rewritten == synonyms) return this;
    return rewritten instanceof SynonymQuery s ? new CollectionStatsSynonymQuery(s) : rewritten;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (!scoreMode.needsScores()) return synonyms.createWeight(searcher, scoreMode, boost);
    boolean collectionWide = searcher instanceof SolrIndexSearcher;
    long docFreq = 0, totalTermFreq = 0;
    for (Term term : synonyms.getTerms()) {
      TermStates local = TermStates.build(searcher, term, true);
      TermStatistics stats;
      if (local.docFreq() > 0) stats = searcher.termStatistics(term, local.docFreq(), local.totalTermFreq());
      else if (collectionWide) stats = searcher.termStatistics(term, 1, 1);
      else continue;
      docFreq = Math.max(docFreq, stats.docFreq());
      totalTermFreq += stats.totalTermFreq();
    }
    if (docFreq == 0) return synonyms.createWeight(searcher, scoreMode, boost); // no term here: it matches nothing
    TermStatistics pseudoTerm = new TermStatistics(new BytesRef("synonym pseudo-term"), docFreq, totalTermFreq);
    // the SynonymQuery's own weight and scorer, on a view of the same index whose every term
    // answers with the pseudo-term's statistics
    IndexSearcher view =
        new IndexSearcher(searcher.getTopReaderContext()) {
          @Override
          public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) {
            return pseudoTerm;
          }

          @Override
          public CollectionStatistics collectionStatistics(String field) throws IOException {
            return searcher.collectionStatistics(field);
          }
        };
    view.setSimilarity(searcher.getSimilarity());
    return synonyms.createWeight(view, scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    synonyms.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return synonyms.toString(field);
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && synonyms.equals(((CollectionStatsSynonymQuery) o).synonyms);
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + synonyms.hashCode();
  }
}
