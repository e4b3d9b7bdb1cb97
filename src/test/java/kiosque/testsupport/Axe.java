package kiosque.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility check (vendored, {@code src/test/resources/axe/}, ADR 0714) run in the
 * page a browser shows: its violations of the WCAG A and AA rules and best practices.
 */
public final class Axe {

  /** The impacts a page must not have. */
  public static final Set<String> BLOCKING = Set.of("serious", "critical");

  private static final String SCRIPT = read();

  /** A rule the page breaks: how bad, which rule, and the first few elements concerned. */
  public record Violation(String impact, String rule, String help, List<String> targets) {

    @Override
    public String toString() {
      return impact + " " + rule + " (" + help + "): " + targets;
    }
  }

  private Axe() {}

  /** Every violation axe finds in the current page. */
  @SuppressWarnings("unchecked")
  public static List<Violation> check(WebDriver browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(SCRIPT);
    }
    List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => ({impact: v.impact || '', rule: v.id, help: v.help,
              targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
          .catch(e => done([{impact: 'critical', rule: 'axe-error', help: String(e), targets: []}]));
        """);
    return violations.stream().map(v -> new Violation((String) v.get("impact"), (String) v.get("rule"),
        (String) v.get("help"), (List<String>) v.get("targets"))).toList();
  }

  /** The violations that fail a page: serious or critical. */
  public static List<Violation> blocking(WebDriver browser) {
    return check(browser).stream().filter(v -> BLOCKING.contains(v.impact())).toList();
  }

  private static String read() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
