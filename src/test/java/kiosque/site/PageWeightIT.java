package kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import kiosque.imports.DemoContent;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article page's weight budget (issue 14), measured over HTTP as a browser gets it, on the
 * demo's heaviest article page with its related lists: under 60 KB of HTML and CSS compressed
 * (gzip as served), nothing but the view beacon as script (the page reads without JavaScript),
 * and every image below the lead one loaded lazily. The figures go to target/page-weight.txt
 * (docs/benchmarks.md, "Page weight").
 */
class PageWeightIT {

  static final int BUDGET_BYTES = 60 * 1024;
  static final Instant NOW = Instant.parse("2025-11-13T09:00:00Z");

  @TempDir
  static Path dir;
  static TestApp app;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
    DemoContent.loadIfEmpty(app.wiring().articleService(), app.wiring().articleStore(),
        app.wiring().mediaService(), app.wiring().database().jdbi());
    app.settle();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theHeaviestArticlePageStaysUnderSixtyKilobytesOfCompressedHtmlAndCss() throws Exception {
    Weighed heaviest = app.wiring().articleStore().latest(1, 1000).items().stream()
        .map(t -> weigh(app.pathOf(t.id()))).max(Comparator.comparingInt(Weighed::bytes)).orElseThrow();
    Document page = Jsoup.parse(heaviest.html(), "http://localhost/");
    Weighed css = weigh(page.selectFirst("link[rel=stylesheet]").attr("href"));
    int total = heaviest.bytes() + css.bytes();
    String figures = "article %s: HTML %d bytes (%d gzip), CSS %d bytes (%d gzip), total %d bytes gzip (budget %d)%n"
        .formatted(heaviest.path(), utf8(heaviest.html()), heaviest.bytes(), utf8(css.html()), css.bytes(),
            total, BUDGET_BYTES);
    Files.writeString(Path.of("target", "page-weight.txt"), figures);
    System.out.print(figures);

    assertThat(page.select(".related li")).as("its related lists").isNotEmpty();
    assertThat(heaviest.encoding()).as("the page is sent compressed").isEqualTo("gzip");
    assertThat(total).as(figures).isLessThan(BUDGET_BYTES);
  }

  @Test
  void anArticleReadsWithoutJavascriptAndLoadsImagesBelowTheLeadOnlyWhenNeeded() {
    for (var teaser : app.wiring().articleStore().latest(1, 1000).items()) {
      Document page = app.page(app.pathOf(teaser.id()));
      // The one script file is the view beacon; inline scripts are JSON-LD data.
      assertThat(page.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("/v.js"));
      assertThat(page.select("script:not([src])").eachAttr("type")).allMatch("application/ld+json"::equals);
      assertThat(page.selectFirst("article, main").text()).as("the body is in the HTML").isNotBlank();
      page.select("img").stream().filter(img -> !loadsAtOnce(img))
          .forEach(img -> assertThat(img.attr("loading")).as(img.outerHtml()).isEqualTo("lazy"));
    }
  }

  /** The lead image shows at the top; the view beacon's pixel (without JavaScript) is no picture. */
  private static boolean loadsAtOnce(Element img) {
    return img.closest("figure.lead") != null || img.hasClass("beacon");
  }

  private static int utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  record Weighed(String path, String html, int bytes, String encoding) {}

  /** The bytes a browser that accepts gzip receives for this address. */
  private static Weighed weigh(String path) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
          .header("Accept-Encoding", "gzip").build();
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
      byte[] body = response.body();
      byte[] plain = encoding.equals("gzip")
          ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes() : body;
      return new Weighed(path, new String(plain, java.nio.charset.StandardCharsets.UTF_8), body.length, encoding);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
