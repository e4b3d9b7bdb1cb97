package kiosque.site;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kiosque.testsupport.Chromium;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * On a phone (390 px) the first headline of the home page shows without scrolling past the menu,
 * with a breaking-news banner and a dozen sections, and nothing overflows sideways: the menu is
 * one strip that scrolls by itself. In Debian's headless Chromium; skipped when it is not installed.
 * The screenshots stay under target/ for a person to look at.
 */
class CompactMastheadBrowserIT {

  @TempDir
  Path dir;
  @TempDir
  Path profile;
  TestApp app;
  WebDriver browser;

  @BeforeEach
  void start() {
    Chromium.assumeInstalled();
    app = TestApp.start(dir);
    String[] sections = {"Maroc", "Monde", "Économie", "Sport", "Culture", "Sciences & Tech", "Société", "Santé",
        "Régions", "Opinions", "Médias", "Environnement"};
    for (int i = 0; i < sections.length; i++) {
      app.publish(article().id("a" + i).title("Un titre assez long pour tenir sur deux lignes, n° " + i)
          .summary("Le chapô de l’article.").section(sections[i]).publishedAt("2025-05-%02dT10:00:00Z".formatted(i + 1)));
    }
    app.wiring().frontPageService().setBanner("Séisme de magnitude 5 ressenti dans la région de Marrakech", "/",
        null);
    app.settle();
    browser = Chromium.phone(profile, 390, 844);
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
  void onAPhoneTheFirstHeadlineShowsWithoutScrollingAndNothingOverflows() throws Exception {
    browser.get("http://localhost:" + app.port() + "/");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(((Number) js.executeScript("return window.innerWidth")).longValue()).as("a phone's width")
        .isLessThanOrEqualTo(390);
    long viewport = ((Number) js.executeScript("return window.innerHeight")).longValue();
    WebElement headline = browser.findElement(By.cssSelector("section.latest .front-main h3"));
    long bottom = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().bottom", headline))
        .longValue();
    long menuHeight = ((Number) js.executeScript(
        "return document.querySelector('header.masthead nav').getBoundingClientRect().height")).longValue();

    assertThat(bottom).as("the first headline ends inside the first screen").isLessThan(viewport);
    assertThat(menuHeight).as("the menu is one line").isLessThan(60);
    assertThat(browser.findElement(By.cssSelector(".breaking")).isDisplayed()).isTrue();
    assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue())
        .as("nothing overflows sideways")
        .isLessThanOrEqualTo(((Number) js.executeScript("return window.innerWidth")).longValue());
    Files.write(Path.of("target", "home-390.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
