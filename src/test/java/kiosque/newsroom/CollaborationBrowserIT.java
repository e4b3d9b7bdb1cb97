package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Role;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A journalist and an editor working together in Debian's headless Chromium (issue 13): she sends
 * her article for review, he sees the count in the masthead, opens the notification, sends the
 * article back with a note; she sees the count, reads the note and answers it. The notifications,
 * editor and audit pages are photographed at 390 and 1,280 px and must not scroll sideways.
 */
class CollaborationBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String NOTE = "Il manque la source du chiffre : qui l’a annoncé, et quand ?";

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

  private String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private void screenshot(String name) {
    try {
      Files.write(Path.of("target", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void logInAs(String email, String next) {
    browser.manage().deleteAllCookies();
    browser.get(url(next));
    wait.until(ExpectedConditions.urlContains("/redaction/connexion"));
    browser.findElement(By.name("email")).sendKeys(email);
    browser.findElement(By.name("password")).sendKeys(NewsroomClient.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/redaction/connexion")));
  }

  private String unreadCount() {
    List<org.openqa.selenium.WebElement> count = browser.findElements(By.cssSelector(".nr-notifications .count"));
    return count.isEmpty() ? "" : count.getFirst().getText();
  }

  /** Photographs the page at both widths and checks nothing scrolls sideways. */
  private void atBothWidths(String name, String scrollTo) {
    for (int width : new int[] {1280, 390}) {
      browser.manage().window().setSize(new Dimension(width, 1000));
      wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= width);
      if (scrollTo != null) {
        js("document.querySelector('" + scrollTo + "').scrollIntoView()");
      }
      screenshot(name + "-" + width + ".png");
      long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
      long inner = ((Number) js("return window.innerWidth")).longValue();
      assertThat(scroll).as("%s width at a %d px window", name, width).isLessThanOrEqualTo(inner);
    }
    browser.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void aJournalistAndAnEditorTalkThroughNotesAndNotifications() {
    Account nadia = app.wiring().accountService().create(Actor.operator("test"), "nadia@example.ma", "Nadia",
        Role.JOURNALIST, NewsroomClient.PASSWORD.toCharArray());
    app.wiring().accountService().create(Actor.operator("test"), "leila@example.ma", "Leïla Bennani-Alaoui",
        Role.EDITOR, NewsroomClient.PASSWORD.toCharArray());
    app.wiring().accountService().create(Actor.operator("test"), "admin@example.ma", "Amina", Role.ADMINISTRATOR,
        NewsroomClient.PASSWORD.toCharArray());
    String title = "Tanger Med dépasse les neuf millions de conteneurs, un record pour le port méditerranéen";
    long id = app.wiring().editorialService().create(new Actor(nadia, "test"), new ArticleForm(title,
        "Le premier port d’Afrique.", "<p>Le port a traité plus de conteneurs que jamais.</p>", "Économie",
        List.of("Ports"), List.of("N.A"), "", "", ""));

    // She sends it for review with the editor's own button.
    logInAs("nadia@example.ma", "/redaction/articles/" + id);
    browser.findElement(By.cssSelector(".workflow button[value=SUBMIT]")).click();
    wait.until(ExpectedConditions.urlContains("note=submitted"));

    // He sees one unread notification in the masthead and follows it to the article.
    logInAs("leila@example.ma", "/redaction");
    assertThat(unreadCount()).isEqualTo("1");
    browser.findElement(By.cssSelector(".nr-notifications")).click();
    wait.until(ExpectedConditions.urlContains("/redaction/notifications"));
    assertThat(browser.findElement(By.cssSelector(".notification.unread .sentence")).getText())
        .contains("Nadia a envoyé « " + title + " » en relecture");
    atBothWidths("notifications", null);
    browser.findElement(By.cssSelector(".notification.unread .sentence a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sendback-note")));

    // He sends it back with the reason.
    browser.findElement(By.id("sendback-note")).sendKeys(NOTE);
    browser.findElement(By.cssSelector(".workflow button[value=RETURN_TO_DRAFT]")).click();
    wait.until(ExpectedConditions.urlContains("note=returned"));

    // She sees the count, the notification with the note, and the note on her article; she answers.
    logInAs("nadia@example.ma", "/redaction");
    assertThat(unreadCount()).isEqualTo("1");
    browser.get(url("/redaction/notifications"));
    assertThat(browser.findElement(By.cssSelector(".notification.unread .sentence")).getText())
        .contains("Leïla Bennani-Alaoui vous a renvoyé « " + title + " »");
    assertThat(browser.findElement(By.cssSelector(".notification.unread .note-text")).getText()).isEqualTo(NOTE);
    browser.findElement(By.cssSelector(".notification.unread .sentence a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notes")));
    assertThat(browser.findElement(By.cssSelector("#notes .note .note-text")).getText()).isEqualTo(NOTE);
    browser.findElement(By.id("note")).sendKeys("Source ajoutée : l’Autorité portuaire,\nannonce du 31 mai.");
    browser.findElement(By.cssSelector(".note-form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("note=note-added"));
    assertThat(browser.findElements(By.cssSelector("#notes .note"))).hasSize(2);
    atBothWidths("editor-notes", "#notes");
    browser.findElement(By.cssSelector(".nr-notifications")).click();
    wait.until(ExpectedConditions.urlContains("/redaction/notifications"));
    org.openqa.selenium.WebElement markRead = browser.findElement(By.cssSelector(".notification.unread form button"));
    markRead.click();
    // The address stays /redaction/notifications: wait for the page after the POST, not the URL.
    wait.until(ExpectedConditions.stalenessOf(markRead));
    wait.until(d -> d.findElements(By.cssSelector(".notification.unread")).isEmpty());
    assertThat(unreadCount()).isEmpty();

    // The editor is told of her answer.
    logInAs("leila@example.ma", "/redaction");
    assertThat(unreadCount()).isEqualTo("2");

    logInAs("admin@example.ma", "/redaction/journal");
    assertThat(browser.findElement(By.cssSelector("table.audit")).getText())
        .contains("Leïla Bennani-Alaoui a renvoyé « " + title + " » au rédacteur");
    atBothWidths("audit", null);

    // The administrator issues a reset link for her; it opens the new-password form.
    browser.get(url("/redaction/comptes"));
    browser.findElement(By.cssSelector("form[action$='/" + nadia.id() + "/lien-mot-de-passe'] button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-link")));
    String link = browser.findElement(By.id("reset-link")).getAttribute("value");
    atBothWidths("accounts-reset-link", null);
    browser.manage().deleteAllCookies();
    java.net.URI address = java.net.URI.create(link);
    browser.get(url(address.getRawPath() + "?" + address.getRawQuery()));
    assertThat(browser.findElement(By.cssSelector("section.login")).getText()).contains("nadia@example.ma");
    atBothWidths("password-reset", null);
  }
}
