package kz.muragat.server.api;

import kz.muragat.server.http.ApiException;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jetbrains.annotations.NotNull;

/**
 * {@code GET /api/analyze?text=&field=}: the terms Muragat indexes a text as, per field (like
 * Elasticsearch's {@code _analyze}), so a researcher can see why a word is or is not found. Without
 * {@code field}, all three text fields: {@code text} (lemmas), {@code text_exact}, {@code
 * text_variant} (spelling variants of names).
 */
public final class AnalyzeHandler implements Handler {
  static final int MAX_TEXT = 2000;

  private final Map<String, Analyzer> analyzers =
      Map.of(
          MuragatAnalysis.FIELD_MORPH, MuragatAnalysis.morphAnalyzer(),
          MuragatAnalysis.FIELD_EXACT, MuragatAnalysis.exactAnalyzer(),
          MuragatAnalysis.FIELD_VARIANT, MuragatAnalysis.variantAnalyzer());

  @Override
  public void handle(@NotNull Context ctx) throws Exception {
    String text = ctx.queryParam("text");
    if (text == null || text.isBlank()) throw ApiException.badRequest("text is required");
    if (text.length() > MAX_TEXT) throw ApiException.badRequest("text is too long: at most " + MAX_TEXT + " characters");
    String field = ctx.queryParam("field");
    List<String> fields = field == null || field.isBlank()
        ? List.of(MuragatAnalysis.FIELD_MORPH, MuragatAnalysis.FIELD_EXACT, MuragatAnalysis.FIELD_VARIANT)
        : List.of(field);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("text", text);
    Map<String, Object> perField = new LinkedHashMap<>();
    for (String f : fields) {
      Analyzer a = analyzers.get(f);
      if (a == null) throw ApiException.badRequest("unknown field '" + Params.abbreviate(f) + "': use text, text_exact or text_variant");
      perField.put(f, tokens(a, f, text));
    }
    out.put("fields", perField);
    ctx.json(out);
  }

  private static List<Map<String, Object>> tokens(Analyzer a, String field, String text) throws IOException {
    List<Map<String, Object>> tokens = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("term", term.toString());
        t.put("start", off.startOffset());
        t.put("end", off.endOffset());
        t.put("position", pos);
        tokens.add(t);
      }
      ts.end();
    }
    return tokens;
  }
}
