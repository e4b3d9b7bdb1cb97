package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article list with its search form and a preview, in Debian's headless Chromium at a phone's
 * and a desk's width: no horizontal scrolling, the banner in view. Screenshots go to target/ for a
 * person to look at. Skipped when Chromium is not installed.
 */
class DeskBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String LONG_TITLE = "Conseil de gouvernement : l’économie nationale et "
      + "l’investissement-publicdansleszonesruralesrestentlapriorité de l’exécutif pour l’année";

  @TempDir
  Path dir;
  @TempDir
  Path profile;
  TestApp app;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed (apt-get install -y chromium chromium-driver): browser test skipped");
    app = TestApp.start(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--window-size=1280,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  private void screenshot(String name) {
    try {
      Files.write(Path.of("target", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  private void assertNoHorizontalScroll() {
    Object fits = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth");
    assertThat(fits).as("page wider than the window at " + browser.manage().window().getSize()).isEqualTo(true);
  }

  @Test
  void theListWithItsFiltersAndAPreviewFitAPhoneAndADesk() {
    Actor editor = new Actor(app.account(Role.EDITOR, "leila@example.ma"), "test");
    for (int i = 0; i < 3; i++) {
      app.wiring().editorialService().create(editor, new ArticleForm(LONG_TITLE + " " + i, "Le chapô.",
          "<p>L’économie marocaine progresse.</p>", "Économie", List.of("Budget"), List.of("Leila Bennani"), "", "", ""));
    }
    // The preview is a reader page: an ordinary long headline (the reader's own layout is not the desk's to test).
    long preview = app.wiring().editorialService().create(editor, new ArticleForm(
        "Conseil de gouvernement : l’économie nationale et l’investissement public restent la priorité", "Le chapô.",
        "<p>Texte.</p>", "Économie", List.of("Budget"), List.of("Rédaction"), "", "", ""));
    app.settle();
    assertThat(SearchTestSupport.waitFor(Duration.ofSeconds(30), () -> !app.wiring().archiveSearch().isRebuilding()))
        .isTrue();
    String search = "/redaction/articles?q=economie&statut=draft&rubrique=%C3%89conomie&auteur=Leila+Bennani"
        + "&du=2025-06-01&au=2025-06-30&tri=pertinence";

    browser.get(url(search));
    wait.until(ExpectedConditions.urlContains("/redaction/connexion"));
    browser.findElement(By.name("email")).sendKeys("leila@example.ma");
    browser.findElement(By.name("password")).sendKeys(NewsroomClient.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.desk-search")));
    browser.get(url(search));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.articles")));
    assertThat(browser.findElements(By.cssSelector("ul.articles li"))).hasSize(3);
    assertThat(browser.findElement(By.cssSelector(".desk-count")).getText()).isEqualTo("3 article(s)");

    for (int width : new int[] {1280, 390}) {
      // Tall enough to show the rows under the form on a phone.
      browser.manage().window().setSize(new Dimension(width, width < 600 ? 1700 : 1000));
      browser.get(url(search));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.articles")));
      assertNoHorizontalScroll();
      screenshot("desk-list-" + width + ".png");

      browser.manage().window().setSize(new Dimension(width, 1000));
      browser.get(url("/redaction/articles/" + preview + "/apercu"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview-banner")));
      assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText()).isEqualTo("Aperçu — non publié");
      assertNoHorizontalScroll();
      screenshot("desk-preview-" + width + ".png");
    }
  }
}
