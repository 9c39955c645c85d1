package kz.muragat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import kz.muragat.server.embed.Cors;
import kz.muragat.server.iiif.IiifIds;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Muragat inside other sites, in a real headless Chromium: the search widget embedded by a script
 * tag and by an iframe on a page of another origin (a hostile stylesheet included), and Mirador —
 * installed from the npm registry — showing a document through IIIF and listing content-search
 * hits.
 */
class EmbedBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Tries to break the widget from outside; the widget must look and work the same. */
  private static final String HOSTILE_CSS =
      """
      * { font-family: "Comic Sans MS", cursive !important; color: rgb(255, 0, 0) !important;
          background: rgb(255, 255, 0) !important; letter-spacing: 5px !important; text-transform: uppercase !important; }
      div, muragat-search { display: inline !important; border: 10px dashed green !important; opacity: .3 !important; }
      input, button { display: none !important; }
      mark { background: rgb(0, 0, 0) !important; }
      a { color: rgb(0, 255, 0) !important; text-decoration: none !important; }
      li { float: right !important; font-size: 40px !important; }
      .hit { font-size: 9px; color: rgb(1, 2, 3) !important; }
      """;

  private static EmbedFixture f;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
          + "); install them with: apt-get install chromium chromium-driver (bin/setup does)");
    }
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    f = EmbedFixture.get();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(f.work.resolve("chrome")), "--window-size=1280,900", "--lang=en");
    driver = new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
    driver.manage().timeouts().scriptTimeout(WAIT);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
  }

  private static String widgetPage(String path, String attributes) {
    return f.hostPage(path,
        String.format(Locale.ROOT, """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Memorial site</title><style>%s</style></head>
        <body><h1>Memorial site</h1><p class="hit" id="host-hit">The host's own .hit element</p>
        <div id="search-here"></div>
        <script src="%swidget.js" data-target="#search-here" %s></script>
        </body></html>
        """, HOSTILE_CSS, f.muragat(), attributes));
  }

  private static SearchContext widget() {
    return new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("search-here")).getShadowRoot());
  }

  private static void searchInWidget(SearchContext root, String q) {
    WebElement input = new WebDriverWait(driver, WAIT).until(d -> root.findElement(By.cssSelector("input")));
    input.clear();
    input.sendKeys(q, Keys.ENTER);
    new WebDriverWait(driver, WAIT).until(d -> {
      String s = root.findElement(By.cssSelector(".status")).getText();
      return !s.isEmpty() && !s.endsWith("…");
    });
  }

  /** A colour as rgb(r, g, b) (Selenium reports opaque colours as rgba(r, g, b, 1)). */
  private static String color(WebElement e, String property) {
    return e.getCssValue(property).replaceAll("^rgba\\((\\d+, \\d+, \\d+), 1\\)$", "rgb($1)");
  }

  private static Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @Test
  void widgetOnAnotherOriginSearchesAndShowsMarkedResultsUnbrokenByAHostileStylesheet() throws IOException {
    driver.get(widgetPage("/memorial.html", "data-lang=\"en\" data-size=\"5\" data-link=\"https://memorial.example/doc?id={id}&page={page}\""));
    SearchContext root = widget();
    searchInWidget(root, WebUiFixture.SHARED_WORD);

    assertEquals("Documents found: 2", root.findElement(By.cssSelector(".status")).getText());
    List<WebElement> hits = root.findElements(By.cssSelector(".hit"));
    assertEquals(2, hits.size());
    WebElement tiff = root.findElement(By.cssSelector(".hit[data-id='" + WebUiFixture.TIFF_ID + "']"));
    WebElement title = tiff.findElement(By.cssSelector("a.title"));
    assertEquals("Протокол допроса Жумабаева К.", title.getText());
    assertEquals("https://memorial.example/doc?id=" + URLEncoder.encode(WebUiFixture.TIFF_ID, StandardCharsets.UTF_8).replace("+", "%20") + "&page=2",
        title.getAttribute("href"));
    assertTrue(tiff.getText().contains("ЦГА РК, ф. 1, оп. 2, д. 345"), "the citation is shown");
    WebElement mark = tiff.findElement(By.cssSelector(".snippet[data-page='2'] mark"));
    assertEquals(WebUiFixture.SHARED_WORD.toLowerCase(Locale.ROOT), mark.getText().toLowerCase(Locale.ROOT));

    // the host's stylesheet does not reach inside: the widget keeps its own look
    WebElement input = root.findElement(By.cssSelector("input"));
    assertTrue(input.isDisplayed() && input.getSize().getWidth() > 100, "the search box is visible");
    assertEquals("rgb(31, 95, 153)", color(title, "color"));
    assertEquals("underline", title.getCssValue("text-decoration-line"));
    assertEquals("rgb(255, 226, 122)", color(mark, "background-color"));
    assertFalse(title.getCssValue("font-family").contains("Comic"), title.getCssValue("font-family"));
    assertEquals("normal", title.getCssValue("letter-spacing"));
    assertEquals("none", title.getCssValue("text-transform"));
    assertEquals("none", tiff.getCssValue("float"));
    WebElement host = driver.findElement(By.id("search-here"));
    assertEquals("block", host.getCssValue("display"));
    assertEquals("1", host.getCssValue("opacity"));
    assertEquals("rgb(255, 255, 255)", color(host, "background-color"));
    // and the widget's styles do not leak out: the host's own .hit is as the host styled it
    WebElement hostHit = driver.findElement(By.id("host-hit"));
    assertEquals("9px", hostHit.getCssValue("font-size"));
    assertEquals("rgb(1, 2, 3)", color(hostHit, "color"));
    screenshot("widget-hostile-host.png");
  }

  @Test
  void widgetWithAFixedFilterInKazakh() {
    driver.get(widgetPage("/fond1-kk.html", "data-lang=\"kk\" data-filter=\"fond=1\""));
    SearchContext root = widget();
    WebElement input = new WebDriverWait(driver, WAIT).until(d -> root.findElement(By.cssSelector("input")));
    assertEquals("Мұрағаттан іздеу…", input.getAttribute("placeholder"));
    assertEquals("Іздеу", root.findElement(By.cssSelector("button[type=submit]")).getText());
    searchInWidget(root, WebUiFixture.SHARED_WORD);
    assertEquals("Табылған құжаттар: 1", root.findElement(By.cssSelector(".status")).getText(), "only fond 1: the TIFF, not the PNG");
    assertEquals(WebUiFixture.TIFF_ID, root.findElement(By.cssSelector(".hit")).getAttribute("data-id"));
    String link = root.findElement(By.cssSelector(".hit a.title")).getAttribute("href");
    assertTrue(link.startsWith(f.muragat() + "?doc="), "by default a result opens in Muragat's viewer: " + link);
    assertTrue(link.contains("lang=kk"), link);
  }

  @Test
  void aSiteThatIsNotAnAllowedOriginIsToldWhyInItsLanguageAndTheServerLogsTheOrigin() {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger cors = (Logger) LoggerFactory.getLogger(Cors.class);
    log.start();
    cors.addAppender(log);
    try {
      // localhost and 127.0.0.1 are different origins; only the latter is configured
      String url = widgetPage("/other-site.html", "data-lang=\"kk\"").replace("127.0.0.1", "localhost");
      String origin = url.substring(0, url.indexOf("/other-site.html"));
      driver.get(url);
      SearchContext root = widget();
      searchInWidget(root, WebUiFixture.SHARED_WORD);
      String status = root.findElement(By.cssSelector(".status")).getText();
      assertTrue(status.startsWith("Бұл сайтқа (" + origin + ") Muragat іздеуін қолдануға рұқсат жоқ"), status);
      assertTrue(status.contains("--cors-origins"), "the setting to change is named: " + status);
      assertFalse(status.contains("Failed to fetch"), "no browser English inside a Kazakh widget: " + status);
      assertTrue(root.findElements(By.cssSelector(".hit")).isEmpty());
      searchInWidget(root, "Жумабаева"); // again: still one log line

      List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(origin)).toList();
      assertEquals(1, lines.size(), "the refused origin is logged once, not per request: " + log.list);
      assertTrue(lines.get(0).contains("refused a cross-origin API request from " + origin) && lines.get(0).contains("--cors-origins"),
          lines.get(0));
      assertTrue(lines.get(0).contains(f.hostOrigin()), "the origins allowed now are listed: " + lines.get(0));
    } finally {
      cors.detachAppender(log);
    }
  }

  @Test
  void iframeAlternativeShowsTheWidget() throws IOException {
    String src = f.muragat() + "embed?lang=ru&size=3&filter=" + URLEncoder.encode("fond=1", StandardCharsets.UTF_8);
    driver.get(f.hostPage("/iframe.html",
        String.format(Locale.ROOT, """
        <!doctype html><html><head><meta charset="utf-8"><style>%s</style></head>
        <body><h1>Archive site</h1><iframe id="m" src="%s" style="width: 700px; height: 500px"></iframe></body></html>
        """, HOSTILE_CSS, src)));
    WebElement frame = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("m")));
    driver.switchTo().frame(frame);
    try {
      SearchContext root = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("muragat-embed")).getShadowRoot());
      assertEquals("Найти", new WebDriverWait(driver, WAIT).until(d -> root.findElement(By.cssSelector("button[type=submit]"))).getText());
      WebElement input = root.findElement(By.cssSelector("input"));
      input.sendKeys(WebUiFixture.SHARED_WORD, Keys.ENTER);
      new WebDriverWait(driver, WAIT).until(d -> root.findElement(By.cssSelector(".status")).getText().startsWith("Найдено"));
      assertEquals("Найдено документов: 1", root.findElement(By.cssSelector(".status")).getText());
      assertEquals(WebUiFixture.TIFF_ID, root.findElement(By.cssSelector(".hit")).getAttribute("data-id"));
    } finally {
      driver.switchTo().defaultContent();
    }
    screenshot("widget-iframe.png");
  }

  @Test
  void miradorShowsTheDocumentAndItsContentSearchHits() throws Exception {
    if (!Files.isRegularFile(EmbedFixture.MIRADOR)) {
      fail("Mirador is not installed at " + EmbedFixture.MIRADOR.toAbsolutePath()
          + ": the build installs it with 'npm ci' in app/src/test/mirador (needs npm: apt-get install npm, or bin/setup)");
    }
    String manifest = f.muragat() + "iiif/" + IiifIds.key(WebUiFixture.TIFF_ID) + "/manifest";
    driver.get(f.hostPage("/mirador.html",
        String.format(Locale.ROOT, """
        <!doctype html><html><head><meta charset="utf-8"><title>Mirador</title>
        <style>html, body { margin: 0; height: 100%%; } #mirador { position: absolute; inset: 0; }</style></head>
        <body><div id="mirador"></div><script src="/mirador/mirador.min.js"></script><script>
        Mirador.viewer({ id: 'mirador', windows: [{ manifestId: '%s', canvasIndex: 1 }],
          window: { allowClose: false, sideBarOpenByDefault: true, defaultSideBarPanel: 'search' },
          workspaceControlPanel: { enabled: false } });
        </script></body></html>
        """, manifest)));
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    // the manifest is read (its label is the window title) and the page is drawn from IIIF tiles
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Протокол допроса Жумабаева К."));
    wait.until(d -> !d.findElements(By.cssSelector(".openseadragon-canvas canvas")).isEmpty());
    wait.until(d -> ((Number) js("return performance.getEntriesByType('resource').filter(e => e.name.includes('/iiif/image/') && /\\/default\\.jpg$/.test(e.name)).length")).intValue() > 0);

    // a content search in Mirador's search panel lists the hit
    WebElement input = wait.until(d -> d.findElements(By.cssSelector("input")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    input.sendKeys(WebUiFixture.SHARED_WORD, Keys.ENTER);
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("учителем школы"));
    String text = driver.findElement(By.tagName("body")).getText();
    assertTrue(text.contains(WebUiFixture.SHARED_WORD), text);
    assertTrue(text.contains("1 of 1"), "one hit: " + text);
    Number searches = (Number) js("return performance.getEntriesByType('resource').filter(e => e.name.includes('/search1?q=')).length");
    assertTrue(searches.intValue() > 0, "Mirador asked the manifest's content search service");
    Thread.sleep(1500); // let OpenSeadragon finish zooming to the hit before the picture is taken
    screenshot("mirador-search.png");
  }

  private static void screenshot(String name) throws IOException {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
