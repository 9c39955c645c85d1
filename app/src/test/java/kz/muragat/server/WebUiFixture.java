package kz.muragat.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedPage;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.ScanWriter;

/**
 * A small real archive for the web UI test: typewritten scans rendered by the scan generator,
 * indexed by the real indexer (Tesseract OCR), served by the real server.
 *
 * <p>The TIFF has two pages, each rendered from a short text so that OCR stays quick; the word
 * {@link #SHARED_WORD} is on page 2 of the TIFF and on the PNG.
 *
 * <p>Runnable on its own for working on the UI by hand: {@code main(dataDir, port)}.
 */
final class WebUiFixture implements AutoCloseable {
  /** On TIFF page 2 and on the PNG, nowhere else. */
  static final String SHARED_WORD = "Каркаралинского";

  /** Folder with a space and Cyrillic, as real archive folders have: ids must be URL-encoded. */
  static final String CASE_DIR = "дело 12";

  static final String TIFF_ID = CASE_DIR + "/протокол.tif";
  static final String PNG_ID = "справка.png";
  /** A born-digital text: no page image, the viewer shows its text with the matches marked. */
  static final String TXT_ID = CASE_DIR + "/заметка.txt";
  /** Only in the TXT. */
  static final String TXT_WORD = "реабилитирован";

  static final String TXT_TEXT =
      """
      Служебная записка

      Жумабаев Касым реабилитирован определением Военной коллегии
      Верховного суда СССР от 12 мая 1958 года за отсутствием состава преступления.
      """;

  /**
   * Metadata for facets, filters and date sorting: the TIFF is Russian, ЦГА РК, 1937-10-14; the
   * TXT Russian, ЦГА РК, {@link #TXT_DATE} (from a manifest.csv); the PNG Kazakh, another archive, 1989.
   */
  static final String TIFF_DATE = "1937-10-14";
  static final String TXT_DATE = "1958-06-02";
  static final String PNG_DATE = "1989";

  static final String TIFF_PAGE_1 =
      """
      ПРОТОКОЛ ДОПРОСА

      1937 года, октября 14 дня, я, оперуполномоченный
      НКВД по Алма-Атинской области, допросил в качестве
      обвиняемого Жумабаева Касыма, 1898 года рождения,
      по профессии учителя, беспартийного, грамотного.

      Вопрос: Признаете ли вы себя виновным?
      Ответ: Нет, виновным себя не признаю.
      """;

  static final String TIFF_PAGE_2 =
      """
      Ответ: В 1929 году я работал учителем школы
      Каркаралинского района, где преподавал родной язык
      и арифметику. Никаких собраний я не посещал.

      Протокол записан с моих слов верно и мною прочитан.

      Допросил: оперуполномоченный НКВД
      """;

  static final String PNG_TEXT =
      """
      АНЫҚТАМА

      Жұмабаев Қасым, 1898 жылы туған,
      Каркаралинского ауданының мұғалімі,
      1958 жылы ақталды.

      Мұрағат меңгерушісі
      """;

  /** A document type written as a code, with labels in {@link #LABELS}. */
  static final String PNG_DOC_TYPE = "rehabilitation_certificate";
  /** A long code with no label: shown as it is, wrapped only between its parts. */
  static final String TXT_DOC_TYPE = "internal_memorandum_of_the_special_commission";

  /** The facet labels file the fixture's server reads. */
  static final String LABELS =
      """
      facet,value,ru,kk,en
      doc_type,rehabilitation_certificate,Справка о реабилитации,Ақталу туралы анықтама,Rehabilitation certificate
      """;

  final Path root;
  final Path dataDir;
  private final MuragatServer server;

  private WebUiFixture(Path root, Path dataDir, MuragatServer server) {
    this.root = root;
    this.dataDir = dataDir;
    this.server = server;
  }

  /** Renders, indexes and serves the archive under {@code root} on a free port of 127.0.0.1. */
  static WebUiFixture start(Path root, int port) throws Exception {
    Path scans = root.resolve("scans");
    Path data = root.resolve("data");
    writeScans(scans);
    var opts = IndexerOptions.defaults(data);
    try (var indexer = new Indexer(opts)) {
      indexer.index(scans, Progress.NONE);
    }
    Path labels = Files.writeString(root.resolve("facet-labels.csv"), LABELS, StandardCharsets.UTF_8);
    MuragatServer server = new MuragatServer(new ServerOptions(data, "127.0.0.1", port).withLabels(labels)).start();
    return new WebUiFixture(root, data, server);
  }

  static void writeScans(Path scans) throws IOException {
    ScanGenerator gen = new ScanGenerator(new ScanOptions(1937, 200, Degradation.LIGHT, "freemono", null));
    RenderedPage p1 = gen.render("protocol-1", TIFF_PAGE_1).pages().get(0);
    RenderedPage p2 = gen.render("protocol-2", TIFF_PAGE_2).pages().get(0);
    Path tiff = scans.resolve(TIFF_ID);
    ScanWriter.writeTiff(List.of(p1, p2), tiff);
    Files.writeString(
        tiff.resolveSibling(tiff.getFileName() + ".meta.json"),
        String.format(Locale.ROOT, """
        {"title": "Протокол допроса Жумабаева К.", "date": "%s", "archive": "ЦГА РК",
         "fond": "1", "opis": "2", "delo": "345", "list": "12–13",
         "language": "ru", "doc_type": "протокол допроса"}
        """, TIFF_DATE),
        StandardCharsets.UTF_8);
    Files.writeString(scans.resolve(TXT_ID), TXT_TEXT, StandardCharsets.UTF_8);
    // the folder's manifest gives the note its metadata (a sidecar JSON would override a row)
    Files.writeString(
        scans.resolve(CASE_DIR).resolve("manifest.csv"),
        String.format(Locale.ROOT, """
        file,title,date,archive,fond,opis,delo,list,language,doc_type
        заметка.txt,Служебная записка о реабилитации Жумабаева К.,%s,ЦГА РК,1,2,345,40,ru,%s
        """, TXT_DATE, TXT_DOC_TYPE),
        StandardCharsets.UTF_8);
    ScanWriter.writePng(gen.render("spravka", PNG_TEXT).pages().get(0), scans.resolve(PNG_ID));
    Files.writeString(
        scans.resolve(PNG_ID + ".meta.json"),
        String.format(Locale.ROOT, """
        {"title": "Анықтама: Жұмабаев Қасым ақталды", "date": "%s", "archive": "ҚР Президентінің Архиві",
         "language": "kk", "doc_type": "%s"}
        """, PNG_DATE, PNG_DOC_TYPE),
        StandardCharsets.UTF_8);
  }

  int port() {
    return server.port();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  @Override
  public void close() throws Exception {
    server.close();
  }

  /** Serves the fixture until killed: {@code WebUiFixture <work dir> <port>}. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "/tmp/muragat-webui");
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 7070;
    WebUiFixture f = start(root, port);
    System.out.println("serving " + f.baseUrl());
    Thread.currentThread().join();
  }
}
