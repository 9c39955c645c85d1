package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.muragat.search.QueryParseException;
import kz.muragat.search.SearchRequest;
import kz.muragat.search.SearchResults;
import kz.muragat.search.SearchBackend;
import kz.muragat.search.SearchService;
import kz.muragat.core.access.Viewer;
import kz.muragat.server.audit.AuditLog;
import kz.muragat.server.auth.AccessTokens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jetbrains.annotations.NotNull;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/export?format=csv|json&…}: the whole result list of a search (same parameters as
 * {@code /api/search}), up to {@link SearchService#MAX_EXPORT} documents, streamed as a download:
 * id, title, date, archival citation, metadata, matching pages and score.
 */
public final class ExportHandler implements Handler {
  private static final List<String> COLUMNS =
      List.of("id", "title", "date", "citation", "archive", "fond", "opis", "delo", "list", "language", "doc_type", "format", "pages", "matching_pages", "score");

  private final SearchBackend search;
  private final AccessTokens tokens;
  private final AuditLog audit;
  private final ObjectMapper json = new ObjectMapper();

  public ExportHandler(SearchBackend search, AccessTokens tokens, AuditLog audit) {
    this.search = search;
    this.tokens = tokens;
    this.audit = audit;
  }

  @Override
  public void handle(@NotNull Context ctx) throws Exception {
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("csv");
    if (!format.equals("csv") && !format.equals("json")) throw ApiException.badRequest("format must be csv or json");
    SearchRequest req = SearchParams.read(ctx, SearchService.MAX_SIZE, false);
    Viewer viewer = tokens.viewer(ctx);
    // validate before the response starts, so an error is still a clean 400
    try {
      search.search(new SearchRequest(req.q(), req.syntax(), req.filters(), req.dateFrom(), req.dateTo(), req.sort(), 0, 1, null, false), viewer);
    } catch (QueryParseException e) {
      throw ApiException.badQuery(e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"muragat-results." + format + "\"");
    // streamed: the headers leave before the rows are known, so a token holder's export is never stored
    if (viewer != Viewer.PUBLIC) CacheControl.restricted(ctx);
    List<AuditLog.Shown> shown = new ArrayList<>();
    ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    if (format.equals("csv")) {
      out.write('\ufeff'); // so spreadsheet programs read the file as UTF-8
      try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
        search.export(req, viewer, h -> {
          shown.add(AuditLog.shown(h));
          try {
            csv.printRecord(row(h));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }
    } else {
      try (JsonGenerator g = json.getFactory().createGenerator(out)) {
        g.writeStartArray();
        search.export(req, viewer, h -> {
          shown.add(AuditLog.shown(h));
          try {
            json.writeValue(g, h);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        g.writeEndArray();
      }
    }
    audit.record(ctx, viewer, "export", shown);
  }

  private static List<Object> row(SearchResults.Hit h) {
    StringBuilder pages = new StringBuilder();
    for (SearchResults.PageHit p : h.pages()) pages.append(pages.length() == 0 ? "" : " ").append(p.number());
    return List.of(
        cell(h.id()), cell(h.title()), cell(h.metadata().get("date")), cell(h.citation()), cell(h.metadata().get("archive")),
        cell(h.metadata().get("fond")), cell(h.metadata().get("opis")), cell(h.metadata().get("delo")), cell(h.metadata().get("list")),
        cell(h.metadata().get("language")), cell(h.metadata().get("doc_type")), cell(h.format()), h.pageCount(), pages.toString(), h.score());
  }

  /**
   * A text cell, safe to open in a spreadsheet: one starting with {@code = + - @}, a tab or a
   * carriage return would be read as a formula (CSV injection), so it gets a leading apostrophe,
   * as OWASP advises; spreadsheet programs show the text as written.
   */
  static String cell(String s) {
    if (s == null || s.isEmpty()) return "";
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
