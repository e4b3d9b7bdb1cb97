package kiosque.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, as every browser test starts it: a desktop window
 * or a phone's viewport, a profile of the test's own, nothing fetched in the background. A test
 * calls {@link #assumeInstalled()} first, so it is skipped where Chromium is not installed.
 */
public final class Chromium {

  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  public static void assumeInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
        "Chromium is not installed (apt-get install -y chromium chromium-driver): browser test skipped");
  }

  /** A desktop browser window of this size. */
  public static WebDriver desktop(Path profile, int width, int height) {
    return start(options(profile, width, height));
  }

  /**
   * A phone's viewport ({@code width} CSS pixels at a pixel ratio of 1): a headless window cannot
   * be narrower than 500 px, so the width comes from Chromium's device emulation.
   */
  public static WebDriver phone(Path profile, int width, int height) {
    ChromeOptions options = options(profile, width, height);
    options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
        Map.of("width", width, "height", height, "pixelRatio", 1.0)));
    return start(options);
  }

  /** What the window shows, as PNG, written to {@code file} (its folder is created). */
  public static void screenshot(WebDriver browser, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Clicks what submits a form and waits until the page that answers it is loaded. While the new
   * page commits, Chromium may answer a command with "Node with given id does not belong to the
   * document"; that answer is only the race, so it is retried like a stale element.
   */
  public static void submitAndAwait(WebDriver browser, WebElement submit) {
    WebElement page = browser.findElement(By.tagName("html"));
    submit.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(driver ->
        ExpectedConditions.stalenessOf(page).apply(driver)
            && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
  }

  /** Whether the page is wider than the window: something would make the reader scroll sideways. */
  public static boolean overflowsSideways(WebDriver browser) {
    return (Boolean) ((JavascriptExecutor) browser)
        .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
  }

  private static ChromeOptions options(Path profile, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--hide-scrollbars", "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
        // The site's readers' language, asked for in Accept-Language. (Date fields keep Chromium's
        // own format: Debian's package here ships only its en-US interface.)
        "--lang=fr-FR");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    return options;
  }

  private static WebDriver start(ChromeOptions options) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
