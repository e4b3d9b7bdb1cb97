package kiosque.feeds;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON-LD, OpenGraph and Twitter cards, the WhatsApp share link and the publisher page. */
class MetadataIT {

  static final String SITE = "http://localhost:8080";
  static final String TITLE = "Rabat </script><script>alert(1)</script> & « l’accord » 🤝";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static TestApp app;
  static long id;
  static String canonical;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, Map.of(
        "KIOSQUE_PUBLISHER_LOGO", "https://cdn.example.org/kiosque-logo.png",
        "KIOSQUE_CONTACT_EMAIL", "redaction@kiosque.example",
        "KIOSQUE_WHATSAPP_URL", "https://whatsapp.com/channel/kiosque"));
    app.publish(article().id("main").title(TITLE).summary("Un accord « historique » signé à Rabat.")
        .section("Maroc").topics("États-Unis", "Défense").bylines("I.L", "Leïla Benjelloun")
        .publishedAt("2025-01-14T14:20:00Z"));
    // A correction, made "now" by the test clock.
    id = app.publish(article().id("main").title(TITLE).summary("Un accord « historique » signé à Rabat.")
        .section("Maroc").topics("États-Unis", "Défense").bylines("I.L", "Leïla Benjelloun")
        .body("<p>Texte corrigé.</p>").publishedAt("2025-01-14T14:20:00Z"));
    canonical = SITE + app.pathOf(id);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void newsArticleDescribesTheArticleFieldByField() throws Exception {
    JsonNode article = jsonLd(app.page(app.pathOf(id)), "NewsArticle");

    assertThat(article.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(article.path("headline").asText()).isEqualTo(TITLE);
    assertThat(article.path("description").asText()).isEqualTo("Un accord « historique » signé à Rabat.");
    assertThat(article.path("datePublished").asText()).isEqualTo("2025-01-14T15:20:00+01:00");
    assertThat(article.path("dateModified").asText()).isEqualTo("2025-06-01T11:00:00+01:00");
    assertThat(article.path("mainEntityOfPage").path("@id").asText()).isEqualTo(canonical);
    assertThat(article.path("url").asText()).isEqualTo(canonical);
    assertThat(article.path("inLanguage").asText()).isEqualTo("fr");
    assertThat(article.path("author")).hasSize(2);
    assertThat(article.path("author").get(0).path("@type").asText()).isEqualTo("Person");
    assertThat(article.path("author").get(0).path("name").asText()).isEqualTo("I.L");
    assertThat(article.path("author").get(0).path("url").asText()).isEqualTo(SITE + "/auteur/i-l");
    assertThat(article.path("author").get(1).path("url").asText()).isEqualTo(SITE + "/auteur/leila-benjelloun");
    JsonNode publisher = article.path("publisher");
    assertThat(publisher.path("@type").asText()).isEqualTo("NewsMediaOrganization");
    assertThat(publisher.path("name").asText()).isEqualTo("Kiosque");
    assertThat(publisher.path("url").asText()).isEqualTo(SITE + "/");
    assertThat(publisher.path("logo").path("url").asText()).isEqualTo("https://cdn.example.org/kiosque-logo.png");
    assertThat(publisher.path("publishingPrinciples").asText()).isEqualTo(SITE + "/a-propos#charte");
    assertThat(publisher.path("correctionsPolicy").asText()).isEqualTo(SITE + "/a-propos#corrections");
    assertThat(publisher.path("contactPoint").path("email").asText()).isEqualTo("redaction@kiosque.example");
    assertThat(article.path("articleSection").asText()).isEqualTo("Maroc");
    assertThat(article.path("keywords")).extracting(JsonNode::asText).containsExactly("États-Unis", "Défense");
    assertThat(article.path("isAccessibleForFree").asBoolean()).isTrue();
    assertThat(article.has("image")).as("no lead image in the model yet").isFalse();
  }

  @Test
  void jsonLdCannotCloseItsScriptElement() {
    String html = app.get(app.pathOf(id)).body();
    Document page = app.page(app.pathOf(id));

    assertThat(html).doesNotContain("<script>alert(1)</script>");
    // Inline scripts are JSON-LD only; the one executable script is the site's own view beacon, from a file.
    assertThat(page.select("script:not([src])"))
        .allSatisfy(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
    assertThat(page.select("script[src]")).extracting(s -> s.attr("src")).containsExactly("/v.js");
    assertThat(page.select("script[type=application/ld+json]")).hasSize(2);
    // The content security policy stays strict: JSON-LD is data, never executed.
    assertThat(app.get(app.pathOf(id)).headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
  }

  @Test
  void breadcrumbsGoFromHomeThroughTheSectionToTheArticle() throws Exception {
    JsonNode trail = jsonLd(app.page(app.pathOf(id)), "BreadcrumbList").path("itemListElement");

    assertThat(trail).hasSize(3);
    assertThat(trail).extracting(n -> n.path("position").asInt()).containsExactly(1, 2, 3);
    assertThat(trail).extracting(n -> n.path("name").asText()).containsExactly("Accueil", "Maroc", TITLE);
    assertThat(trail).extracting(n -> n.path("item").asText())
        .containsExactly(SITE + "/", SITE + "/rubrique/maroc", canonical);
  }

  @Test
  void openGraphAndTwitterCardsDescribeTheArticle() {
    Document page = app.page(app.pathOf(id));

    assertThat(property(page, "og:type")).containsExactly("article");
    assertThat(property(page, "og:title")).containsExactly(TITLE);
    assertThat(property(page, "og:url")).containsExactly(canonical);
    assertThat(property(page, "og:site_name")).containsExactly("Kiosque");
    assertThat(property(page, "og:description")).containsExactly("Un accord « historique » signé à Rabat.");
    assertThat(property(page, "article:published_time")).containsExactly("2025-01-14T15:20:00+01:00");
    assertThat(property(page, "article:modified_time")).containsExactly("2025-06-01T11:00:00+01:00");
    assertThat(property(page, "article:section")).containsExactly("Maroc");
    assertThat(property(page, "article:tag")).containsExactly("États-Unis", "Défense");
    assertThat(property(page, "og:image")).isEmpty();
    assertThat(page.select("meta[name=twitter:card]").eachAttr("content")).containsExactly("summary");
    assertThat(page.select("meta[name=twitter:title]").eachAttr("content")).containsExactly(TITLE);
    assertThat(page.select("meta[name=robots]").attr("content")).contains("max-image-preview:large");
  }

  @Test
  void theWhatsAppShareLinkCarriesTheTitleAndTheAddressNextToTheFollowLinks() {
    Document page = app.page(app.pathOf(id));
    String href = page.selectFirst(".share a").attr("href");

    assertThat(href).startsWith("https://wa.me/?text=").doesNotContain("+").doesNotContain(" ");
    assertThat(URLDecoder.decode(href.substring("https://wa.me/?text=".length()), StandardCharsets.UTF_8))
        .isEqualTo(TITLE + " " + canonical);
    assertThat(page.selectFirst(".share a").text()).isEqualTo("Partager sur WhatsApp");
    assertThat(page.selectFirst(".follow").nextElementSibling().hasClass("share")).isTrue();
  }

  @Test
  void thePublisherPageStatesContactAndStandardsAndEveryPageLinksToIt() throws Exception {
    Document publisher = app.page("/a-propos");

    assertThat(publisher.selectFirst("h1").text()).isEqualTo("Qui sommes-nous");
    assertThat(publisher.select("section[id]").eachAttr("id"))
        .containsExactly("qui-sommes-nous", "contact", "charte", "corrections");
    assertThat(publisher.selectFirst("#contact a[href^=mailto:]").text()).isEqualTo("redaction@kiosque.example");
    assertThat(jsonLd(publisher, "NewsMediaOrganization").path("name").asText()).isEqualTo("Kiosque");
    for (String path : List.of("/", app.pathOf(id), "/rubrique/maroc", "/sujet/defense", "/a-propos")) {
      assertThat(app.page(path).select("footer a").eachAttr("href")).as(path).contains("/a-propos");
    }
    assertThat(app.get("/nulle-part/ici").body()).contains("href=\"/a-propos\"");
  }

  @Test
  void listingPagesAreWebsiteCards() {
    Document section = app.page("/rubrique/maroc");

    assertThat(property(section, "og:type")).containsExactly("website");
    assertThat(property(section, "og:url")).containsExactly(SITE + "/rubrique/maroc");
    assertThat(section.select("script[type=application/ld+json]")).isEmpty();
  }

  private static List<String> property(Document page, String property) {
    return page.select("meta[property=" + property + "]").eachAttr("content");
  }

  private static JsonNode jsonLd(Document page, String type) throws Exception {
    for (var script : page.select("script[type=application/ld+json]")) {
      JsonNode node = JSON.readTree(script.data());
      if (node.path("@type").asText().equals(type)) {
        return node;
      }
    }
    throw new AssertionError("No JSON-LD " + type);
  }
}
