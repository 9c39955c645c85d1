package kz.muragat.solr.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SolrCloud collection reached through any of several nodes, over {@code java.net.http} ({@link
 * HttpJdkSolrClient}: no Jetty client, which would clash with the server's Jetty 12). Any node of a
 * SolrCloud cluster routes a request to the shards and replicas that hold the data, so a request
 * that fails because a node is down or overloaded is tried on the next node, with a growing pause,
 * up to {@link #ATTEMPTS} times; a request Solr rejects (4xx) is not retried.
 *
 * <p>Used by the indexer's Solr target and the server's SolrCloud backend alike.
 */
public final class SolrConnection implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SolrConnection.class);

  /** Tries of one request before giving up. */
  public static final int ATTEMPTS = 6;

  private final List<SolrClient> clients = new ArrayList<>();
  private final List<String> urls;
  private final String collection;
  private final AtomicInteger next = new AtomicInteger();

  /**
   * @param urls base URLs of Solr nodes ({@code http://host:8983/solr}), comma-separated
   * @param collection the collection's name
   */
  public SolrConnection(String urls, String collection) {
    this.urls = Arrays.stream(urls.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(u -> u.replaceAll("/+$", "")).toList();
    if (this.urls.isEmpty()) throw new IllegalArgumentException("--solr needs at least one node URL (http://host:8983/solr)");
    for (String u : this.urls) {
      if (!u.matches("https?://.+")) throw new IllegalArgumentException("a Solr URL is http(s)://host:port/solr, not '" + u + "'");
    }
    if (collection == null || collection.isBlank()) throw new IllegalArgumentException("--collection is required with --solr");
    this.collection = collection;
    for (String u : this.urls) {
      clients.add(
          new HttpJdkSolrClient.Builder(u)
              .withDefaultCollection(collection)
              .withConnectionTimeout(5, TimeUnit.SECONDS)
              .withIdleTimeout(120, TimeUnit.SECONDS)
              .build());
    }
  }

  public String collection() {
    return collection;
  }

  public List<String> urls() {
    return urls;
  }

  /** One request to the collection. */
  @FunctionalInterface
  public interface Call<T> {
    T apply(SolrClient client) throws SolrServerException, IOException;
  }

  /** Runs a request on a node, moving to the next node and retrying while it fails for reasons that may pass. */
  public <T> T call(Call<T> call) throws IOException {
    Exception last = null;
    int start = Math.floorMod(next.get(), clients.size());
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int i = (start + attempt) % clients.size();
      try {
        T out = call.apply(clients.get(i));
        next.set(i); // stay on a node that answers
        return out;
      } catch (BaseHttpSolrClient.RemoteSolrException e) {
        if (e.code() >= 400 && e.code() < 500) throw new SolrRequestException(e.code(), e.getMessage(), e);
        last = e;
      } catch (SolrException e) {
        if (e.code() >= 400 && e.code() < 500) throw new SolrRequestException(e.code(), e.getMessage(), e);
        last = e;
      } catch (SolrServerException | IOException e) {
        last = e;
      }
      LOG.warn("Solr request to {} failed (attempt {} of {}): {}", urls.get(i), attempt + 1, ATTEMPTS, last.toString());
      next.set(i + 1);
      if (attempt + 1 < ATTEMPTS && (attempt + 1) % clients.size() == 0) pause(attempt);
    }
    throw new IOException("Solr collection '" + collection + "' at " + String.join(",", urls) + " did not answer: " + last, last);
  }

  private static void pause(int attempt) throws IOException {
    try {
      Thread.sleep(Math.min(5_000, 250L << Math.min(attempt, 5)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while retrying a Solr request", e);
    }
  }

  /** Solr rejected a request (bad query, unknown field): retrying would not help. */
  public static final class SolrRequestException extends IOException {
    private final int code;

    SolrRequestException(int code, String message, Throwable cause) {
      super(message, cause);
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  @Override
  public void close() throws IOException {
    for (SolrClient c : clients) c.close();
  }
}
