package kz.muragat.solr.query;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.StrUtils;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.QueryParsing;
import org.apache.solr.search.SolrQueryParser;
import org.apache.solr.search.SyntaxError;

/**
 * Solr's standard query parser ({@code lucene}: {@code df}, {@code q.op}, {@code sow}, the fields'
 * query analysis and {@code synonymQueryStyle}) whose synonym queries — the terms a word's analysis
 * stacks at one position — score with the collection's statistics on every shard ({@link
 * CollectionStatsSynonymQuery}), as in one index. Registered in Muragat's configset as {@code
 * muragat}; the server sends it the words it analysed ({@code {!muragat df=text q.op=AND sow=true
 * v=…}}).
 */
public final class CollectionStatsQParserPlugin extends QParserPlugin {
  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        String text = getString();
        if (text == null || text.isEmpty()) return null;
        SolrQueryParser parser =
            new SolrQueryParser(this, getParam(CommonParams.DF)) {
              @Override
              protected Query newSynonymQuery(String field, QueryBuilder.TermAndBoost[] terms) {
                Query q = super.newSynonymQuery(field, terms);
                return q instanceof SynonymQuery s ? new CollectionStatsSynonymQuery(s) : q;
              }
            };
        parser.setDefaultOperator(QueryParsing.parseOP(getParam(QueryParsing.OP)));
        parser.setSplitOnWhitespace(StrUtils.parseBool(getParam(QueryParsing.SPLIT_ON_WHITESPACE), SolrQueryParser.DEFAULT_SPLIT_ON_WHITESPACE));
        parser.setAllowSubQueryParsing(true);
        return parser.parse(text);
      }
    };
  }
}
