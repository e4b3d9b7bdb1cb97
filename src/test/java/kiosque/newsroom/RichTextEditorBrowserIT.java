package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Role;
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
 * The Tiptap body editor in Debian's headless Chromium (the set-up of {@link EditorKeepsWorkBrowserIT}):
 * a journalist types with a keyboard shortcut, pastes a YouTube address that becomes an embed, puts an
 * image of the library with its caption and credit, undoes and redoes, saves and publishes; the public
 * page shows the figure and the embed's placeholder, which loads the frame only when clicked.
 * Screenshots of both at 390 and 1,280 px go to target/. Skipped without Chromium.
 */
class RichTextEditorBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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

  @Test
  void aBodyWithAnEmbedAndAnImageRoundTripsToThePublicPage() {
    Media photo = app.wiring().mediaService().upload(new Actor(chef, "test"), "barrage.png",
        new ByteArrayInputStream(Images.png(1200, 800)), "Le barrage Al Massira", "MAP");
    browser.get(url("/redaction/articles/nouveau"));
    wait.until(ExpectedConditions.urlContains("/redaction/connexion"));
    browser.findElement(By.name("email")).sendKeys("chef@example.ma");
    browser.findElement(By.name("password")).sendKeys(NewsroomClient.PASSWORD, Keys.ENTER);
    WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wysiwyg")));
    assertThat(browser.findElement(By.name("body")).isDisplayed()).as("the textarea gives way to the editor").isFalse();

    browser.findElement(By.name("title")).sendKeys("Barrages : la baisse continue");
    body.click();
    body.sendKeys("Les retenues sont à ");
    body.sendKeys(Keys.chord(Keys.CONTROL, "b"));
    body.sendKeys("35 %");
    body.sendKeys(Keys.chord(Keys.CONTROL, "b"));
    body.sendKeys(" de leur capacité.", Keys.ENTER);
    js("""
        const data = new DataTransfer();
        data.setData('text/plain', 'https://youtu.be/dQw4w9WgXcQ');
        document.querySelector('.wysiwyg').dispatchEvent(
            new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
        """);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wysiwyg figure.embed[data-provider=youtube]")));
    assertThat(browser.findElement(By.cssSelector(".wysiwyg figure.embed")).getText()).contains("YouTube");

    // Undo takes the embed away, redo brings it back.
    browser.findElement(By.cssSelector(".toolbar button[data-command=undo]")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".wysiwyg figure.embed"), 0));
    browser.findElement(By.cssSelector(".toolbar button[data-command=redo]")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".wysiwyg figure.embed"), 1));

    // The media library's picker gives the image with its alternative text and credit.
    browser.findElement(By.cssSelector(".toolbar button[data-command=image]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.media-picker")));
    By item = By.cssSelector(".picker-item[data-id='" + photo.id() + "']");
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wysiwyg figure[data-media] img")));
    assertThat((String) js("return document.querySelector('textarea[name=body]').value"))
        .contains("data-media=\"" + photo.id() + "\"", "alt=\"Le barrage Al Massira\"", "<small class=\"credit\">MAP</small>");
    // A page without the picker: the editor asks for the image's address in the library.
    js("delete window.KiosqueMediaPicker");
    js("window.KiosqueBodyEditor.commands.focus('end')");
    browser.findElement(By.cssSelector(".toolbar button[data-command=image]")).click();
    WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.body-dialog")));
    dialog.findElement(By.name("src")).sendKeys(photo.href(640));
    dialog.findElement(By.name("alt")).sendKeys("Le barrage à moitié vide");
    dialog.findElement(By.name("caption")).sendKeys("Le barrage en décembre");
    dialog.findElement(By.name("credit")).sendKeys("Photo : MAP");
    dialog.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wysiwyg figure[data-media] img")));
    // A paste from Word (a real clipboard sample): headings, lists, bold, links and the table stay, the rest goes.
    js("""
        window.KiosqueBodyEditor.commands.focus('end'); // after the image, not over it
        const editor = document.querySelector('.wysiwyg');
        const data = new DataTransfer();
        data.setData('text/html', arguments[0]);
        editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
        """, resource("/paste/word.html"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wysiwyg table")));
    String pasted = (String) js("return document.querySelector('.wysiwyg').innerHTML");
    assertThat(pasted).contains("Le barrage Al Massira à 3 %</h2>", "<b>35,8 %</b>", "<li><p>Oum Er-Rbia</p></li>",
        "<li><p>Mesurer</p></li>", "href=\"https://www.equipement.gov.ma/barrages\"")
        .doesNotContain("Mso", "mso-", "o:p", "<span", "·&nbsp;", "font-family");
    assertThat((String) js("return document.querySelector('textarea[name=body]').value"))
        .contains("35 %</b>", "data-provider=\"youtube\"", "data-id=\"dQw4w9WgXcQ\"", "data-media=\"" + photo.id() + "\"",
            "<small class=\"credit\">Photo : MAP</small>");
    screenshots("richtext-editor");

    submitWith(By.cssSelector("button[name=mode][value=save]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
    long id = Long.parseLong(browser.getCurrentUrl().replaceAll("^.*/redaction/articles/(\\d+).*$", "$1"));
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml())
        .containsPattern("<p>Les retenues sont à ?<b> ?35 %</b>(&nbsp;| )de leur capacité.</p>")
        .contains("<figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>")
        .contains("<figcaption>Le barrage en décembre <small class=\"credit\">Photo : MAP</small></figcaption>");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wysiwyg figure.embed")));
    submitWith(By.cssSelector(".workflow button[value=PUBLISH]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Article publié."));
    app.settle();

    browser.get(url(app.pathOf(id)));
    WebElement show = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".body figure.embed button.embed-load")));
    assertThat(show.getText()).isEqualTo("Afficher le contenu (YouTube)");
    assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();
    WebElement img = browser.findElement(By.cssSelector(".body figure[data-media] img"));
    assertThat(img.getAttribute("srcset")).contains("/media/" + photo.id() + "/w640.jpg 640w");
    assertThat(((Number) js("return arguments[0].naturalWidth", img)).intValue()).as("the rendition loads").isPositive();
    screenshots("richtext-article");

    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.findElement(By.cssSelector(".body button.embed-load")).click();
    WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".body figure.embed iframe")));
    assertThat(frame.getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
  }

  /** At 390 and 1,280 px: a screenshot each, and the page never scrolls sideways. */
  private void screenshots(String name) {
    for (int width : new int[] {1280, 390}) {
      browser.manage().window().setSize(new Dimension(width, 1000));
      wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= width);
      assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
          .as("no sideways scrolling at " + width + " px").isLessThanOrEqualTo(((Number) js("return window.innerWidth")).intValue());
      try {
        Files.write(Path.of("target", name + "-" + width + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    browser.manage().window().setSize(new Dimension(1280, 1000));
  }

  private static String resource(String name) {
    try (var in = RichTextEditorBrowserIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private void submitWith(By button) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(button).click();
    wait.until(driver -> {
      try {
        page.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    });
  }
}
