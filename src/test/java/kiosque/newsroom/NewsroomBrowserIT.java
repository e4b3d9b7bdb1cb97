package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.Chromium;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A journalist's morning in Debian's headless Chromium: log in, write an article with bold text,
 * paste from a word processor, add a topic (picked from the type-ahead), publish it, then find it as a reader on the home page,
 * its topic page and, once search exists, in search. Skipped when Chromium is not installed.
 */
class NewsroomBrowserIT {

  @TempDir
  Path dir;
  @TempDir
  Path profile;
  TestApp app;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() {
    Chromium.assumeInstalled();
    app = TestApp.start(dir);
    browser = Chromium.desktop(profile, 1280, 1000);
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

  /** Kept under target/ for a person to look at the editor as a journalist sees it. */
  private void screenshot(String name) {
    try {
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(Path.of("target", name), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  @Test
  void aJournalistWritesFormatsTagsAndPublishesAndReadersFindIt() {
    app.account(Role.EDITOR, "leila@example.ma");
    // An existing topic for the type-ahead to offer.
    app.wiring().editorialService().create(new Actor(app.account(Role.ADMINISTRATOR, "admin@example.ma"), "test"),
        new ArticleForm("Ancien", "", "<p>x</p>", "Maroc", List.of("Énergies renouvelables"), List.of("A"), "", "", ""));

    browser.get(url("/redaction/articles/nouveau"));
    wait.until(ExpectedConditions.urlContains("/redaction/connexion"));
    browser.findElement(By.name("email")).sendKeys("leila@example.ma");
    browser.findElement(By.name("password")).sendKeys(NewsroomClient.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wysiwyg")));

    browser.findElement(By.name("title")).sendKeys("Noor Ouarzazate bat un record");
    browser.findElement(By.name("summary")).sendKeys("La centrale solaire a produit plus que jamais.");
    WebElement body = browser.findElement(By.cssSelector(".wysiwyg"));
    body.click();
    body.sendKeys("La production a été ");
    browser.findElement(By.cssSelector(".toolbar button[data-command=bold]")).click();
    body.sendKeys("exceptionnelle");
    browser.findElement(By.cssSelector(".toolbar button[data-command=bold]")).click();
    body.sendKeys(" cette année.");
    // A paste from a word processor: classes, styles, spans, Office tags and scripts must go.
    ((JavascriptExecutor) browser).executeScript("""
        const area = document.querySelector('.wysiwyg');
        area.focus();
        const range = document.createRange();
        range.selectNodeContents(area);
        range.collapse(false);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        const data = new DataTransfer();
        data.setData('text/html', '<p class="MsoNormal" style="margin:0"><span style="font-family:Calibri">'
            + 'Selon <b>Masen</b>, <i>la centrale</i> tourne.</span><o:p></o:p></p><script>window.pwned = 1</script>');
        area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
        """);
    String pasted = body.getAttribute("innerHTML");
    assertThat(pasted).contains("Selon <b>Masen</b>, <i>la centrale</i> tourne.")
        .doesNotContain("MsoNormal", "style=", "<span", "o:p", "script");
    WebElement section = browser.findElement(By.name("section"));
    section.clear();
    section.sendKeys("Économie");
    browser.findElement(By.name("topics")).sendKeys("énergies");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#topic-suggestions button"))).click();
    assertThat(browser.findElement(By.name("topics")).getAttribute("value")).isEqualTo("Énergies renouvelables, ");
    browser.findElement(By.name("topics")).sendKeys("Ouarzazate");
    // Topics proposed from the text as typed: a click adds one to the field.
    browser.findElement(By.id("suggest-topics")).click();
    WebElement proposal = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#topic-proposals button")));
    String proposed = proposal.getText().replace(" (Nouveau sujet)", "");
    proposal.click();
    assertThat(browser.findElement(By.name("topics")).getAttribute("value"))
        .isEqualTo("Énergies renouvelables, Ouarzazate, " + proposed);
    screenshot("newsroom-editor.png");
    // Each click submits a form: wait for the old page to be gone before reading the new one,
    // or the driver may read an element of the page that is being replaced.
    Chromium.submitAndAwait(browser, browser.findElement(By.cssSelector("button[name=mode][value=save]")));

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
    Chromium.submitAndAwait(browser, browser.findElement(By.cssSelector(".workflow button[value=PUBLISH]")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Article publié."));
    browser.get(url("/redaction"));
    screenshot("newsroom-dashboard.png");

    long id = app.wiring().articleStore().latest(1, 1).items().getFirst().id();
    var article = app.wiring().articleStore().findById(id).orElseThrow();
    assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article.bodyHtml()).contains("exceptionnelle</b>").contains("La production a été")
        .contains("<b>Masen</b>").doesNotContain("MsoNormal", "script");

    browser.get(url("/"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Noor Ouarzazate bat un record");
    browser.get(url("/sujet/ouarzazate"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Noor Ouarzazate bat un record");
    browser.findElement(By.linkText("Noor Ouarzazate bat un record")).click();
    assertThat(browser.findElement(By.cssSelector(".body b, .body strong")).getText()).isEqualTo("exceptionnelle");
    assertThat(browser.findElement(By.cssSelector(".topics")).getText())
        .startsWith("Sujets associés : Énergies renouvelables - Ouarzazate - ");

    Document results = app.page("/recherche?q=ouarzazate");
    assertThat(results.select("main").text()).contains("Noor Ouarzazate bat un record");
  }
}
