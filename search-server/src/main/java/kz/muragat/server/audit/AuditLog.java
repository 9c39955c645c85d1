package kz.muragat.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kz.muragat.core.access.Viewer;
import kz.muragat.search.NotFoundException;
import kz.muragat.search.SearchBackend;
import kz.muragat.search.SearchResults;
import kz.muragat.server.auth.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log: who (a token's name, or {@code anonymous}; the client's address) was shown which
 * document or page that anonymous callers may not see — in search hits, exports, document views,
 * page images, hit boxes — and every administrator action, allowed or refused. One JSON object per
 * line to the logger {@value #LOGGER}; where the lines go, and their rotation, is the logging
 * setup's business ({@code muragat serve --audit-log}).
 *
 * <p>What an answer showed is judged from the answer itself: a document anonymous callers cannot
 * open is recorded whole (the pages shown listed), a public document only for the pages anonymous
 * callers do not get. Answers to anonymous callers hold public material only and are not recorded.
 */
public final class AuditLog {
  public static final String LOGGER = "muragat.audit";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  /** How long what anonymous callers may see of a document is remembered. */
  private static final long PUBLIC_VIEW_NANOS = 30_000_000_000L;

  private static final int PUBLIC_VIEWS_KEPT = 10_000;
  private static final int REQUEST_CHARS = 2000;

  /** A document in an answer, with the numbers of the pages of it the answer showed. */
  public record Shown(String id, Collection<Integer> pages) {}

  /** The page numbers anonymous callers may see of a document (empty: not the document at all), as of a moment. */
  private record PublicView(Optional<Set<Integer>> pages, long at) {}

  private final SearchBackend search;
  private final ObjectMapper json = new ObjectMapper();
  private final ConcurrentHashMap<String, PublicView> publicViews = new ConcurrentHashMap<>();

  public AuditLog(SearchBackend search) {
    this.search = search;
  }

  /** The documents and pages of a search answer. */
  public static List<Shown> shown(List<SearchResults.Hit> hits) {
    List<Shown> out = new ArrayList<>(hits.size());
    for (SearchResults.Hit h : hits) out.add(shown(h));
    return out;
  }

  public static Shown shown(SearchResults.Hit h) {
    List<Integer> pages = new ArrayList<>();
    for (SearchResults.PageHit p : h.pages()) pages.add(p.number());
    return new Shown(h.id(), pages);
  }

  /**
   * Records what of an answer anonymous callers could not have been shown.
   *
   * @return whether there was any (the answer must then not be stored by any cache)
   */
  public boolean record(Context ctx, Viewer viewer, String action, List<Shown> shown) {
    if (viewer == Viewer.PUBLIC || shown.isEmpty()) return false;
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Shown s : shown) {
      Optional<Set<Integer>> open = publicPages(s.id());
      Set<Integer> pages = new TreeSet<>(s.pages());
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", s.id());
      if (open.isEmpty()) {
        d.put("access", "document");
      } else {
        pages.removeAll(open.get());
        if (pages.isEmpty()) continue;
        d.put("access", "pages");
      }
      d.put("pages", pages);
      documents.add(d);
    }
    if (documents.isEmpty()) return false;
    Map<String, Object> line = line(ctx, action);
    line.put("documents", documents);
    write(line);
    return true;
  }

  /** Records an administrator action: {@code outcome} is what happened (e.g. {@code done}, {@code refused}). */
  public void admin(Context ctx, String action, String outcome, Map<String, Object> details) {
    Map<String, Object> line = line(ctx, action);
    line.put("outcome", outcome);
    line.putAll(details);
    write(line);
  }

  private Map<String, Object> line(Context ctx, String action) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.now().toString());
    line.put("who", AccessTokens.caller(ctx));
    line.put("client", ctx.ip());
    line.put("action", action);
    String q = ctx.queryString();
    String request = ctx.method() + " " + ctx.path() + (q == null ? "" : "?" + q);
    line.put("request", request.length() > REQUEST_CHARS ? request.substring(0, REQUEST_CHARS) + "…" : request);
    return line;
  }

  private void write(Map<String, Object> line) {
    try {
      LOG.info(json.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      LOG.error("cannot write an audit line: {}", e.getOriginalMessage());
    }
  }

  /** What anonymous callers may see of a document, remembered for a few seconds. */
  private Optional<Set<Integer>> publicPages(String id) {
    long now = System.nanoTime();
    PublicView v = publicViews.get(id);
    if (v != null && now - v.at() < PUBLIC_VIEW_NANOS) return v.pages();
    Optional<Set<Integer>> pages;
    try {
      Set<Integer> numbers = new TreeSet<>();
      for (SearchResults.PageView p : search.document(id, Viewer.PUBLIC).pages()) numbers.add(p.number());
      pages = Optional.of(numbers);
    } catch (NotFoundException e) {
      pages = Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not known: recorded as not public rather than left out
    }
    if (publicViews.size() >= PUBLIC_VIEWS_KEPT) publicViews.clear();
    publicViews.put(id, new PublicView(pages, now));
    return pages;
  }
}
