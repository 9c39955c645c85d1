package kz.muragat.analysis.fork;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.muragat.analysis.IndexFork;
import kz.muragat.analysis.MuragatAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The fork gives, field by field, exactly what the full chains give. */
public class TextForkTest extends BaseTokenStreamTestCase {
  static final String[] TEXTS = {
    "",
    "   \n ",
    "ПРОТОКОЛ ДОПРОСА\nОбвиняемый Жумабаев Касым, 1898 года рождения, уроженец Акмолинского уезда.",
    "Сейфоллаұлы Ерғали 1989 жылы ақталды. Іс мұрағатта сақталады, қорды ашуға рұқсат берілді.",
    "Байтурсынов, Байтұрсынұлы, Baitursynuly, Baitursynov и Bajtursynov — одно лицо.",
    "Дело пересмотрено. Оспанов Тураб реабили-\nтирован посмертно в Алма-Ате в 1950-х гг.",
    "Исторіи Россіи ѳеатръ, вѣра; ёлка, уда\u0301рение, мяг\u00adкий. Тoлько (homoglyph o)…",
    "Қазақстан Республикасының Орталық мемлекеттік мұрағаты, ф. 1, оп. 2, д. 345, л. 12-14 —",
  };

  static List<String> dump(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pi = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute pl = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute ty = ts.addAttribute(TypeAttribute.class);
      KeywordAttribute k = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t + " " + o.startOffset() + "-" + o.endOffset() + " +" + pi.getPositionIncrement() + " len"
            + pl.getPositionLength() + " " + ty.type() + (k.isKeyword() ? " kw" : ""));
      }
      ts.end();
      out.add("end " + o.startOffset() + "-" + o.endOffset() + " +" + pi.getPositionIncrement());
    }
    return out;
  }

  public void testForkEqualsFullChains() throws IOException {
    IndexFork fork = MuragatAnalysis.indexFork();
    try (Analyzer exact = MuragatAnalysis.exactAnalyzer();
        Analyzer morph = MuragatAnalysis.morphAnalyzer();
        Analyzer variant = MuragatAnalysis.variantAnalyzer()) {
      for (String text : TEXTS) {
        IndexFork.Tokens lists = fork.analyze(text);
        assertEquals(text, dump(exact.tokenStream("f", text)), dump(lists.exact().stream()));
        assertEquals(text, dump(morph.tokenStream("f", text)), dump(lists.morph().stream()));
        assertEquals(text, dump(variant.tokenStream("f", text)), dump(lists.variant().stream()));
        // a list replays the same tokens every time
        assertEquals(dump(lists.morph().stream()), dump(lists.morph().stream()));
      }
    }
  }

  public void testThreadsShareOneFork() throws Exception {
    IndexFork fork = MuragatAnalysis.indexFork();
    List<List<String>> expected = new ArrayList<>();
    try (Analyzer morph = MuragatAnalysis.morphAnalyzer()) {
      for (String text : TEXTS) expected.add(dump(morph.tokenStream("f", text)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int th = 0; th < 4; th++) {
        fs.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 50; round++) {
                    for (int i = 0; i < TEXTS.length; i++) {
                      assertEquals(expected.get(i), dump(fork.analyze(TEXTS[i]).morph().stream()));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) f.get();
    } finally {
      pool.shutdown();
    }
  }
}
