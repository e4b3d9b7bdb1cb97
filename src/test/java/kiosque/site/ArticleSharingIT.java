package kiosque.site;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article page's share links, copy-link field and "Mis à jour" line, as readers get them. */
class ArticleSharingIT {

  static final String TITLE = "Rabat & Washington : « l’accord » signé";

  @TempDir
  static Path dir;
  static TestApp app;
  static long corrected;
  static long fixedAtOnce;
  static long untouched;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    // The test clock stands at 2025-06-01T10:00:00Z: a second save of an article is made then.
    corrected = publishTwice(article().id("corrected").title(TITLE).section("Maroc")
        .publishedAt("2025-01-14T08:10:00Z"));
    fixedAtOnce = publishTwice(article().id("typo").title("Coquille corrigée").section("Maroc")
        .publishedAt("2025-06-01T09:57:00Z"));
    untouched = app.publish(article().id("untouched").title("Jamais modifié").section("Maroc")
        .publishedAt("2025-03-01T08:00:00Z"));
  }

  private static long publishTwice(ArticleDrafts draft) {
    app.publish(draft);
    return app.publish(draft.body("<p>Texte corrigé.</p>"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void shareLinksForEveryNetworkCarryTheTitleAndTheAddress() {
    Document page = app.page(app.pathOf(corrected));
    Element share = page.selectFirst("aside.share");

    assertThat(share.select("a").eachText()).containsExactly("Partager sur WhatsApp", "Partager sur Facebook",
        "Partager sur X", "Partager sur LinkedIn", "Partager sur Telegram", "Envoyer par e-mail");
    assertThat(share.selectFirst("a.share-facebook").attr("href"))
        .isEqualTo("https://www.facebook.com/sharer/sharer.php?u="
            + ShareLinks.encode("http://localhost:8080" + app.pathOf(corrected)));
    assertThat(share.selectFirst("a.share-x").attr("href")).contains("text=" + ShareLinks.encode(TITLE));
    assertThat(share.select("a[href^=https:]")).allSatisfy(a -> {
      assertThat(a.attr("target")).isEqualTo("_blank");
      assertThat(a.attr("rel")).contains("noopener", "noreferrer");
    });
  }

  @Test
  void theCopyLinkWorksWithoutScriptAsAVisibleFieldHoldingTheAddress() {
    Element copy = app.page(app.pathOf(corrected)).selectFirst("aside.share details.share-copy");

    assertThat(copy.selectFirst("summary").text()).isEqualTo("Copier le lien");
    Element field = copy.selectFirst("input#adresse-article");
    assertThat(field.attr("value")).isEqualTo("http://localhost:8080" + app.pathOf(corrected));
    assertThat(field.hasAttr("readonly")).isTrue();
    assertThat(copy.selectFirst("label[for=adresse-article]")).isNotNull();
  }

  @Test
  void nothingIsLoadedFromAnotherSiteUntilAReaderClicks() {
    Document page = app.page(app.pathOf(corrected));

    assertThat(page.select("iframe, object, embed")).isEmpty();
    // The one script file is the site's own view beacon (checked below to come from the site); inline scripts are data.
    assertThat(page.select("script[src]")).extracting(s -> s.attr("src")).containsExactly("/v.js");
    assertThat(page.select("script:not([src])"))
        .allSatisfy(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
    // Whatever the page fetches by itself (images, styles, preloads) comes from the site.
    assertThat(page.select("[src], link[href]")).allSatisfy(e -> {
      String address = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      if (!e.tagName().equals("link") || e.attr("rel").matches("stylesheet|preload|icon|prefetch|preconnect")) {
        assertThat(URI.create(address).getHost()).as(e.outerHtml()).isIn(null, "localhost");
      }
    });
  }

  @Test
  void anUpdateWellAfterPublicationIsShownInTheSiteTimeZone() {
    Element updated = app.page(app.pathOf(corrected)).selectFirst(".updated");

    assertThat(updated.text()).isEqualTo("Mis à jour le 1er juin 2025 à 11h00");
    assertThat(updated.selectFirst("time").attr("datetime")).isEqualTo("2025-06-01T11:00:00+01:00");
  }

  @Test
  void noUpdateLineForAnArticleNeverEditedOrFixedInTheMinutesAfterPublication() {
    assertThat(app.page(app.pathOf(untouched)).selectFirst(".updated")).isNull();
    assertThat(app.page(app.pathOf(fixedAtOnce)).selectFirst(".updated")).isNull();
  }
}
