package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosque.content.ArticleStatus;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor never loses work, in Debian's headless Chromium (the set-up of {@link NewsroomBrowserIT}):
 * edits kept through "Publier maintenant", the leave-page warning, the browser's copy recovered after
 * the session expired, and no sideways scrolling at 390 and 1,280 px. Skipped without Chromium.
 */
class EditorKeepsWorkBrowserIT {

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
    Chromium.assumeInstalled();
    app = TestApp.start(dir);
    chef = app.account(Role.EDITOR, "chef@example.ma");
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

  private long draft(String title, String body) {
    return app.wiring().editorialService().create(new Actor(chef, "test"),
        new ArticleForm(title, "Chapô.", body, "Maroc", List.of("Énergie"), List.of("Chef"), "", "", ""));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** Clicks a submit button and waits for the next page to replace this one. */
  private void submitWith(By button) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(button).click();
    wait.until(driver -> isGone(page));
  }

  /**
   * Whether the old page was replaced. Chromium reports a node of a torn-down document either as
   * stale or, caught mid-teardown, as "does not belong to the document": both mean it is gone.
   */
  private static boolean isGone(WebElement page) {
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
  }

  @Test
  void aTitleEditedJustBeforePublishingIsPublished() {
    long id = draft("Titre provisoire", "<p>Le texte.</p>");
    logIn("/redaction/articles/" + id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wysiwyg")));

    WebElement title = browser.findElement(By.name("title"));
    title.clear();
    title.sendKeys("Titre définitif, tapé sans enregistrer");
    browser.findElement(By.name("topics")).sendKeys(", Solaire");
    submitWith(By.cssSelector(".workflow button[value=PUBLISH]"));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Article publié."));
    var article = app.wiring().articleStore().findById(id).orElseThrow();
    assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article.title()).isEqualTo("Titre définitif, tapé sans enregistrer");
    assertThat(article.topics()).extracting(t -> t.name()).contains("Solaire");
  }

