package kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosque.imports.DemoContent;
import kiosque.testsupport.Axe;
import kiosque.testsupport.Chromium;
import kiosque.testsupport.TestApp;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader's pages looked at as a person would, in Debian's headless Chromium: home, article,
 * section, search and 404, on a phone (390 px) and a desktop (1,280 px), on the demo site with its
 * images and on the same articles without any. On each: nothing overflows sideways, and axe-core
 * finds no serious or critical accessibility violation. The screenshots go to
 * {@code target/screenshots/} ({@code bin/screenshots} copies the README's into docs/screenshots).
 */
class ReaderPagesBrowserIT {

  /** The day after the demo's newest article: its listings show a mix of dates, as a live site does. */
  static final Instant NOW = Instant.parse("2025-11-13T09:00:00Z");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path picturedDir;
  @TempDir
  static Path plainDir;
  @TempDir
  static Path profiles;
  static TestApp pictured;
  static TestApp plain;

  enum Window {
    PHONE(390, 844), DESKTOP(1280, 900);

    final int width;
    final int height;

    Window(int width, int height) {
      this.width = width;
      this.height = height;
    }

    WebDriver open(Path profile) {
      return this == PHONE ? Chromium.phone(profile, width, height) : Chromium.desktop(profile, width, height);
    }
  }

  @BeforeAll
  static void start() {
    Chromium.assumeInstalled();
    pictured = TestApp.start(picturedDir, Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
    DemoContent.loadIfEmpty(pictured.wiring().articleService(), pictured.wiring().articleStore(),
        pictured.wiring().mediaService(), pictured.wiring().database().jdbi());
    pictured.settle();
    plain = TestApp.start(plainDir, Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
    DemoContent.loadIfEmpty(plain.wiring().articleService(), plain.wiring().articleStore());
    plain.settle();
  }

  @AfterAll
  static void stop() {
    for (TestApp app : new TestApp[] {pictured, plain}) {
      if (app != null) {
        app.close();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Window.class)
  void theDemoSiteWithItsImages(Window window) throws Exception {
    assertThat(pictured.page("/").select("img.teaser-image")).as("the demo's lead images").isNotEmpty();
    look(pictured, window, "");
  }

  @ParameterizedTest
  @EnumSource(Window.class)
  void theSameArticlesWithoutAnyImage(Window window) throws Exception {
    assertThat(plain.page("/").select("img")).as("a site without images").isEmpty();
    look(plain, window, "-sans-images");
  }

  /**
   * The checks can fail: a page with neither alternative text nor language, wider than the window
   * (without a viewport tag a phone lays pages out 980 px wide).
   */
  @Test
  void theChecksFindWhatTheyLookFor() throws Exception {
    WebDriver browser = Window.PHONE.open(java.nio.file.Files.createTempDirectory(profiles, "profile"));
    try {
      browser.get("data:text/html;charset=utf-8,<title>x</title><img src=x.png><div style='width:2000px'>x</div>");

      assertThat(Axe.blocking(browser)).extracting(Axe.Violation::rule).contains("image-alt", "html-has-lang");
      assertThat(Chromium.overflowsSideways(browser)).isTrue();
    } finally {
      browser.quit();
    }
  }

  private static void look(TestApp app, Window window, String suffix) throws Exception {
    WebDriver browser = window.open(java.nio.file.Files.createTempDirectory(profiles, "profile"));
    try {
      SoftAssertions soft = new SoftAssertions();
      for (Map.Entry<String, String> page : pages(app).entrySet()) {
        browser.get("http://localhost:" + app.port() + page.getValue());
        waitForImagesOnScreen(browser);
        Chromium.screenshot(browser, SCREENSHOTS.resolve(page.getKey() + "-" + window.width + suffix + ".png"));
        soft.assertThat(Chromium.overflowsSideways(browser)).as("%s at %d px scrolls sideways", page.getKey(),
            window.width).isFalse();
        soft.assertThat(Axe.blocking(browser)).as("%s at %d px%s: axe-core", page.getKey(), window.width, suffix)
            .isEmpty();
      }
      soft.assertAll();
    } finally {
      browser.quit();
    }
  }

  /** The pages a reader meets, by the name their screenshots take. */
  private static Map<String, String> pages(TestApp app) {
    Document home = app.page("/");
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("accueil", "/");
    pages.put("article", home.selectFirst(".front-main li.teaser a[href]").attr("href"));
    pages.put("rubrique", home.selectFirst("header.masthead nav a[href]").attr("href"));
    pages.put("recherche", "/recherche?q=eau");
    pages.put("404", "/cette-page-n-existe-pas");
    return pages;
  }

  /** The images in the first screen have arrived (the screenshot shows the page as a reader sees it). */
  private static void waitForImagesOnScreen(WebDriver browser) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
        .executeScript("return [...document.images].filter(i => i.getBoundingClientRect().top < innerHeight)"
            + ".every(i => i.complete)"));
  }
}
