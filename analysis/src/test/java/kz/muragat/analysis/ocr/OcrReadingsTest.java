package kz.muragat.analysis.ocr;

import java.io.Reader;
import java.util.List;
import java.util.Random;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.analysis.tokenize.ArchiveTokenizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class OcrReadingsTest extends BaseTokenStreamTestCase {
  private static final char M = OcrReadings.MARK;

  private static Analyzer readings() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ArchiveTokenizer();
        return new TokenStreamComponents(t, new OcrReadingsStackFilter(t));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new OcrReadingsCharFilter(reader);
      }
    };
  }

  /** Each reading stands on its word's position and characters; the words after keep theirs. */
  public void testReadingsStackOnTheirWord() throws Exception {
    String plain = "   сотыньң шешімі    Ахметов";
    String encoded = "   сотыньң" + M + "сотының" + M + "сотынын шешімі    Ахметов";
    try (Analyzer a = readings()) {
      assertTokenStreamContents(
          a.tokenStream("f", encoded),
          new String[] {"сотыньң", "сотының", "сотынын", "шешімі", "Ахметов"},
          new int[] {3, 3, 3, 11, 21},
          new int[] {10, 10, 10, 17, 28},
          null,
          new int[] {1, 0, 0, 1, 1},
          null,
          plain.length());
    }
  }

  /** A reading of a word the tokenizer cut in two never takes offsets back. */
  public void testReadingOfASplitWordKeepsOffsetsInOrder() throws Exception {
    String encoded = "Ахмет.Байтурсыноз" + M + "Ахмет.Байтурсынов";
    try (Analyzer a = readings()) {
      assertTokenStreamContents(
          a.tokenStream("f", encoded),
          new String[] {"Ахмет", "Байтурсыноз", "Ахмет", "Байтурсынов"},
          new int[] {0, 6, 6, 6},
          new int[] {5, 17, 17, 17},
          null,
          new int[] {1, 1, 0, 0},
          null,
          17);
    }
  }

  /** What cannot be one word is not carried as a reading, and a mark in the text reads as a space. */
  public void testEncoding() {
    StringBuilder sb = new StringBuilder("сот");
    OcrReadings.append(sb, "сот", List.of("", "сот", "со т", "сат", "с" + M + "т", "вв.", "1937"));
    assertEquals("сот" + M + "сат" + M + "1937", sb.toString());
    assertEquals("a b", OcrReadings.plain("a" + M + "b"));
  }

  /**
   * The OCR field's chain over random words with random readings: offsets never go backwards, stay
   * inside the text without readings, and tokens on one position share them; an index that keeps
   * offsets takes every such text.
   */
  public void testRandomReadingsInTheOcrChain() throws Exception {
    Random r = random();
    FieldType withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (Analyzer a = MuragatAnalysis.ocrAnalyzer();
        Directory dir = newDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(a))) {
      for (int i = 0; i < 300; i++) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0, n = 1 + r.nextInt(8); k < n; k++) {
          sb.append(" ".repeat(r.nextInt(3)));
          String word = randomWord(r);
          sb.append(word);
          for (int j = r.nextInt(4); j > 0; j--) sb.append(M).append(randomWord(r));
          sb.append(r.nextBoolean() ? " " : "\n");
        }
        String text = sb.toString();
        int plain = text.replaceAll(M + "[^\\s" + M + "]*", "").length();
        try (TokenStream ts = a.tokenStream("f", text)) {
          OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
          PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
          ts.reset();
          int lastStart = 0, lastEnd = 0;
          while (ts.incrementToken()) {
            assertTrue(text, off.startOffset() >= lastStart && off.startOffset() <= off.endOffset() && off.endOffset() <= plain);
            if (inc.getPositionIncrement() == 0) {
              assertEquals(text, lastStart, off.startOffset());
              assertEquals(text, lastEnd, off.endOffset());
            }
            lastStart = off.startOffset();
            lastEnd = off.endOffset();
          }
          ts.end();
          assertEquals(text, plain, off.endOffset());
        }
        Document d = new Document();
        d.add(new Field("f", text, withOffsets));
        w.addDocument(d);
      }
    }
    try (Analyzer a = MuragatAnalysis.ocrAnalyzer()) {
      checkRandomData(r, a, 200);
    }
  }

  private static String randomWord(Random r) {
    String letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБҚ0123456789.,-";
    StringBuilder w = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(9); i < n; i++) w.append(letters.charAt(r.nextInt(letters.length())));
    return w.toString();
  }
}
