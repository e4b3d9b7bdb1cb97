package kiosque.newsroom;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.Chromium;
import kiosque.testsupport.Images;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every newsroom page, as an administrator sees it, at a reporter's phone (390 px) and a desk's
 * screen (1,280 px), with the content that used to break the layout: a title, an alternative text
 * and an address with no space to break at. No page may scroll sideways. The screenshots it leaves
 * in target/screenshots/ are the ones docs/newsroom.md shows (bin/screenshots copies them).
 */
class NewsroomPagesBrowserIT {

  private static final String UNBROKEN = "sans-aucune-espace-pour-couper-la-ligne-".repeat(8);

  @TempDir
  static Path dir;
  @TempDir
  static Path profile;
  static TestApp app;
  static Map<String, String> pages = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    Chromium.assumeInstalled();
    app = TestApp.start(dir);
    Account admin = app.account(Role.ADMINISTRATOR, "admin@example.ma");
    app.account(Role.JOURNALIST, "nadia@example.ma");
    Actor actor = new Actor(admin, "test");
    Media photo = app.wiring().mediaService().upload(actor, UNBROKEN + ".png",
        new ByteArrayInputStream(Images.png(1200, 800)), "Texte alternatif " + UNBROKEN, "Agence " + UNBROKEN);
    long live = app.wiring().articleService().save(article().title("Titre " + UNBROKEN).summary("Chapô " + UNBROKEN)
        .body("<p>Voir https://www.example.ma/" + UNBROKEN + " pour tout savoir.</p>").section("Maroc")
        .topics("Sujet " + UNBROKEN.substring(0, 150)).bylines("Nadia").status(ArticleStatus.PUBLISHED)
        .publishedAt("2025-06-01T08:00:00Z").build()).articleId();
    app.settle();
    NewsroomUrls urls = new NewsroomUrls();
    pages.put("tableau-de-bord", urls.home());
    pages.put("articles", urls.articles() + "?q=" + UNBROKEN);
    pages.put("nouvel-article", urls.newArticle());
    pages.put("editeur", urls.article(live));
    pages.put("revisions", urls.revisions(live));
    pages.put("liens", urls.relatedLists(live));
    pages.put("apercu", urls.preview(live));
    pages.put("depublier", urls.unpublish(live));
    pages.put("medias", urls.media());
    pages.put("media", urls.mediaItem(photo.id()));
    pages.put("une", urls.frontPage());
    pages.put("rubriques", urls.taxonomy("rubriques"));
    pages.put("sujets", urls.taxonomy("sujets"));
    pages.put("auteurs", urls.taxonomy("auteurs"));
    pages.put("comptes", urls.accounts());
    pages.put("journal", urls.auditLog());
    pages.put("notifications", urls.notifications());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void noNewsroomPageScrollsSidewaysOnAPhone() {
    checkEveryPage(Chromium.phone(profile.resolve("phone"), 390, 900), 390);
  }

  @Test
  void noNewsroomPageScrollsSidewaysOnADesk() {
    checkEveryPage(Chromium.desktop(profile.resolve("desk"), 1280, 900), 1280);
  }

  private static void checkEveryPage(WebDriver browser, int width) {
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
      String base = "http://localhost:" + app.port();
      browser.get(base + "/redaction/connexion");
      Chromium.screenshot(browser, Path.of("target", "screenshots", "redaction-connexion-" + width + ".png"));
      assertThat(Chromium.overflowsSideways(browser)).as("the login page at %d px", width).isFalse();
      browser.findElement(By.name("email")).sendKeys("admin@example.ma");
      browser.findElement(By.name("password")).sendKeys(NewsroomClient.PASSWORD, Keys.ENTER);
      wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/redaction/connexion")));
      List<String> overflowing = new ArrayList<>();
      for (Map.Entry<String, String> page : pages.entrySet()) {
        browser.get(base + page.getValue());
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
            .executeScript("return document.readyState")));
        // Not the login page: every address here is one the administrator may open.
        assertThat(browser.getCurrentUrl()).as(page.getKey()).doesNotContain("/redaction/connexion");
        Chromium.screenshot(browser, Path.of("target", "screenshots", "redaction-" + page.getKey() + "-" + width + ".png"));
        if (Chromium.overflowsSideways(browser)) {
          overflowing.add(page.getKey() + " (" + page.getValue() + ")");
        }
      }
      assertThat(overflowing).as("pages wider than a %d px window", width).isEmpty();
    } finally {
      browser.quit();
    }
  }
}
