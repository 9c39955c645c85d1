package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import kz.muragat.indexer.ocr.OcrSettings;
import kz.muragat.indexer.ocr.Preprocessing;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import kz.muragat.scangen.Degradation;
import kz.muragat.scangen.RenderedDocument;
import kz.muragat.scangen.RenderedPage;
import kz.muragat.scangen.ScanGenerator;
import kz.muragat.scangen.ScanOptions;
import kz.muragat.scangen.ScanWriter;
import kz.muragat.scangen.Stains;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web viewer on a document whose pages 3, 5 and 6 are closed by their own access level
 * ({@code page_access} in a {@code .meta.json} sidecar) in a real headless Chromium, against the
 * real server over a real index. An anonymous reader's document view lists pages 1, 2, 4 and 7:
 * the viewer shows the real page numbers, says which are closed, steps over them, explains a link
 * to a closed page instead of showing a broken image, and never asks the server for a closed page
 * — every request the browser sends is read from Chromium's network log and its resource timing.
 * And a scan whose OCR lost text (a stain) says so under its text: what a page cannot fully show.
 */
class ViewerPageAccessBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  static final String DOC_ID = "фонд 5/дело 77.pdf";
  /** On pages 2, 3, 4 and 7: the search lists 2, 4 and 7; page 3 is closed. */
  static final String SHARED_WORD = "Семипалатинского";
  /** Only on the closed page 3: never found. */
  static final String CLOSED_WORD = "Устькаменогорского";
  static final List<Integer> HIDDEN = List.of(3, 5, 6);
  static final List<Integer> VISIBLE = List.of(1, 2, 4, 7);
  static final String GAPS_RU = "стр. 3, 5–6 недоступны при вашем уровне доступа";

  private static Path work;
  private static MuragatServer server;
  private static ChromeDriver driver;

  @BeforeAll
  static void startEverything() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
          + "); install them with: apt-get install chromium chromium-driver (bin/setup does)");
    }
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    work = Files.createTempDirectory("muragat-viewer-gaps-");
    CompletableFuture<ChromeDriver> browser = CompletableFuture.supplyAsync(() -> {
      try {
        return newDriver();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      Path scans = work.resolve("scans");
      writeDocument(scans);
      writeStainedScan(scans);
      Path data = work.resolve("data");
      // one global-threshold reading, no adaptive second one: the stained page keeps what the
      // stain swallowed lost (the PDF has a text layer and is not read at all)
      OcrSettings single = OcrSettings.defaults().withThresholding(OcrSettings.OTSU).withAdaptive(false);
      try (Indexer indexer = new Indexer(new IndexerOptions(data, single, 1, false, false, 60f).withPreprocessing(Preprocessing.OFF))) {
        indexer.index(scans, Progress.NONE);
      }
      server = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0)).start();
    } finally {
      driver = browser.join();
    }
    Files.createDirectories(SCREENSHOTS);
  }

  /** A 7-page PDF with a text layer (no OCR: the class stays quick); pages 3 and 5-6 closed. */
  static void writeDocument(Path scans) throws IOException {
    ScanGenerator gen = new ScanGenerator(new ScanOptions(7, 100, Degradation.CLEAN, null, null));
    List<RenderedPage> pages = new ArrayList<>();
    for (int n = 1; n <= 7; n++) {
      String text = "Лист " + n + ". Опрос свидетеля, запись номер " + n + ".";
      if (n == 2 || n == 3 || n == 4 || n == 7) text += " Уроженец " + SHARED_WORD + " уезда.";
      if (n == 3) text += " Житель " + CLOSED_WORD + " района.";
      pages.add(gen.render("p" + n, text).pages().get(0));
    }
    Path pdf = scans.resolve(DOC_ID);
    Files.createDirectories(pdf.getParent());
    ScanWriter.writeTextPdf(new RenderedDocument("Дело", pages), pdf);
    Files.writeString(
        pdf.resolveSibling(pdf.getFileName() + ".meta.json"),
        """
        {"title": "Дело о допросе свидетелей", "date": "1938", "archive": "ЦГА РК", "fond": "5", "opis": "1", "delo": "77",
         "language": "ru", "page_access": {"3": "closed", "5-6": "closed"}}
        """,
        StandardCharsets.UTF_8);
  }

  /** A scan whose lower half a dark stain hides from a single reading: its OCR lost text. */
  static final String STAINED_ID = "фонд 5/протокол в пятнах.png";

  static void writeStainedScan(Path scans) throws IOException {
    String text = "Протокол допроса обвиняемого, уроженца Павлодарского уезда, учителя. Обвиняемый виновным\n"
        + "себя не признал. Следствие установило, что в 1929 году он работал учителем школы.\n\n";
    BufferedImage page = new ScanGenerator(new ScanOptions(5, 200, Degradation.LIGHT, "freemono", null)).render("s", text.repeat(6)).pages().get(0).image();
    ImageIO.write(Stains.darkRoundStain(page), "png", scans.resolve(STAINED_ID).toFile());
  }

  private static ChromeDriver newDriver() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(work.resolve("chrome")),
        "--window-size=1280,900", "--lang=ru");
    // Chromium's network events (every request sent, even one aborted at once) in the driver's log
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage().timeouts().scriptTimeout(WAIT);
    return d;
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (driver != null) driver.quit();
    if (server != null) server.close();
    if (work != null) {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Every test starts with an empty network log. */
  @BeforeEach
  void forgetRequests() {
    driver.manage().logs().get(LogType.PERFORMANCE);
  }

  // ------------------------------------------------------------------ tests

  @Test
  void snippetLinksOpenRealPagesAndNavigationStepsOverClosedPages() throws IOException {
    driver.get(base() + "?q=" + enc(SHARED_WORD));
    WebElement hit = waitFor(By.cssSelector("#results .hit[data-id='" + DOC_ID + "']"));
    List<String> listed = hit.findElements(By.cssSelector(".page-snippet")).stream().map(a -> a.getAttribute("data-page")).toList();
    assertEquals(List.of("2", "4", "7"), listed, "the closed page 3 is not among the matching pages");
    assertTrue(hit.findElement(By.cssSelector(".page-snippet[data-page='4']")).getAttribute("href").contains("page=4"));

    hit.findElement(By.cssSelector(".page-snippet[data-page='4']")).click();
    waitForPage(4);
    assertEquals("стр. 4 (из 7; " + GAPS_RU + ")", counter());
    assertEquals("4", urlParam("page"));
    waitForImageAndBoxes();
    assertTrue(driver.findElement(By.id("page-image")).getAttribute("src").endsWith("/pages/4/image"));
    screenshot("viewer-gaps-page4.png");

    // next page: 4 → 7 (5 and 6 are closed); the last visible page is the last one
    driver.findElement(By.id("next-page")).click();
    waitForPage(7);
    assertEquals("стр. 7 (из 7; " + GAPS_RU + ")", counter());
    assertEquals("7", urlParam("page"));
    assertFalse(driver.findElement(By.id("next-page")).isEnabled(), "nothing after page 7");
    waitForImageAndBoxes();

    // previous page: 7 → 4 → 2 (3 is closed) → 1, by button and by keyboard
    driver.findElement(By.id("prev-page")).click();
    waitForPage(4);
    driver.findElement(By.id("prev-page")).click();
    waitForPage(2);
    driver.findElement(By.id("page-pane")).sendKeys(org.openqa.selenium.Keys.ARROW_LEFT);
    waitForPage(1);
    assertFalse(driver.findElement(By.id("prev-page")).isEnabled());
    driver.findElement(By.id("page-pane")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
    waitForPage(2);

    // next match: page 2 → page 4, past the closed page 3 that also holds the word
    waitForImageAndBoxes();
    // (the generator hyphenates the word across two lines: two boxes on each page)
    String[] hits = driver.findElement(By.id("hit-counter")).getText().split(" / ");
    for (int i = Integer.parseInt(hits[0]); i < Integer.parseInt(hits[1]); i++) {
      String next = (i + 1) + " / " + hits[1];
      driver.findElement(By.id("next-hit")).click();
      new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("hit-counter")).getText().equals(next));
    }
    assertEquals("2", urlParam("page"), "the matches of page 2 come first");
    driver.findElement(By.id("next-hit")).click();
    waitForPage(4);
    driver.findElement(By.id("prev-hit")).click();
    waitForPage(2);

    assertNoClosedPageRequested(4, 7, 1, 2);
  }

  @Test
  void aLinkToAClosedPageSaysSoInsteadOfABrokenImage() throws IOException {
    driver.get(base() + "?q=" + enc(SHARED_WORD) + "&doc=" + enc(DOC_ID) + "&page=3");
    WebElement msg = new WebDriverWait(driver, WAIT).until(d -> {
      WebElement m = d.findElement(By.id("page-message"));
      return m.isDisplayed() && !m.getText().isBlank() ? m : null;
    });
    assertTrue(msg.getText().startsWith("Страница 3 закрыта для вашего уровня доступа."), msg.getText());
    assertTrue(msg.getText().contains("Доступные страницы: 1–2, 4, 7."), msg.getText());
    assertEquals("стр. 3 (из 7; " + GAPS_RU + ")", counter());
    assertFalse(driver.findElement(By.id("page-text")).isDisplayed(), "a closed page has no text to show");
    assertNull(driver.findElement(By.id("page-image")).getAttribute("src"), "no image is asked for");
    assertFalse(driver.findElement(By.id("page-stage")).isDisplayed());
    assertFalse(driver.findElement(By.id("open-image")).isDisplayed(), "no link to a scan that is not there");
    assertEquals("Дело о допросе свидетелей", driver.findElement(By.id("viewer-title")).getText());
    screenshot("viewer-closed-page.png");

    // from the closed page the neighbours are one step away
    driver.findElement(By.id("next-page")).click();
    waitForPage(4);
    driver.get(base() + "?doc=" + enc(DOC_ID) + "&page=3");
    waitForCounter("стр. 3 (из 7; " + GAPS_RU + ")");
    driver.findElement(By.id("prev-page")).click();
    waitForPage(2);

    // beyond the last page the reader may see
    driver.get(base() + "?doc=" + enc(DOC_ID) + "&page=9");
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("page-message")).getText()
        .startsWith("Страницы 9 нет среди доступных вам: последняя доступная страница — 7."));
    assertEquals("стр. 9 недоступна (последняя доступная — стр. 7)", counter());
    driver.findElement(By.id("prev-page")).click();
    waitForPage(7);

    // no page in the URL: the first page the reader may see
    driver.get(base() + "?doc=" + enc(DOC_ID));
    waitForPage(1);

    assertNoClosedPageRequested(4, 2, 7, 1);
  }

  /** Issue 19 item 4: a page whose OCR lost text says so under its text, whatever its confidence. */
  @Test
  void aPageWhoseReadingLostTextSaysSo() throws IOException {
    driver.get(base() + "?doc=" + enc(STAINED_ID) + "&page=1");
    WebElement lost = new WebDriverWait(driver, WAIT).until(d -> {
      List<WebElement> l = d.findElements(By.cssSelector("#text-source .lost-text"));
      return l.isEmpty() || !l.get(0).isDisplayed() ? null : l.get(0);
    });
    assertTrue(lost.getText().contains("не распознана"), lost.getText());
    assertTrue(driver.findElement(By.id("text-source")).getText().contains("уверенность"), "the confidence is still shown");
    screenshot("lost-text.png");
    // a page read in full has no such note
    driver.get(base() + "?doc=" + enc(DOC_ID) + "&page=1");
    waitForCounter("стр. 1 (из 7; стр. 3, 5–6 недоступны при вашем уровне доступа)");
    assertTrue(driver.findElements(By.cssSelector("#text-source .lost-text")).isEmpty());
  }

  @Test
  void theIndicatorSpeaksKazakhAndEnglish() throws IOException {
    driver.get(base() + "?doc=" + enc(DOC_ID) + "&page=4&lang=en");
    waitForCounter("page 4 (of 7; pages 3, 5–6 not available at your access level)");
    driver.get(base() + "?doc=" + enc(DOC_ID) + "&page=5&lang=en");
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("page-message")).getText().startsWith("Page 5 is closed at your access level."));
    driver.get(base() + "?doc=" + enc(DOC_ID) + "&page=2&lang=kk");
    waitForCounter("2-бет (барлығы 7; 3, 5–6-беттер сіздің рұқсат деңгейіңізге қолжетімсіз)");
    driver.get(base() + "?doc=" + enc(DOC_ID) + "&page=6&lang=kk");
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("page-message")).getText().startsWith("6-бет сіздің рұқсат деңгейіңізге жабық."));
    screenshot("viewer-closed-page-kk.png");
    assertNoClosedPageRequested(4, 2);
  }

  @Test
  void theEmbeddedWidgetLinksToVisiblePagesThatTheViewerOpens() throws IOException {
    driver.get(base() + "embed?q=" + enc(SHARED_WORD));
    SearchContext root = new WebDriverWait(driver, WAIT).until(d -> {
      WebElement host = d.findElement(By.id("muragat-embed"));
      SearchContext r = host.getShadowRoot();
      return r.findElements(By.cssSelector(".hit")).isEmpty() ? null : r;
    });
    WebElement hit = root.findElement(By.cssSelector(".hit"));
    assertEquals(DOC_ID, hit.getAttribute("data-id"));
    List<String> pages = hit.findElements(By.cssSelector(".snippet")).stream().map(s -> s.getAttribute("data-page")).toList();
    assertEquals(List.of("2", "4", "7"), pages);
    String title = hit.findElement(By.cssSelector("a.title")).getAttribute("href");
    assertTrue(title.contains("page=2"), "the title opens the first matching page: " + title);
    String page4 = hit.findElement(By.cssSelector(".snippet[data-page='4'] a")).getAttribute("href");
    driver.get(page4);
    waitForPage(4);
    assertEquals("стр. 4 (из 7; " + GAPS_RU + ")", counter());
    waitForImageAndBoxes();
    assertNoClosedPageRequested(4);
  }

  // ------------------------------------------------------------------ helpers

  private static String base() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).until(d -> {
      List<WebElement> found = d.findElements(by);
      return found.isEmpty() ? null : found.get(0);
    });
  }

  private static String counter() {
    return driver.findElement(By.id("page-counter")).getText();
  }

  private static void waitForCounter(String text) {
    try {
      new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("page-counter")).getText().equals(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      fail("page counter: expected «" + text + "», was «" + counter() + "»");
    }
  }

  /** The viewer shows page n: the counter begins with its number and the URL holds it. */
  private static void waitForPage(int n) {
    try {
      new WebDriverWait(driver, WAIT).until(d -> {
        String c = d.findElement(By.id("page-counter")).getText();
        String page = urlParam("page");
        return (c.startsWith("стр. " + n + " (") || c.startsWith(n + " / ")) && (page == null || page.equals(String.valueOf(n)))
            && d.findElement(By.id("page-message")).getText().isEmpty();
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      fail("expected page " + n + "; counter «" + counter() + "», URL " + driver.getCurrentUrl());
    }
  }

  /** The page image has loaded and the boxes of the matches are drawn over it. */
  private static void waitForImageAndBoxes() {
    new WebDriverWait(driver, WAIT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "const img = document.getElementById('page-image');"
            + "return img.complete && img.naturalWidth > 0 && img.classList.contains('loaded')"
            + " && document.querySelectorAll('#hit-layer .hit-box').length > 0;"));
  }

  private static String urlParam(String name) {
    String q = driver.getCurrentUrl().replaceFirst("^[^?]*\\??", "");
    for (String pair : q.split("&")) {
      int i = pair.indexOf('=');
      if (i > 0 && pair.substring(0, i).equals(name)) return URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8);
    }
    return null;
  }

  private static final Pattern PAGE_REQUEST = Pattern.compile("/api/documents/(.+)/pages/(\\d+)/");

  /**
   * No request for a closed page's image or hit boxes was sent, according to Chromium's network
   * log since the test began and the current page's resource timing; and the pages {@code seen}
   * were asked for (the watch sees what it should).
   */
  private static void assertNoClosedPageRequested(int... seen) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> urls = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = json.readTree(e.getMessage()).path("message");
      if (m.path("method").asText().equals("Network.requestWillBeSent")) urls.add(m.path("params").path("request").path("url").asText());
    }
    @SuppressWarnings("unchecked")
    List<String> timed = (List<String>) ((JavascriptExecutor) driver).executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name);");
    urls.addAll(timed);
    List<Integer> asked = new ArrayList<>();
    for (String u : urls) {
      Matcher m = PAGE_REQUEST.matcher(u);
      if (!m.find()) continue;
      assertEquals(DOC_ID, URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
      int n = Integer.parseInt(m.group(2));
      assertFalse(HIDDEN.contains(n), "the browser asked for closed page " + n + ": " + u);
      asked.add(n);
    }
    for (int n : seen) assertTrue(asked.contains(n), "page " + n + " was asked for (the watch works): " + asked);
  }

  private static void screenshot(String name) throws IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
