package kz.muragat.solr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The configset loads unchanged into a real Solr 9.10.1 node (its own JVM, started through {@link
 * SolrProcess}) with the analysis jar on the classpath, and Solr's analysis of sample text — index
 * and query side, every text field — is token for token (term, position, offsets) what {@link
 * MuragatAnalysis} gives the embedded index (the OCR-key field {@code text_ocr} included).
 */
class ConfigsetAnalysisTest {
  static final Path CONFIGSET = Path.of(System.getProperty("muragat.configset", "../solr/configsets/muragat"));

  /** Russian, Kazakh, mixed, pre-reform, OCR damage and confusions, names in three scripts, Kazakh in Jaŋalif. */
  static final List<String> SAMPLES =
      List.of(
          "Постановлением Президиума Верховного Суда КазССР от 12.11.1957 г. Жумабаев К. реабилитирован.",
          "Ақталған азаматтардың тізімі: Байтұрсынұлы Ахмет, Сейфуллин Сәкен, Әбілұлы.",
          "Baitursynuly Akhmet; Baitursynov A. — протокол допроса № 345, ф. 1, оп. 2, д. 345, л. 12-14.",
          "Исторіи Россіи въ 1917 году; ѣ и ѳ; Алма-Ата, 1930-х гг.",
          "реабили-\nтированы посмертно; оuр homoglyph Сoветский (Latin o); приииивет об'явление",
          "Тұтқындалған адамның сауалнамасы. Қарағанды облысы, Ұзақтың ауылы.",
          "Их стало больше; абильев узак. СЛУШАЛИ: Дело Абильева, тов. К. Жумабаев уехал в Польшу.",
          "Жумабаев Касым рсабилитировап; 0спанов, Сейфоллаулы Сәкен, Бaйтурсынов 1937 г.",
          "Ol tolƅq aqtaldƅ. Qamauƣa alƅnƅp, yştiginiꞑ şeşimimen; Əʙilulƅ kelip, Smith aqtaldy.",
          // an uncertain word's other readings (OcrReadings) and a misread unknown word (typos)
          "органами НКВА\uE000НКВЯ\uE000НКВД   Постановипи: пайықты\uE000лайықты деп");

  static SolrProcess solr;
  static SolrClient client;

  @BeforeAll
  static void start() throws IOException {
    solr = SolrProcess.standalone(CONFIGSET, "muragat");
    client = new HttpJdkSolrClient.Builder(solr.nodeUrls().get(0)).withDefaultCollection("muragat").build();
  }

  @AfterAll
  static void stop() throws IOException {
    if (client != null) client.close();
    if (solr != null) solr.close();
  }

  record Tok(String term, int position, int start, int end) {}

  @Test
  void everyTextFieldAnalysesAsMuragatDoes() throws Exception {
    Analyzer morph = MuragatAnalysis.morphAnalyzer();
    Analyzer ocr = MuragatAnalysis.ocrAnalyzer();
    Map<String, Analyzer> fields =
        Map.of(
            MuragatAnalysis.FIELD_MORPH, morph,
            MuragatAnalysis.FIELD_EXACT, MuragatAnalysis.exactAnalyzer(),
            MuragatAnalysis.FIELD_VARIANT, MuragatAnalysis.variantAnalyzer(),
            MuragatAnalysis.FIELD_OCR, ocr,
            "title", morph);
    int compared = 0;
    for (String text : SAMPLES) {
      for (Map.Entry<String, Analyzer> f : fields.entrySet()) {
        FieldAnalysisRequest req = new FieldAnalysisRequest().addFieldName(f.getKey()).setFieldValue(text).setQuery(text);
        FieldAnalysisResponse resp = req.process(client);
        FieldAnalysisResponse.Analysis a = resp.getFieldNameAnalysis(f.getKey());
        List<Tok> expected = muragat(f.getValue(), text);
        assertFalse(expected.isEmpty(), text);
        assertEquals(expected, last(a.getIndexPhases()), "index analysis of " + f.getKey() + ": " + text);
        // the morphological fields' query side adds Kazakh dictionary-form readings; the variant
        // field's takes lower-case words for names unless they are common words; the OCR field's
        // query side keys every word
        Analyzer query =
            f.getValue() == morph
                ? MuragatAnalysis.morphQueryAnalyzer()
                : f.getKey().equals(MuragatAnalysis.FIELD_VARIANT)
                    ? MuragatAnalysis.variantQueryAnalyzer()
                    : f.getValue() == ocr ? MuragatAnalysis.ocrQueryAnalyzer() : f.getValue();
        assertEquals(muragat(query, text), last(a.getQueryPhases()), "query analysis of " + f.getKey() + ": " + text);
        compared += expected.size();
      }
    }
    assertTrue(compared > 200, "compared " + compared + " tokens");
  }

  @Test
  void singleLanguageFieldsLoadTheRussianAndKazakhFilters() throws Exception {
    FieldAnalysisResponse ru = new FieldAnalysisRequest().addFieldName("body_ru").setFieldValue("реабилитированы").process(client);
    assertTrue(terms(ru, "body_ru").contains("реабилитировать"), terms(ru, "body_ru").toString());
    FieldAnalysisResponse kk = new FieldAnalysisRequest().addFieldName("body_kk").setFieldValue("ақталды").process(client);
    assertTrue(terms(kk, "body_kk").contains("ақта"), terms(kk, "body_kk").toString());
  }

  private static List<String> terms(FieldAnalysisResponse r, String field) {
    return last(r.getFieldNameAnalysis(field).getIndexPhases()).stream().map(Tok::term).toList();
  }

  private static List<Tok> last(Iterable<AnalysisResponseBase.AnalysisPhase> phases) {
    AnalysisResponseBase.AnalysisPhase last = null;
    for (AnalysisResponseBase.AnalysisPhase p : phases) last = p;
    List<Tok> out = new ArrayList<>();
    for (AnalysisResponseBase.TokenInfo t : last.getTokens()) out.add(new Tok(t.getText(), t.getPosition(), t.getStart(), t.getEnd()));
    return out;
  }

  private static List<Tok> muragat(Analyzer analyzer, String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = 0;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(new Tok(term.toString(), pos, off.startOffset(), off.endOffset()));
      }
      ts.end();
    }
    return out;
  }
}
