package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosque.content.ArticleExtras;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.editor.SaveMode;
import kiosque.newsroom.shell.Role;
import kiosque.newsroom.workflow.Transition;
import kiosque.testsupport.Chromium;
import kiosque.testsupport.Images;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.NewsroomClient;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The fields of issue 13 in Debian's headless Chromium: the panel's live counters and word count,
 * and an article with a kicker and a correction, at a phone's width and a desk's, without
 * horizontal scrolling. Screenshots are kept under target/ for people to look at.
 */
class ArticleFieldsBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  Path dir;
  @TempDir
  Path profile;
  MutableClock clock = new MutableClock(TestApp.NOW.toString());
  TestApp app;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed (apt-get install -y chromium chromium-driver): browser test skipped");
    app = TestApp.start(dir, java.util.Map.of(), clock);
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

  @Test
  void theCountersFollowTheTypingAndTheArticleShowsItsKickerAndCorrectionAtBothWidths() {
    app.account(Role.EDITOR, "leila@example.ma");
    Actor admin = new Actor(app.account(Role.ADMINISTRATOR, "admin@example.ma"), "test");
    long image = app.wiring().mediaService().importImage(Actor.operator("test"), "cortege.jpg",
        new ByteArrayInputStream(Images.jpeg(1200, 630)), "Le cortège des enseignants sur l’avenue Mohammed-V", "Agence")
        .id();
    ArticleExtras extras = new ArticleExtras("Éducation", "Grève des enseignants à Rabat", null,
        "Les enseignants dans la rue", image, null, null);
    long id = app.wiring().editorialService().create(admin, new ArticleForm("Les enseignants défilent à Rabat pour leurs salaires",
        "Des milliers d’enseignants ont marché mardi du ministère au Parlement.",
        "<p>" + "Les enseignants contractuels réclament leur intégration dans la fonction publique. ".repeat(40)
            + "</p>", "Maroc", List.of("Éducation", "Grèves"), List.of("N.A"), "", "", "", null, extras));

    logIn("/redaction/articles/" + id);
    WebElement reading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reading-time")));
    assertThat(reading.getText()).isEqualTo("400 mots · 2 min de lecture");
    assertThat(browser.findElement(By.id("article-fields")).getAttribute("open")).isNotNull();
    WebElement seoTitle = browser.findElement(By.id("seoTitle"));
    seoTitle.sendKeys(" : ce qu’il faut savoir de la grève");
    assertThat(browser.findElement(By.cssSelector("#seoTitle-count .count")).getText())
        .isEqualTo("64 caractères, 60 conseillés.");
    assertThat(browser.findElement(By.cssSelector("#seoTitle-count .count")).getAttribute("class")).contains("over");
    WebElement body = browser.findElement(By.cssSelector(".wysiwyg"));
    // The body editor's toolbar stays at the top of the window while its text scrolls: click the
    // text where the toolbar does not cover it.
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", body);
    body.click();
    body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Dix mots de plus pour voir le compte changer tout de suite.");
    wait.until(ExpectedConditions.textToBe(By.id("reading-time"), "412 mots · 2 min de lecture"));
    // The page as typed (leaving it would ask to confirm): resized, not reloaded.
    shoot(null, "fields-editor", "#article-fields");
    Chromium.submitAndAwait(browser, browser.findElement(By.cssSelector("button[name=mode][value=save]")));
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().extras().seoTitle())
        .isEqualTo("Grève des enseignants à Rabat : ce qu’il faut savoir de la grève");

    app.wiring().editorialService().move(admin, id, app.wiring().articleStore().findById(id).orElseThrow().version(),
        Transition.PUBLISH, null);
    clock.advance(Duration.ofHours(2));
    var article = app.wiring().articleStore().findById(id).orElseThrow();
    ArticleForm corrected = app.wiring().editorialService().formOf(article);
    app.wiring().editorialService().save(admin, id, article.version(), new ArticleForm(corrected.title(),
        corrected.summary(), corrected.body(), corrected.section(), corrected.topics(), corrected.bylines(), "", "", "",
        corrected.leadMediaId(), new ArticleExtras("Éducation", null, null, null, null,
            "Le cortège est parti du ministère de l’Éducation nationale, et non de la gare Rabat-Ville comme écrit d’abord.",
            null)), SaveMode.CORRECT);
    app.settle();
    shoot(app.pathOf(id), "fields-article", ".correction");
  }

  /**
   * The page at 390 and 1,280 px, scrolled to {@code selector}, with no horizontal scrolling;
   * {@code path} null for the page already open.
   */
  private void shoot(String path, String name, String selector) {
    for (int width : new int[] {390, 1280}) {
      browser.manage().window().setSize(new Dimension(width, 1000));
      if (path != null) {
        browser.get(url(path));
      }
      WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
      JavascriptExecutor js = (JavascriptExecutor) browser;
      assertThat((Boolean) js.executeScript(
          "return document.documentElement.scrollWidth <= window.innerWidth")).as(name + " at " + width).isTrue();
      screenshot(name + "-" + width + "-top.png");
      js.executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
      screenshot(name + "-" + width + ".png");
    }
  }

  private void logIn(String next) {
    browser.get(url(next));
    wait.until(ExpectedConditions.urlContains("/redaction/connexion"));
    browser.findElement(By.name("email")).sendKeys("leila@example.ma");
    browser.findElement(By.name("password")).sendKeys(NewsroomClient.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.urlContains(next));
  }

  private String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  private void screenshot(String name) {
    try {
      Files.write(Path.of("target", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