  @Test
  void leavingWithUnsavedChangesWarnsButSavingDoesNot() {
    long id = draft("Avertissement", "<p>Le texte.</p>");
    logIn("/redaction/articles/" + id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wysiwyg")));
    String leave = "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";

    assertThat(js(leave)).isEqualTo(false);
    browser.findElement(By.cssSelector(".wysiwyg")).sendKeys(" Une phrase de plus.");
    assertThat(js(leave)).isEqualTo(true);

    // Saving submits the form: no warning stands in the way, and the next page is clean.
    submitWith(By.cssSelector("button[name=mode][value=save]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
    assertThat(js(leave)).isEqualTo(false);
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml()).contains("Une phrase de plus.");
  }

  @Test
  void theBrowsersCopyIsOfferedBackAfterTheSessionExpired() {
    long id = draft("Session expirée", "<p>Le texte de départ.</p>");
    logIn("/redaction/articles/" + id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wysiwyg")));
    WebElement title = browser.findElement(By.name("title"));
    title.clear();
    title.sendKeys("Titre écrit pendant que la session expirait");
    browser.findElement(By.cssSelector(".wysiwyg")).sendKeys(" Un paragraphe qui ne doit pas se perdre.");
    wait.until(d -> js("return Object.keys(localStorage).some(k => k.startsWith('kiosque-copie/" + id + "/'))")
        .equals(true));

    // The session ends on the server (12 idle hours, another device's "log out everywhere" ...).
    app.wiring().accountService().logoutEverywhere(new Actor(chef, "test"));
    submitWith(By.cssSelector("button[name=mode][value=save]"));
    wait.until(ExpectedConditions.urlContains("/redaction/connexion"));
    browser.findElement(By.name("email")).sendKeys("chef@example.ma");
    browser.findElement(By.name("password")).sendKeys(NewsroomClient.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/redaction/connexion")));
    browser.get(url("/redaction/articles/" + id));

    WebElement restore = wait.until(ExpectedConditions.elementToBeClickable(By.id("copy-restore")));
    screenshot("editor-copy-offer.png");
    restore.click();
    assertThat(browser.findElement(By.name("title")).getAttribute("value"))
        .isEqualTo("Titre écrit pendant que la session expirait");
    assertThat(browser.findElement(By.cssSelector(".wysiwyg")).getText()).contains("ne doit pas se perdre");
    submitWith(By.cssSelector("button[name=mode][value=save]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
    var saved = app.wiring().articleStore().findById(id).orElseThrow();
    assertThat(saved.title()).isEqualTo("Titre écrit pendant que la session expirait");
    assertThat(saved.bodyHtml()).contains("ne doit pas se perdre");
    // Saved: the copy is forgotten, nothing is offered any more.
    browser.get(url("/redaction/articles/" + id));
    assertThat(browser.findElement(By.id("copy-offer")).isDisplayed()).isFalse();
  }

  @Test
  void aConflictBetweenTwoEditorsIsResolvedWithoutLoss() {
    long id = draft("Deux éditeurs", "<p>Le texte de départ.</p>");
    logIn("/redaction/articles/" + id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wysiwyg")));
    // Meanwhile a colleague saves the same article from another desk.
    Actor nadia = new Actor(app.account(Role.EDITOR, "nadia@example.ma"), "test");
    var editorial = app.wiring().editorialService();
    editorial.save(nadia, id, app.wiring().articleStore().findById(id).orElseThrow().version(),
        new ArticleForm("Deux éditeurs", "Chapô.", "<p>Le texte de Nadia, enregistré d’abord.</p>", "Maroc",
            List.of("Énergie"), List.of("Chef"), "", "", ""), kiosque.newsroom.editor.SaveMode.SAVE);

    browser.findElement(By.cssSelector(".wysiwyg")).sendKeys(" Et la phrase du chef.");
    submitWith(By.cssSelector("button[name=mode][value=save]"));

    WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".conflict")));
    screenshot("editor-conflict.png");
    assertThat(conflict.findElement(By.cssSelector(".conflict-saved")).getText()).contains("Le texte de Nadia");
    assertThat(conflict.findElement(By.cssSelector(".conflict-yours")).getText()).contains("Et la phrase du chef.");
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml()).contains("Le texte de Nadia");

    // The chef merges: keeps Nadia's sentence and his own, and saves on top of her version.
    WebElement body = browser.findElement(By.cssSelector(".wysiwyg"));
    body.sendKeys(Keys.END, " Le texte de Nadia, repris.");
    submitWith(By.cssSelector("button[name=mode][value=save]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml())
        .contains("Et la phrase du chef.", "Le texte de Nadia, repris.");
    assertThat(editorial.revisions(id)).extracting(r -> r.form().body())
        .contains("<p>Le texte de Nadia, enregistré d’abord.</p>");
  }

  @Test
  void theEditorNeverScrollsSidewaysWithLongTitlesAddressesAndAlternativeTexts() {
    String word = "Anticonstitutionnellement".repeat(12);
    Media image = app.wiring().mediaService().upload(new Actor(chef, "test"), "centrale.png",
        new ByteArrayInputStream(Images.png(1200, 800)),
        "Une très longue description de l’image " + "sans-aucune-espace-pour-couper-la-ligne-".repeat(12), "MAP");
    long id = app.wiring().editorialService().create(new Actor(chef, "test"), new ArticleForm(word + " " + word,
        "Chapô.", "<p>" + word + " https://exemple.ma/" + "chemin/".repeat(40) + "</p>", "Maroc", List.of("Énergie"),
        List.of("Chef"), "Source", "https://exemple.ma/" + "tres-long-chemin/".repeat(20), "", image.id()));
    app.wiring().editorialService().markEditing(new Actor(app.account(Role.EDITOR, "nadia@example.ma"), "test"), id);
    logIn("/redaction/articles/" + id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wysiwyg")));

    for (int width : new int[] {1280, 390}) {
      browser.manage().window().setSize(new Dimension(width, 1000));
      wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= width);
      long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
      long inner = ((Number) js("return window.innerWidth")).longValue();
      screenshot("editor-" + width + ".png");
      js("document.getElementById('editor').scrollIntoView()");
      screenshot("editor-" + width + "-form.png");
      js("document.querySelector('.workflow').scrollIntoView()");
      screenshot("editor-" + width + "-workflow.png");
      assertThat(scroll).as("page width at a %d px window", width).isLessThanOrEqualTo(inner);
      long saveRight = ((Number) js("return document.querySelector('button[name=mode][value=save]')"
          + ".getBoundingClientRect().right")).longValue();
      assertThat(saveRight).as("save button within the window").isLessThanOrEqualTo(inner);
    }
    assertThat(browser.findElement(By.id("presence")).getText()).startsWith("nadia modifie cet article depuis");
  }
}
