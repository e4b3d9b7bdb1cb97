package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.media.Media;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.Chromium;
import kiosque.testsupport.Images;
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
 * The media library in Debian's headless Chromium (the set-up of {@link EditorKeepsWorkBrowserIT}):
 * the lead image chosen in the picker and kept by the save, the picker's contract for other
 * scripts, the focal point set by a click, and no sideways scrolling at 390 and 1,280 px with long
 * file names and alternative texts. Screenshots go to {@code target/media-*.png}. Skipped without Chromium.
 */
class MediaPickerBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String LONG = "sans-aucune-espace-pour-couper-la-ligne-".repeat(10);

  @TempDir
  Path dir;
  @TempDir
  Path profile;
  TestApp app;
  WebDriver browser;
  WebDriverWait wait;
  Account chef;

  @BeforeEach
  void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed (apt-get install -y chromium chromium-driver): browser test skipped");
    app = TestApp.start(dir);
    chef = app.account(Role.EDITOR, "chef@example.ma");
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

  private void logIn(String next) {
    browser.get(url(next));
    wait.until(ExpectedConditions.urlContains("/redaction/connexion"));
    browser.findElement(By.name("email")).sendKeys("chef@example.ma");
    browser.findElement(By.name("password")).sendKeys(NewsroomClient.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/redaction/connexion")));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private Media upload(String name, String alt) {
    return app.wiring().mediaService().upload(new Actor(chef, "test"), name,
        new ByteArrayInputStream(Images.png(1200, 800)), alt, "MAP");
  }

  private void atWidth(int width) {
    browser.manage().window().setSize(new Dimension(width, 1000));
    wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= width);
  }

  private void assertNoSidewaysScroll(int width) {
    long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    long inner = ((Number) js("return window.innerWidth")).longValue();
    assertThat(scroll).as("page width at a %d px window", width).isLessThanOrEqualTo(inner);
  }

  private void openPicker() {
    browser.findElement(By.cssSelector("[data-lead-choose]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.media-picker")));
    wait.until(d -> !d.findElements(By.cssSelector(".picker-item")).isEmpty());
  }

  private void search(String words, int expected) {
    WebElement field = browser.findElement(By.cssSelector("dialog.media-picker input[type=search]"));
    field.clear();
    field.sendKeys(words);
    wait.until(d -> d.findElements(By.cssSelector(".picker-item")).size() == expected);
  }

  @Test
  void theLeadImageIsChosenInThePickerAndKeptBySavingTheArticle() {
    upload("autre.png", "Une autre image");
    Media kasbah = upload("kasbah-" + LONG + ".png", "La kasbah des Oudayas " + LONG);
    long id = app.wiring().editorialService().create(new Actor(chef, "test"),
        new ArticleForm("Les Oudayas restaurés", "Chapô.", "<p>Texte.</p>", "Maroc", List.of(), List.of("Chef"), "",
            "", ""));
    logIn("/redaction/articles/" + id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-lead-choose]")));
    assertThat(browser.findElement(By.id("leadMedia")).isDisplayed()).as("the drop-down is the no-JS fallback").isFalse();

    openPicker();
    search("OUDAYAS", 1);
    for (int width : new int[] {1280, 390}) {
      atWidth(width);
      screenshot("media-picker-" + width + ".png");
      long dialogRight = ((Number) js("return document.querySelector('dialog.media-picker')"
          + ".getBoundingClientRect().right")).longValue();
      assertThat(dialogRight).as("the picker within a %d px window", width)
          .isLessThanOrEqualTo(((Number) js("return window.innerWidth")).longValue());
    }
    atWidth(1280);
    browser.findElement(By.cssSelector(".picker-item")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.media-picker")));
    WebElement preview = browser.findElement(By.cssSelector(".lead-chosen img.lead-preview"));
    assertThat(preview.isDisplayed()).isTrue();
    assertThat(preview.getAttribute("src")).endsWith("/media/" + kasbah.id() + "/w640.jpg");
    assertThat(browser.findElement(By.cssSelector("#editor input[type=hidden][name=leadMedia]")).getAttribute("value"))
        .isEqualTo(String.valueOf(kasbah.id()));
    screenshot("media-lead-chosen.png");

    Chromium.submitAndAwait(browser, browser.findElement(By.cssSelector("button[name=mode][value=save]")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lead-chosen img.lead-preview")));
    assertThat(browser.findElement(By.cssSelector(".lead-chosen img.lead-preview")).getAttribute("src"))
        .endsWith("/media/" + kasbah.id() + "/w320.jpg");
    assertThat(app.wiring().mediaService().uses(kasbah.id())).extracting(u -> u.articleId()).containsExactly(id);
    for (int width : new int[] {390, 1280}) {
      atWidth(width);
      assertNoSidewaysScroll(width);
    }
  }

  @Test
  void otherScriptsGetExactlyTheImageTheContractNames() {
    Media dunes = upload("dunes.png", "Les dunes de Merzouga");
    long id = app.wiring().editorialService().create(new Actor(chef, "test"),
        new ArticleForm("Merzouga", "Chapô.", "<p>Texte.</p>", "Maroc", List.of(), List.of("Chef"), "", "", ""));
    logIn("/redaction/articles/" + id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-lead-choose]")));

    js("window.KiosqueMediaPicker.open({onChoose: function (m) { window.chosenImage = m; }})");
    wait.until(d -> !d.findElements(By.cssSelector(".picker-item")).isEmpty());
    browser.findElement(By.cssSelector(".picker-item[data-id='" + dunes.id() + "']")).click();
    wait.until(d -> js("return window.chosenImage || null") != null);

    @SuppressWarnings("unchecked")
    Map<String, Object> chosen = (Map<String, Object>) js("return window.chosenImage");
    assertThat(chosen).containsOnlyKeys("id", "src", "width", "height", "alt", "caption", "credit");
    assertThat(((Number) chosen.get("id")).longValue()).isEqualTo(dunes.id());
    assertThat(chosen.get("src")).isEqualTo("/media/" + dunes.id() + "/w640.jpg");
    assertThat(((Number) chosen.get("width")).intValue()).isEqualTo(640);
    assertThat(((Number) chosen.get("height")).intValue()).isEqualTo(427);
    assertThat(chosen.get("alt")).isEqualTo("Les dunes de Merzouga");
    assertThat(chosen.get("credit")).isEqualTo("MAP");
    assertThat(browser.findElement(By.cssSelector("#editor input[type=hidden][name=leadMedia]")).getAttribute("value"))
        .as("a caller's choice is the caller's: the lead image is untouched").isEmpty();
  }

  @Test
  void theLibraryAndAnImagesPageFitAPhoneAndAClickSetsTheFocalPoint() {
    for (int i = 0; i < 5; i++) {
      upload("photo-" + i + "-" + LONG + ".png", "Texte alternatif très long numéro " + i + " " + LONG);
    }
    Media last = upload("marche.png", "Le marché central");
    logIn("/redaction/medias");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".media-grid img")));
    for (int width : new int[] {1280, 390}) {
      atWidth(width);
      screenshot("media-library-" + width + ".png");
      assertNoSidewaysScroll(width);
    }

    atWidth(1280);
    browser.get(url("/redaction/medias/" + last.id()));
    WebElement image = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("media-focus-image")));
    // A click a quarter of the way across and three quarters down.
    int offsetX = (int) Math.round(image.getSize().getWidth() * 0.25 - image.getSize().getWidth() / 2.0);
    int offsetY = (int) Math.round(image.getSize().getHeight() * 0.75 - image.getSize().getHeight() / 2.0);
    new org.openqa.selenium.interactions.Actions(browser).moveToElement(image, offsetX, offsetY).click().perform();
    double x = Double.parseDouble(browser.findElement(By.id("focalX")).getAttribute("value"));
    double y = Double.parseDouble(browser.findElement(By.id("focalY")).getAttribute("value"));
    assertThat(x).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.02));
    assertThat(y).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.02));
    assertThat(browser.findElement(By.id("media-focus-mark")).isDisplayed()).isTrue();
    screenshot("media-focus-1280.png");
    Chromium.submitAndAwait(browser, browser.findElement(By.cssSelector("#media-edit-form button[type=submit]")));
    Media saved = app.wiring().mediaService().byId(last.id()).orElseThrow();
    assertThat(saved.focalX()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.02));
    assertThat(saved.cropVersion()).isEqualTo(last.cropVersion() + 1);
    atWidth(390);
    screenshot("media-focus-390.png");
    assertNoSidewaysScroll(390);
  }
}
