package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import kz.muragat.indexer.pipeline.Indexer;
import kz.muragat.indexer.pipeline.IndexerOptions;
import kz.muragat.indexer.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The researchers' web page in a real headless Chromium against the real server over a real index
 * of generated typewritten scans (OCR by Tesseract): search, snippets, the viewer with hit boxes on
 * the page image, shareable URLs, error display and a phone-sized screen; facets, filter chips,
 * date range and order, suggestions while typing, "did you mean" and the export links.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static Path work;
  private static WebUiFixture fixture;
  private static ChromeDriver driver;
  /** The address the viewer showed in test 2: a link a researcher would copy and share. */
  private static String sharedViewerUrl;

  @BeforeAll
  static void startEverything() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
          + "); install them with: apt-get install chromium chromium-driver (bin/setup does)");
    }
    // Selenium Manager must never try to download a browser or driver: the machine is offline
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    work = Files.createTempDirectory("muragat-webui-");
    // the browser starts while the archive is rendered and OCR'd: the class stays quick
    CompletableFuture<ChromeDriver> browser = CompletableFuture.supplyAsync(() -> {
      try {
        return newDriver("main");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      fixture = WebUiFixture.start(work.resolve("archive"), 0);
    } finally {
      driver = browser.join();
    }
    Files.createDirectories(SCREENSHOTS);
  }

  private static ChromeDriver newDriver(String profile) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(work.resolve("chrome-" + profile)),
        "--window-size=1280,900", "--lang=ru");
    // one driver service per browser: quitting a driver stops its service
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage().timeouts().scriptTimeout(WAIT);
    return d;
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (driver != null) driver.quit();
    if (fixture != null) fixture.close();
    if (work != null) {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void freshPage() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  // ------------------------------------------------------------------ tests

  @Test
  @Order(1)
  void searchListsTheRightDocumentsWithMarkedSnippets() throws IOException {
    search(driver, WebUiFixture.SHARED_WORD);

    List<WebElement> hits = driver.findElements(By.cssSelector("#results .hit"));
    assertEquals(2, hits.size(), "both the TIFF and the PNG contain the word");
    WebElement tiff = hitFor(driver, WebUiFixture.TIFF_ID);
    assertTrue(tiff.findElement(By.cssSelector(".hit-title")).getText().contains("Протокол допроса"));
    assertTrue(tiff.getText().contains("ЦГА РК, ф. 1, оп. 2, д. 345"), "the citation is shown");

    // the word is on page 2 of the TIFF: that page's snippet is listed, with the word marked
    WebElement snippet = tiff.findElement(By.cssSelector(".page-snippet[data-page='2']"));
    WebElement mark = snippet.findElement(By.tagName("mark"));
    assertEquals(WebUiFixture.SHARED_WORD.toLowerCase(Locale.ROOT), mark.getText().toLowerCase(Locale.ROOT));
    assertTrue(tiff.findElements(By.cssSelector(".page-snippet[data-page='1']")).isEmpty(), "page 1 has no match");
    assertTrue(hitFor(driver, WebUiFixture.PNG_ID).findElement(By.cssSelector(".page-snippet mark")).isDisplayed());

    assertTrue(driver.getCurrentUrl().contains("q="), "the query is in the URL: " + driver.getCurrentUrl());
    assertTrue(decoded(driver.getCurrentUrl()).contains("q=" + WebUiFixture.SHARED_WORD));
    assertTrue(driver.findElement(By.id("status")).getText().matches(".*\\d.*"), "total and time are shown");
    driver.findElement(By.cssSelector("#syntax-help summary")).click();
    screenshot(driver, "results.png");
  }

  @Test
  @Order(2)
  void clickingASnippetOpensTheViewerWithBoxesOnTheWord() throws IOException {
    search(driver, WebUiFixture.SHARED_WORD);
    hitFor(driver, WebUiFixture.TIFF_ID).findElement(By.cssSelector(".page-snippet[data-page='2']")).click();

    assertViewerShowsBoxOnPage(driver, 2, 2);
    String url = driver.getCurrentUrl();
    assertTrue(decoded(url).contains("doc=" + WebUiFixture.TIFF_ID), url);
    assertTrue(url.contains("page=2"), url);
    sharedViewerUrl = url;
    screenshot(driver, "viewer.png");

    // zooming keeps the box on the word: its position relative to the image does not change
    double[] before = boxRelativeToImage(driver);
    long widthBefore = driver.findElement(By.id("page-image")).getRect().getWidth();
    driver.findElement(By.id("zoom-in")).click();
    driver.findElement(By.id("zoom-in")).click();
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("page-image")).getRect().getWidth() > widthBefore * 1.4);
    double[] after = boxRelativeToImage(driver);
    for (int i = 0; i < 4; i++) assertEquals(before[i], after[i], 0.01, "box moved relative to the image after zoom");

    // Escape closes the viewer and the URL forgets the document
    driver.findElement(By.id("page-pane")).sendKeys(Keys.ESCAPE);
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("viewer")));
    assertFalse(driver.getCurrentUrl().contains("doc="), driver.getCurrentUrl());
    // and Back reopens it (history)
    driver.navigate().back();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("viewer")));
    assertViewerShowsBoxOnPage(driver, 2, 2);
  }

  @Test
  @Order(3)
  void aCopiedViewerUrlReopensTheSameDocumentPage() throws IOException {
    String url = sharedViewerUrl;
    if (url == null) { // run on its own: make the link the way test 2 does
      search(driver, WebUiFixture.SHARED_WORD);
      hitFor(driver, WebUiFixture.TIFF_ID).findElement(By.cssSelector(".page-snippet[data-page='2']")).click();
      assertViewerShowsBoxOnPage(driver, 2, 2);
      url = driver.getCurrentUrl();
    }
    ChromeDriver other = newDriver("shared");
    try {
      other.get(url);
      assertViewerShowsBoxOnPage(other, 2, 2);
      assertEquals(WebUiFixture.SHARED_WORD, other.findElement(By.id("q")).getAttribute("value"));
      assertTrue(other.findElement(By.id("viewer-title")).getText().contains("Протокол допроса"));
      // the page text beside the image marks the word too
      assertTrue(other.findElement(By.cssSelector("#page-text mark")).getText()
          .equalsIgnoreCase(WebUiFixture.SHARED_WORD));
      // and says which script and languages the OCR judged the page to be in
      WebElement script = other.findElement(By.cssSelector("#text-source .page-script"));
      assertEquals("Cyrl", script.getAttribute("data-script"));
      assertTrue(script.getText().matches("(?s).*\\(ru(, [a-z]{2})*\\).*"), script.getText());
      // previous page works and has no boxes (the word is only on page 2)
      other.findElement(By.id("prev-page")).click();
      new WebDriverWait(other, WAIT).until(d -> d.findElement(By.id("page-counter")).getText().equals("1 / 2"));
      new WebDriverWait(other, WAIT).until(d -> d.findElements(By.cssSelector(".hit-box")).isEmpty());
      // next HIT jumps back to the page with the match
      other.findElement(By.id("next-hit")).click();
      assertViewerShowsBoxOnPage(other, 2, 2);
    } finally {
      other.quit();
    }
  }

  @Test
  @Order(4)
  void aBrokenLuceneQueryIsExplainedInTheInterfaceLanguage() throws IOException {
    driver.get(fixture.baseUrl());
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    driver.findElement(By.id("syntax-lucene")).click();
    WebElement q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("title:(протокол AND", Keys.ENTER);
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    // issue 19 item 8: said in the interface's language, not in the parser's; the server's words a click away
    assertTrue(error.getText().contains("Запрос не разобран"), "worded in Russian: " + error.getText());
    assertFalse(error.getText().contains("Encountered"), error.getText());
    WebElement detail = error.findElement(By.cssSelector("details.error-detail"));
    assertTrue(detail.getAttribute("textContent").toLowerCase(Locale.ROOT).contains("syntax error"), "the server's message: " + detail.getAttribute("textContent"));
    assertTrue(driver.findElements(By.cssSelector("#results .hit")).isEmpty());
    assertTrue(driver.getCurrentUrl().contains("syntax=lucene"), driver.getCurrentUrl());
    screenshot(driver, "lucene-error.png");

    // a valid expert query works again and the message goes away
    q.clear();
    q.sendKeys("Каркаралинского AND NOT ақталды", Keys.ENTER);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("error")));
    wait.until(d -> d.findElements(By.cssSelector("#results .hit")).size() == 1);
    assertEquals(WebUiFixture.TIFF_ID, driver.findElement(By.cssSelector("#results .hit")).getAttribute("data-id"));
  }

  @Test
  @Order(5)
  void usableOnAPhoneSizedScreen() throws IOException {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 375, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    try {
      search(driver, WebUiFixture.SHARED_WORD);
      assertEquals(375L, js(driver, "return window.innerWidth"), "phone viewport is in effect");
      assertNoHorizontalScroll(driver);
      WebElement first = driver.findElements(By.cssSelector("#results .hit")).get(0);
      assertTrue(first.getRect().getWidth() <= 375, "results fit the screen");
      WebElement button = driver.findElement(By.cssSelector("#search-button"));
      assertTrue(button.getRect().getHeight() >= 40, "tap target is large enough");
      screenshot(driver, "phone-results.png");

      hitFor(driver, WebUiFixture.TIFF_ID).findElement(By.cssSelector(".page-snippet[data-page='2']")).click();
      assertViewerShowsBoxOnPage(driver, 2, 2);
      WebElement viewer = driver.findElement(By.cssSelector("#viewer .viewer-panel"));
      assertEquals(375, viewer.getRect().getWidth(), 1, "the viewer is full-screen");
      assertNoHorizontalScroll(driver);
      for (String id : List.of("viewer-close", "next-hit", "prev-hit", "zoom-in", "zoom-out")) {
        var r = driver.findElement(By.id(id)).getRect();
        assertTrue(r.getHeight() >= 40 && r.getWidth() >= 40, id + " is large enough to tap: " + r.getDimension());
        assertTrue(r.getX() >= 0 && r.getX() + r.getWidth() <= 376, id + " is on screen");
      }
      screenshot(driver, "phone.png");
      driver.findElement(By.id("viewer-close")).click();
      new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("viewer")));
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  @Order(6)
  void aTextOnlyDocumentShowsItsTextWithMatchesMarked() {
    search(driver, WebUiFixture.TXT_WORD);
    hitFor(driver, WebUiFixture.TXT_ID).findElement(By.cssSelector(".page-snippet[data-page='1']")).click();
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("viewer")));
    WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#page-text mark")));
    assertEquals(WebUiFixture.TXT_WORD, mark.getText().toLowerCase(Locale.ROOT));
    assertFalse(driver.findElement(By.id("page-image")).isDisplayed(), "no image for a text document");
    assertTrue(driver.findElements(By.cssSelector("#text-source .page-script")).isEmpty(), "a typed text has no judged script");
    assertTrue(driver.findElement(By.id("page-message")).isDisplayed(), "the reader is told there is no scan");
    assertEquals("1 / 1", driver.findElement(By.id("page-counter")).getText());
    // the case facts read from the text: who, by whom, when
    WebElement facts = driver.findElement(By.id("viewer-facts"));
    assertTrue(facts.isDisplayed(), "the facts panel is shown");
    assertTrue(facts.getText().contains("Жумабаев Касым") && facts.getText().contains("1958-05-12"), facts.getText());
  }

  @Test
  @Order(7)
  void theInterfaceLanguageSwitchesAndIsRemembered() {
    search(driver, WebUiFixture.SHARED_WORD);
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    try {
      driver.findElement(By.cssSelector("#lang-switch button[data-lang='kk']")).click();
      wait.until(d -> d.findElement(By.id("search-button")).getText().equals("Іздеу"));
      assertEquals("kk", driver.findElement(By.tagName("html")).getAttribute("lang"));
      assertTrue(driver.getCurrentUrl().contains("lang=kk"), driver.getCurrentUrl());
      assertTrue(driver.findElement(By.cssSelector(".page-snippet .page-label")).getText().endsWith("-б."),
          "results are re-rendered in Kazakh");
      driver.get(fixture.baseUrl()); // no lang parameter: remembered in localStorage
      wait.until(d -> d.findElement(By.id("search-button")).getText().equals("Іздеу"));
      driver.get(fixture.baseUrl() + "?lang=en");
      wait.until(d -> d.findElement(By.id("search-button")).getText().equals("Search"));
    } finally {
      driver.findElement(By.cssSelector("#lang-switch button[data-lang='ru']")).click();
      wait.until(d -> d.findElement(By.id("search-button")).getText().equals("Найти"));
    }
  }


  @Test
  @Order(8)
  void facetsNarrowTheResultsAndTheirChipsRemoveThem() throws IOException {
    home(driver);
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    // a blank query lists the whole archive with its facets
    waitForIds(driver, 3);
    assertEquals("2", facetValue(driver, "language", "ru").findElement(By.className("facet-count")).getText());
    WebElement kk = facetValue(driver, "language", "kk");
    assertEquals("1", kk.findElement(By.className("facet-count")).getText());
    assertTrue(kk.getText().contains("Казахский"), "language codes are shown as names: " + kk.getText());
    assertTrue(driver.findElement(By.cssSelector(".facet-group[data-dim='language'] h3")).getText().equalsIgnoreCase("Язык"));
    assertTrue(driver.findElement(By.cssSelector(".facet-group[data-dim='year'] h3")).getText().equalsIgnoreCase("Год"));
    assertTrue(driver.findElement(By.cssSelector(".facet-group[data-dim='body'] h3")).getText().equalsIgnoreCase("Кем осуждён"),
        "the case facts' facet groups have labels");
    facetValue(driver, "year", "1937");
    facetValue(driver, "archive", "ЦГА РК");
    facetValue(driver, "format", "TIFF");

    kk.click();
    wait.until(d -> decoded(d.getCurrentUrl()).contains("f.language=kk"));
    assertEquals(List.of(WebUiFixture.PNG_ID), waitForIds(driver, 1));
    WebElement chip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".active-filter")));
    assertTrue(chip.getText().contains("Казахский"), chip.getText());
    assertTrue(facetValue(driver, "language", "kk").findElement(By.tagName("input")).isSelected());
    // the chosen facet's other values stay visible, with their counts
    assertEquals("2", facetValue(driver, "language", "ru").findElement(By.className("facet-count")).getText());
    screenshot(driver, "facets.png");

    chip.click();
    wait.until(d -> !d.getCurrentUrl().contains("f."));
    waitForIds(driver, 3);
    assertTrue(driver.findElements(By.cssSelector(".active-filter")).isEmpty());
    assertFalse(facetValue(driver, "language", "kk").findElement(By.tagName("input")).isSelected());
    // Back brings the filter back (history)
    driver.navigate().back();
    wait.until(d -> decoded(d.getCurrentUrl()).contains("f.language=kk"));
    assertEquals(List.of(WebUiFixture.PNG_ID), waitForIds(driver, 1));
    wait.until(d -> facetValue(d, "language", "kk").findElement(By.tagName("input")).isSelected());
  }

  @Test
  @Order(9)
  void sortingByDateAndADateRangeChangeTheList() {
    home(driver);
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    waitForIds(driver, 3);
    new Select(driver.findElement(By.id("sort"))).selectByValue("date");
    wait.until(d -> d.getCurrentUrl().contains("sort=date"));
    assertEquals(WebUiFixture.TIFF_ID, waitForIds(driver, 3).get(0));
    assertTrue(firstHitDate(driver).contains(WebUiFixture.TIFF_DATE), firstHitDate(driver));

    new Select(driver.findElement(By.id("sort"))).selectByValue("-date");
    wait.until(d -> d.getCurrentUrl().contains("sort=-date"));
    assertEquals(WebUiFixture.PNG_ID, waitForIds(driver, 3).get(0));
    assertTrue(firstHitDate(driver).contains(WebUiFixture.PNG_DATE), firstHitDate(driver));

    // documents dated 1950–1960: only the 1958 note; a Russian-style date is understood too
    driver.findElement(By.id("date-from")).sendKeys("1950");
    WebElement to = driver.findElement(By.id("date-to"));
    to.sendKeys("31.12.1960", Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("date_from=1950") && d.getCurrentUrl().contains("date_to=1960-12-31"));
    assertEquals(List.of(WebUiFixture.TXT_ID), waitForIds(driver, 1));
    assertEquals("1960-12-31", to.getAttribute("value"));
    assertTrue(driver.findElement(By.cssSelector(".active-filter[data-dim='date']")).getText().contains("1950"));
    assertTrue(driver.getCurrentUrl().contains("sort=-date"), "the order is kept: " + driver.getCurrentUrl());
    // a date that cannot be read is explained, not sent
    WebElement from = driver.findElement(By.id("date-from"));
    from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "весной", Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("date-error")));
    assertEquals("true", from.getAttribute("aria-invalid"));
    assertTrue(driver.getCurrentUrl().contains("date_from=1950"), driver.getCurrentUrl());
  }

  @Test
  @Order(10)
  void suggestionsCompleteTheWordAndTheKeyboardPicksOne() throws IOException {
    home(driver);
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("Жумаб");
    WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
    assertEquals("true", q.getAttribute("aria-expanded"));
    wait.until(d -> list.getText().contains("Жумабаева"));
    q.sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOf(list));
    assertEquals("Жумаб", q.getAttribute("value"), "Escape closes the list and keeps the text");

    q.clear();
    q.sendKeys("Каркар");
    wait.until(d -> d.findElement(By.id("suggestions")).isDisplayed()
        && d.findElement(By.id("suggestions")).getText().contains(WebUiFixture.SHARED_WORD));
    q.sendKeys(Keys.ARROW_DOWN);
    assertEquals("suggestion-0", q.getAttribute("aria-activedescendant"));
    assertEquals("true", driver.findElement(By.id("suggestion-0")).getAttribute("aria-selected"));
    assertEquals("option", driver.findElement(By.id("suggestion-0")).getAttribute("role"));
    screenshot(driver, "suggestions.png");
    q.sendKeys(Keys.ENTER);
    wait.until(d -> decoded(d.getCurrentUrl()).contains("q=" + WebUiFixture.SHARED_WORD));
    assertEquals(WebUiFixture.SHARED_WORD, q.getAttribute("value"));
    waitForIds(driver, 2);
    assertFalse(driver.findElement(By.id("suggestions")).isDisplayed());
    assertEquals("false", q.getAttribute("aria-expanded"));
  }

  @Test
  @Order(11)
  void aMisspelledQueryOffersTheCorrectSpelling() {
    String misspelled = "упишеля";
    driver.get(fixture.baseUrl() + "?q=" + URLEncoder.encode(misspelled, StandardCharsets.UTF_8));
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    WebElement line = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("did-you-mean")));
    assertTrue(line.getText().contains("учителя"), line.getText());
    assertTrue(driver.findElements(By.cssSelector("#results .hit")).isEmpty());
    line.findElement(By.tagName("a")).click();
    wait.until(d -> decoded(d.getCurrentUrl()).contains("q=учителя"));
    wait.until(d -> !d.findElements(By.cssSelector("#results .hit .page-snippet mark")).isEmpty()
        && d.findElement(By.id("results")).getAttribute("aria-busy") == null);
    assertTrue(ids(driver).contains(WebUiFixture.TIFF_ID), ids(driver).toString());
    assertFalse(driver.findElement(By.id("did-you-mean")).isDisplayed());
    assertEquals("учителя", driver.findElement(By.id("q")).getAttribute("value"));
  }

  @Test
  @Order(12)
  void theExportLinksDownloadTheWholeCurrentList() throws Exception {
    search(driver, WebUiFixture.SHARED_WORD);
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    HttpClient http = HttpClient.newHttpClient();
    assertEquals(2, csvRows(http, exportHref(driver, "csv")).size());

    facetValue(driver, "language", "ru").click();
    wait.until(d -> decoded(d.getCurrentUrl()).contains("f.language=ru"));
    assertEquals(List.of(WebUiFixture.TIFF_ID), waitForIds(driver, 1));
    String csv = exportHref(driver, "csv");
    String href = decoded(csv);
    assertTrue(href.contains("format=csv") && href.contains("q=" + WebUiFixture.SHARED_WORD) && href.contains("f.language=ru"), href);
    List<String> rows = csvRows(http, csv);
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).startsWith(WebUiFixture.TIFF_ID + ","), rows.get(0));

    String json = get(http, exportHref(driver, "json")).body();
    assertTrue(json.startsWith("[") && json.contains("\"" + WebUiFixture.TIFF_ID + "\"") && !json.contains(WebUiFixture.PNG_ID), json);
  }

  @Test
  @Order(13)
  void onAPhoneTheFiltersAreAPanelThatOpensAndCloses() throws IOException {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 375, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    try {
      home(driver);
      WebDriverWait wait = new WebDriverWait(driver, WAIT);
      waitForIds(driver, 3);
      WebElement toggle = driver.findElement(By.id("facets-toggle"));
      WebElement panel = driver.findElement(By.id("facets"));
      assertTrue(toggle.isDisplayed(), "the filters button is shown on a phone");
      assertFalse(panel.isDisplayed(), "the filters start folded away");
      assertEquals("false", toggle.getAttribute("aria-expanded"));
      assertNoHorizontalScroll(driver);

      toggle.click();
      wait.until(ExpectedConditions.visibilityOf(panel));
      assertEquals("true", toggle.getAttribute("aria-expanded"));
      WebElement kk = facetValue(driver, "language", "kk");
      assertTrue(kk.getRect().getHeight() >= 40, "a facet value is large enough to tap: " + kk.getRect().getDimension());
      kk.click();
      assertEquals(List.of(WebUiFixture.PNG_ID), waitForIds(driver, 1));
      wait.until(d -> d.findElement(By.id("facets-toggle")).getText().equals("Фильтры (1)"));
      assertTrue(panel.isDisplayed(), "the panel stays open while choosing");
      assertNoHorizontalScroll(driver);
      screenshot(driver, "phone-filters.png");

      driver.findElement(By.id("facets-done")).click();
      wait.until(ExpectedConditions.invisibilityOf(panel));
      assertEquals("false", toggle.getAttribute("aria-expanded"));
      assertTrue(driver.findElement(By.cssSelector(".active-filter")).isDisplayed(), "the chosen filter shows as a chip");
      assertNoHorizontalScroll(driver);
      screenshot(driver, "phone-filters-closed.png");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  @Order(14)
  void anUnknownDocumentShowsANotFoundStateWithNothingToPress() throws IOException {
    driver.get(fixture.baseUrl() + "?q=" + URLEncoder.encode(WebUiFixture.SHARED_WORD, StandardCharsets.UTF_8) + "&doc=nope.tif&page=2");
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("viewer")));
    wait.until(d -> d.findElement(By.id("viewer-title")).getText().equals("Документ не найден"));
    WebElement message = driver.findElement(By.id("page-message"));
    assertTrue(message.isDisplayed(), "the reader is told where the page would be");
    assertTrue(message.getText().contains("«nope.tif»"), message.getText());
    assertFalse(driver.findElement(By.id("viewer")).getText().contains("Ошибка запроса"), "not a query error");
    for (WebElement b : driver.findElements(By.cssSelector("#viewer .viewer-toolbar button"))) {
      assertFalse(b.isEnabled(), "toolbar button " + b.getAttribute("id") + " is disabled");
    }
    assertFalse(driver.findElement(By.id("open-image")).isDisplayed(), "no scan to open");
    assertFalse(driver.findElement(By.id("text-pane")).isDisplayed(), "no empty text pane");
    assertEquals("", driver.findElement(By.id("page-counter")).getText());
    screenshot(driver, "viewer-not-found.png");

    // in English too, and the way back closes the viewer onto the search
    driver.get(driver.getCurrentUrl() + "&lang=en");
    wait.until(d -> d.findElement(By.id("viewer-title")).getText().equals("Document not found"));
    WebElement back = driver.findElement(By.cssSelector("#page-message .back-to-search"));
    assertEquals("Back to search", back.getText());
    back.click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("viewer")));
    assertFalse(driver.getCurrentUrl().contains("doc="), driver.getCurrentUrl());
    waitForIds(driver, 2);

    // a real document afterwards has its toolbar back
    hitFor(driver, WebUiFixture.TIFF_ID).findElement(By.cssSelector(".page-snippet[data-page='2']")).click();
    assertViewerShowsBoxOnPage(driver, 2, 2);
    assertTrue(driver.findElement(By.id("prev-page")).isEnabled() && driver.findElement(By.id("zoom-fit")).isEnabled()
        && driver.findElement(By.id("toggle-text")).isEnabled(), "the toolbar works again");
    assertFalse(driver.findElement(By.id("viewer")).getAttribute("class").contains("doc-failed"));
  }

  @Test
  @Order(15)
  void facetValuesAndChipsShowTheirLabelsAndNoWordIsBroken() throws IOException {
    home(driver);
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    waitForIds(driver, 3);
    WebElement labelled = facetValue(driver, "doc_type", WebUiFixture.PNG_DOC_TYPE);
    wait.until(d -> labelled.getText().contains("Справка о реабилитации"));
    assertFalse(labelled.getText().contains(WebUiFixture.PNG_DOC_TYPE), "the code is not shown: " + labelled.getText());
    WebElement chip = hitFor(driver, WebUiFixture.PNG_ID).findElement(By.cssSelector(".chip-doc_type"));
    assertEquals("Вид документа: Справка о реабилитации", chip.getText());
    assertEquals("Язык: казахский", hitFor(driver, WebUiFixture.PNG_ID).findElement(By.cssSelector(".chip-language")).getText());
    assertTrue(facetValue(driver, "doc_type", WebUiFixture.TXT_DOC_TYPE).getText().contains(WebUiFixture.TXT_DOC_TYPE),
        "a value without a label is shown as it is");
    assertNoWordBroken(driver);

    labelled.click();
    assertEquals(List.of(WebUiFixture.PNG_ID), waitForIds(driver, 1));
    WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".active-filter")));
    assertEquals("Вид документа: Справка о реабилитации", filter.getText().replace("✕", "").strip());
    facetValue(driver, "doc_type", WebUiFixture.TXT_DOC_TYPE).click(); // the long code as a chip too
    waitForIds(driver, 2);
    assertNoWordBroken(driver);
    screenshot(driver, "facet-labels.png");

    // in Kazakh: the facets, chips and filters change language with the rest of the page
    driver.findElement(By.cssSelector("#lang-switch button[data-lang='kk']")).click();
    try {
      wait.until(d -> facetValue(d, "doc_type", WebUiFixture.PNG_DOC_TYPE).getText().contains("Ақталу туралы анықтама"));
      String heading = driver.findElement(By.cssSelector(".facet-group[data-dim='doc_type'] h3")).getText();
      assertTrue(heading.equalsIgnoreCase("Құжат түрі"), "the facet's name changes language too: " + heading);
      assertTrue(driver.findElement(By.id("active-filter-list")).getText().contains("Құжат түрі: Ақталу туралы анықтама"),
          driver.findElement(By.id("active-filter-list")).getText());
      assertTrue(hitFor(driver, WebUiFixture.PNG_ID).findElement(By.cssSelector(".chip-doc_type")).getText().contains("Ақталу туралы анықтама"));
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", 375, "height", 740, "deviceScaleFactor", 2, "mobile", true));
      try {
        driver.findElement(By.id("facets-toggle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("facets")));
        assertNoWordBroken(driver);
        assertNoHorizontalScroll(driver);
        screenshot(driver, "facet-labels-phone-kk.png");
      } finally {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
    } finally {
      driver.findElement(By.cssSelector("#lang-switch button[data-lang='ru']")).click();
      wait.until(d -> d.findElement(By.id("search-button")).getText().equals("Найти"));
    }
  }

  @Test
  @Order(16)
  void theViewerLinksTheDocumentsIiifManifest() throws Exception {
    search(driver, WebUiFixture.SHARED_WORD);
    hitFor(driver, WebUiFixture.TIFF_ID).findElement(By.cssSelector(".page-snippet[data-page='2']")).click();
    assertViewerShowsBoxOnPage(driver, 2, 2);
    WebElement iiif = driver.findElement(By.id("iiif-manifest"));
    assertTrue(iiif.isDisplayed(), "the IIIF manifest is one click away");
    String href = iiif.getAttribute("href");
    assertEquals(fixture.baseUrl() + "iiif/" + kz.muragat.server.iiif.IiifIds.key(WebUiFixture.TIFF_ID) + "/manifest", href);
    assertTrue(iiif.getAttribute("title").contains("Mirador"), iiif.getAttribute("title"));
    HttpResponse<String> manifest = get(HttpClient.newHttpClient(), href);
    assertTrue(manifest.body().contains("\"type\":\"Manifest\""), manifest.body());
    driver.findElement(By.id("viewer-close")).click();

    // a text without page images has none to link
    search(driver, WebUiFixture.TXT_WORD);
    hitFor(driver, WebUiFixture.TXT_ID).findElement(By.cssSelector(".page-snippet[data-page='1']")).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#page-text mark")));
    assertFalse(driver.findElement(By.id("iiif-manifest")).isDisplayed());
  }

  @Test
  @Order(17)
  void theApiPageRendersTheDescriptionsMarkdown() {
    driver.get(fixture.baseUrl() + "api.html");
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.until(d -> d.findElements(By.cssSelector("#ops section.op")).size() >= 15);
    String text = driver.findElement(By.tagName("body")).getText();
    assertFalse(text.contains("`"), "no raw Markdown backticks on the page");
    assertFalse(driver.findElements(By.cssSelector("#lead code")).isEmpty(), "the lead's `code` is set as code");
    assertTrue(driver.findElements(By.cssSelector("#ops code")).size() > 10, "descriptions' `code` spans are set as code");
  }

  /**
   * Issue 16 item 4: a name's other spelling is marked apart from the word as asked, in the
   * snippet and on the scan, and says what it is.
   */
  @Test
  @Order(19)
  void approximateMatchesAreMarkedApartFromTheWordAsAsked() throws IOException {
    // as typed: the TIFF says Жумабаева (a form of the word), the PNG Жұмабаев (the Kazakh spelling)
    search(driver, "Жумабаев");
    WebElement form = hitFor(driver, WebUiFixture.TIFF_ID).findElement(By.cssSelector(".page-snippet mark"));
    assertEquals("", form.getAttribute("class"), "a form of the word is a plain mark");
    WebElement variant = hitFor(driver, WebUiFixture.PNG_ID).findElement(By.cssSelector(".page-snippet mark"));
    assertEquals("variant", variant.getAttribute("class"));
    assertEquals("Жұмабаев", variant.getText(), "the mark holds the word, not markup shown as text");
    assertTrue(variant.getAttribute("title").contains("другое написание"), variant.getAttribute("title"));
    assertNotEquals(form.getCssValue("background-color"), variant.getCssValue("background-color"), "drawn differently");

    hitFor(driver, WebUiFixture.PNG_ID).findElement(By.cssSelector(".page-snippet")).click();
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    WebElement box = wait.until(x -> shownBoxOn(x, "Жұмабаев"));
    assertTrue(box.getAttribute("class").contains("approx") && box.getAttribute("class").contains("match-variant"), box.getAttribute("class"));
    assertEquals("dashed", box.getCssValue("outline-style"), "an approximate box is dashed");
    assertTrue(box.getAttribute("title").startsWith("Жұмабаев — "), box.getAttribute("title"));
    screenshot(driver, "viewer-variant.png");
    driver.findElement(By.id("page-pane")).sendKeys(Keys.ESCAPE);

    // the form on the TIFF is a plain box
    hitFor(driver, WebUiFixture.TIFF_ID).findElement(By.cssSelector(".page-snippet")).click();
    // the PNG's boxes may still be on screen while the TIFF's page loads: wait for the TIFF's own
    WebElement plain = wait.until(x -> shownBoxOn(x, "Жумабаев"));
    assertFalse(plain.getAttribute("class").contains("approx"), plain.getAttribute("class"));
    assertEquals("solid", plain.getCssValue("outline-style"));
    driver.findElement(By.id("page-pane")).sendKeys(Keys.ESCAPE);
  }

  /**
   * Issue 20: a person named in a document's facts opens their card — every spelling the archive
   * saw (Russian Жумабаева Касыма, Kazakh Жұмабаев Қасым), the birth year, and every document that
   * names them — and a document on the card opens in the viewer.
   */
  @Test
  @Order(18)
  void aPersonInTheFactsOpensTheirCardWithEveryDocumentNamingThem() throws IOException {
    search(driver, "Жумабаев");
    hitFor(driver, WebUiFixture.TIFF_ID).findElement(By.cssSelector(".page-snippet")).click();
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    WebElement person = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#viewer-facts .person-link")));
    person.click();
    WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#person-card .person-docs")));
    WebElement head = driver.findElement(By.cssSelector("#person-card"));
    assertTrue(head.getText().contains("1898"), "the birth year: " + head.getText());
    String text = head.getText().replace('ё', 'е');
    assertTrue(text.contains("Жұмабаев") && text.contains("Жумабаев"), "both scripts' spellings: " + text);
    List<String> docs = card.findElements(By.cssSelector("li")).stream().map(li -> li.getAttribute("data-doc")).sorted().toList();
    assertTrue(docs.containsAll(List.of(WebUiFixture.TIFF_ID, WebUiFixture.PNG_ID)), "the documents naming them: " + docs);
    screenshot(driver, "person-card.png");
    // the Kazakh certificate opens from the card
    card.findElement(By.cssSelector("li[data-doc='" + WebUiFixture.PNG_ID + "'] a.person-doc")).click();
    wait.until(d -> currentDoc(d).equals(WebUiFixture.PNG_ID));
    wait.until(d -> !d.findElement(By.id("viewer-title")).getText().isBlank() && d.findElement(By.cssSelector("#viewer-facts .person-link")).isDisplayed());
    assertFalse(driver.findElement(By.id("person-card")).isDisplayed(), "a new document starts without the card");
    driver.findElement(By.id("page-pane")).sendKeys(Keys.ESCAPE);
  }

  /** The document the page's URL says the viewer shows. */
  private static String currentDoc(WebDriver d) {
    String query = URI.create(d.getCurrentUrl()).getRawQuery();
    for (String kv : query == null ? new String[0] : query.split("&")) {
      if (kv.startsWith("doc=")) return URLDecoder.decode(kv.substring(4), StandardCharsets.UTF_8);
    }
    return "";
  }

  /** A box on screen whose word starts {@code word}, or null while there is none (boxes are redrawn as pages load). */
  private static WebElement shownBoxOn(WebDriver d, String word) {
    for (WebElement b : d.findElements(By.cssSelector(".hit-box"))) {
      try {
        if (b.isDisplayed() && b.getAttribute("title").startsWith(word)) return b;
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        // replaced while we looked: the next poll sees the new one
      }
    }
    return null;
  }

  /** Issue 19: an empty index says so, and how to fill it, instead of "nothing found". */
  @Test
  @Order(21)
  void anEmptyIndexSaysSoAndHowToFillIt() throws Exception {
    Path empty = Files.createDirectories(work.resolve("empty-scans"));
    Path data = work.resolve("empty-data");
    try (Indexer indexer = new Indexer(IndexerOptions.defaults(data))) {
      indexer.index(empty, Progress.NONE);
    }
    try (MuragatServer s = new MuragatServer(new ServerOptions(data, "127.0.0.1", 0)).start()) {
      driver.get("http://127.0.0.1:" + s.port() + "/");
      WebElement notice = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .index-empty")));
      assertTrue(notice.getText().contains("bin/muragat index"), notice.getText());
      // a search that finds nothing in a filled index still says "nothing found"
      driver.get(fixture.baseUrl() + "?q=" + URLEncoder.encode("qwertyzzz", StandardCharsets.UTF_8));
      WebElement none = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .no-results")));
      assertFalse(none.getAttribute("class").contains("index-empty"), none.getAttribute("class"));
    }
  }

  @Test
  @Order(20)
  void smallThingsAFirstUserNotices() throws Exception {
    // a favicon, not a 404
    HttpResponse<String> icon = get(HttpClient.newHttpClient(), fixture.baseUrl() + "favicon.ico");
    assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"), icon.headers().toString());

    // a whole date fits its box
    home(driver);
    WebElement from = driver.findElement(By.id("date-from"));
    from.sendKeys("1937-11-12");
    assertTrue(js(driver, "const i = document.getElementById('date-from'); return i.scrollWidth - i.clientWidth") <= 0,
        "the date box shows 1937-11-12 whole");

    // a page without matches says so in words, not a bare 0; the next page's text starts at its top
    driver.manage().window().setSize(new Dimension(1280, 520));
    search(driver, WebUiFixture.SHARED_WORD);
    hitFor(driver, WebUiFixture.TIFF_ID).findElement(By.cssSelector(".page-snippet[data-page='2']")).click();
    assertViewerShowsBoxOnPage(driver, 2, 2);
    assertTrue(js(driver, "const p = document.getElementById('page-text'); return p.scrollHeight - p.clientHeight") > 0,
        "the page text is longer than its pane at this size");
    driver.executeScript("document.getElementById('page-text').scrollTop = 100000;");
    assertTrue(js(driver, "return document.getElementById('page-text').scrollTop") > 0);
    driver.findElement(By.id("prev-page")).click();
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.until(d -> d.findElement(By.id("page-counter")).getText().equals("1 / 2"));
    wait.until(d -> d.findElement(By.id("hit-counter")).getText().equals("нет"));
    assertEquals(0L, js(driver, "return document.getElementById('page-text').scrollTop"), "page 1's text starts at its top");
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  // ------------------------------------------------------------------ helpers

  /**
   * No word of a facet value, filter chip, result chip, title or id is split across two lines: each
   * run of letters and digits lies on one line (a word broken mid-way has boxes on two).
   */
  private static void assertNoWordBroken(ChromeDriver d) {
    @SuppressWarnings("unchecked")
    List<String> broken = (List<String>) d.executeScript(
        """
        const out = [];
        for (const e of document.querySelectorAll('.facet-label, .active-filter-text, .chip, .hit-title, .hit-id')) {
          if (!e.getClientRects().length) continue;
          const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of n.data.matchAll(/[\\p{L}\\p{N}]+/gu)) {
              const r = document.createRange();
              r.setStart(n, m.index);
              r.setEnd(n, m.index + m[0].length);
              const tops = new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
              if (tops.size > 1) out.push(m[0] + ' in ' + e.className + ': ' + e.textContent);
            }
          }
        }
        return out;
        """);
    assertTrue(broken.isEmpty(), "words broken across lines: " + broken);
  }

  /** The start page: a blank query lists the whole archive. */
  private static void home(ChromeDriver d) {
    d.get(fixture.baseUrl());
    new WebDriverWait(d, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("q")));
  }

  private static List<String> ids(org.openqa.selenium.WebDriver d) {
    return d.findElements(By.cssSelector("#results .hit")).stream().map(h -> h.getAttribute("data-id")).toList();
  }

  /** Waits for a settled list of n results and returns their ids in order. */
  private static List<String> waitForIds(ChromeDriver d, int n) {
    new WebDriverWait(d, WAIT).until(x -> x.findElement(By.id("results")).getAttribute("aria-busy") == null
        && x.findElements(By.cssSelector("#results .hit")).size() == n);
    return ids(d);
  }

  private static WebElement facetValue(org.openqa.selenium.WebDriver d, String dim, String value) {
    return new WebDriverWait(d, WAIT).until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".facet-value[data-dim='" + dim + "'][data-value='" + value + "']")));
  }

  private static String firstHitDate(ChromeDriver d) {
    return d.findElement(By.cssSelector("#results .hit .chip-date")).getText();
  }

  private static String exportHref(ChromeDriver d, String format) {
    return d.findElement(By.id("export-" + format)).getAttribute("href");
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return r;
  }

  /** The data rows of an exported CSV (after its BOM and header). */
  private static List<String> csvRows(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = get(http, url);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
    String body = r.body();
    assertTrue(body.startsWith("\ufeffid,title,date,citation,"), "BOM and header: " + body);
    List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
    return lines.subList(1, lines.size());
  }

  private static void search(ChromeDriver d, String query) {
    d.get(fixture.baseUrl());
    WebDriverWait wait = new WebDriverWait(d, WAIT);
    WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    q.clear();
    q.sendKeys(query, Keys.ENTER);
    wait.until(x -> decoded(x.getCurrentUrl()).contains("q=" + query));
    wait.until(x -> !x.findElements(By.cssSelector("#results .hit .page-snippet mark")).isEmpty()
        && x.findElement(By.id("results")).getAttribute("aria-busy") == null);
  }

  private static WebElement hitFor(ChromeDriver d, String id) {
    return d.findElements(By.cssSelector("#results .hit")).stream()
        .filter(h -> id.equals(h.getAttribute("data-id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result for " + id + " in: " + d.findElement(By.id("results")).getText()));
  }

  /** The viewer is open on the page, its image has loaded and a hit box lies on the image. */
  private static void assertViewerShowsBoxOnPage(ChromeDriver d, int page, int pages) {
    WebDriverWait wait = new WebDriverWait(d, WAIT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("viewer")));
    wait.until(x -> x.findElement(By.id("page-counter")).getText().equals(page + " / " + pages));
    wait.until(x -> imageWidth(x) > 0);
    wait.until(x -> x.findElements(By.cssSelector(".hit-box")).stream().anyMatch(WebElement::isDisplayed));
    WebElement img = d.findElement(By.id("page-image"));
    assertTrue(img.getAttribute("src").contains("/pages/" + page + "/image"), img.getAttribute("src"));
    assertFalse(img.getAttribute("alt").isBlank(), "the page image has alt text");
    WebElement box = d.findElements(By.cssSelector(".hit-box")).get(0);
    var b = box.getRect();
    var i = img.getRect();
    boolean overlaps = b.getX() < i.getX() + i.getWidth() && b.getX() + b.getWidth() > i.getX()
        && b.getY() < i.getY() + i.getHeight() && b.getY() + b.getHeight() > i.getY();
    assertTrue(overlaps, "box " + b.getPoint() + b.getDimension() + " lies on the image " + i.getPoint() + i.getDimension());
    assertTrue(b.getWidth() > 5 && b.getHeight() > 3, "the box has a visible size: " + b.getDimension());
    assertTrue(b.getWidth() < i.getWidth() / 2, "the box covers a word, not the page");
    assertEquals(WebUiFixture.SHARED_WORD.toLowerCase(Locale.ROOT), box.getAttribute("data-word").toLowerCase(Locale.ROOT));
  }

  private static long imageWidth(org.openqa.selenium.WebDriver d) {
    Object w = ((JavascriptExecutor) d).executeScript(
        "const i = document.getElementById('page-image'); return i && i.complete ? i.naturalWidth : 0;");
    return ((Number) w).longValue();
  }

  /** The first hit box relative to the displayed image, as fractions of its width/height: x, y, w, h. */
  private static double[] boxRelativeToImage(org.openqa.selenium.WebDriver d) {
    @SuppressWarnings("unchecked")
    List<Number> r = (List<Number>) ((JavascriptExecutor) d).executeScript(
        "const i = document.getElementById('page-image').getBoundingClientRect();"
            + "const b = document.querySelector('.hit-box').getBoundingClientRect();"
            + "return [(b.left - i.left) / i.width, (b.top - i.top) / i.height, b.width / i.width, b.height / i.height];");
    return r.stream().mapToDouble(Number::doubleValue).toArray();
  }

  private static void assertNoHorizontalScroll(ChromeDriver d) {
    long scrollWidth = js(d, "return document.documentElement.scrollWidth");
    assertTrue(scrollWidth <= 375 + 1, "no horizontal scroll at 375 px: scrollWidth " + scrollWidth);
  }

  private static long js(ChromeDriver d, String script) {
    return ((Number) d.executeScript(script)).longValue();
  }

  private static void screenshot(ChromeDriver d, String name) throws IOException {
    File shot = d.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String decoded(String url) {
    return URLDecoder.decode(url, StandardCharsets.UTF_8);
  }
}
