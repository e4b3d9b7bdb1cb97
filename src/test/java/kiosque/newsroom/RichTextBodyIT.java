package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.Images;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body with an image of the library, an embed and a "Lire aussi", saved through the editor's
 * form over HTTP and read on the public page: the image with its renditions, the embed as a
 * placeholder that loads nothing from the provider, hostile markup gone; and the editor's lookups.
 */
class RichTextBodyIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static TestApp app;
  static NewsroomClient chef;
  static Media photo;
  static long other;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    Account account = app.account(Role.ADMINISTRATOR, "photo@example.ma");
    chef = app.loggedIn(Role.EDITOR, "chef@example.ma");
    photo = app.wiring().mediaService().upload(new Actor(account, "test"), "barrage.png",
        new ByteArrayInputStream(Images.png(1000, 600)), "Le barrage Al Massira", "MAP");
    other = app.publish(ArticleDrafts.article().title("La sécheresse s’installe dans le Haouz").body("<p>Texte.</p>"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void figureEmbedAndReadAlsoRoundTripToThePublicPageAndNothingLoadsFromTheProvider() throws Exception {
    String otherPath = app.pathOf(other);
    String body = "<p>Les retenues baissent.<img src=x onerror=\"alert(1)\"></p>"
        + "<figure data-media=\"" + photo.id() + "\"><img src=\"" + photo.href(640) + "\" alt=\"Le barrage\" width=\"1000\" height=\"600\">"
        + "<figcaption>Le barrage en décembre <small class=\"credit\">Photo : MAP</small></figcaption></figure>"
        + "<figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"><figcaption>Le reportage</figcaption></figure>"
        + "<p><iframe src=\"https://evil.example/\"></iframe><a href=\"javascript:alert(2)\">piège</a></p>"
        + "<aside class=\"lire-aussi\"><a href=\"" + otherPath + "\">La sécheresse s’installe dans le Haouz</a></aside>"
        + "<script>alert(3)</script>";
    long id = EditorIT.create(chef, EditorIT.fields("Barrages : la baisse continue", body));
    assertThat(EditorIT.move(chef, id, "PUBLISH").statusCode()).isEqualTo(303);
    app.settle();

    HttpResponse<String> response = app.get(app.pathOf(id));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'", "frame-src https://www.youtube-nocookie.com");
    Document page = app.page(app.pathOf(id));
    Element text = page.selectFirst(".body");

    Element img = text.selectFirst("figure[data-media] img");
    assertThat(img.attr("src")).isEqualTo("/media/" + photo.id() + "/w320.jpg");
    assertThat(img.attr("srcset")).isEqualTo("/media/" + photo.id() + "/w320.jpg 320w, /media/" + photo.id()
        + "/w640.jpg 640w, /media/" + photo.id() + "/w1200.jpg 1000w");
    assertThat(img.attr("sizes")).isNotBlank();
    assertThat(img.attr("alt")).isEqualTo("Le barrage");
    assertThat(text.selectFirst("figure[data-media] figcaption").text()).isEqualTo("Le barrage en décembre Photo : MAP");
    assertThat(app.get(img.attr("src")).statusCode()).isEqualTo(200);

    Element embed = text.selectFirst("figure.embed[data-provider=youtube]");
    assertThat(embed.selectFirst("a.embed-original").attr("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    assertThat(embed.selectFirst("button.embed-load").text()).isEqualTo("Afficher le contenu (YouTube)");
    assertThat(embed.selectFirst("button.embed-load").hasAttr("hidden")).as("shown by the script only").isTrue();
    assertThat(embed.selectFirst("figcaption").text()).isEqualTo("Le reportage");
    assertThat(text.select("figure.embed")).hasSize(1);
    // Nothing from a third party before the reader asks: no frame, and every src is the site's own.
    assertThat(page.select("iframe, object, embed")).isEmpty();
    assertThat(page.select("[src]").eachAttr("src"))
        .allSatisfy(src -> assertThat(src).doesNotContain("://").doesNotStartWith("//"));

    Element script = page.selectFirst("script[src^=/assets/embeds.]");
    assertThat(script).isNotNull();
    HttpResponse<String> loader = app.get(script.attr("src"));
    assertThat(loader.statusCode()).isEqualTo(200);
    assertThat(loader.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
    assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();

    Element readAlso = text.selectFirst("aside.lire-aussi");
    assertThat(readAlso.selectFirst(".lire-aussi-label").text()).isEqualTo("Lire aussi");
    assertThat(readAlso.selectFirst("a").attr("href")).isEqualTo(otherPath);

    assertThat(text.html()).doesNotContain("onerror", "javascript:", "alert", "evil");
  }

  @Test
  void aForgedEmbedIsRefusedInFrenchAndTheTextIsKept() {
    long id = EditorIT.create(chef, EditorIT.fields("Texte gardé", "<p>Premier jet.</p>"));
    java.util.Map<String, String> fields = EditorIT.fields("Texte gardé",
        "<p>Second jet.</p><figure class=\"embed\" data-provider=\"youtube\" data-id=\"&quot; onload=&quot;x\"></figure>");
    fields.put("version", EditorIT.version(chef, id));
    HttpResponse<String> refused = chef.submit("/redaction/articles/" + id, fields);
    Document page = org.jsoup.Jsoup.parse(refused.body());
    assertThat(page.selectFirst(".error").text()).startsWith("Le texte contient un contenu intégré que le site ne reconnaît pas");
    assertThat(page.selectFirst("textarea[name=body]").text()).contains("Second jet.");
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml()).isEqualTo("<p>Premier jet.</p>");
  }

  @Test
  void anImageOfTheTextThatIsNotInTheLibraryIsRefusedInFrenchAndTheTextIsKept() {
    long id = EditorIT.create(chef, EditorIT.fields("Image absente", "<p>Premier jet.</p>"));
    java.util.Map<String, String> fields = EditorIT.fields("Image absente",
        "<p>Second jet.</p><figure data-media=\"987654\"><img src=\"/media/987654/w640.jpg\" alt=\"Rien\">"
            + "<figcaption>Une image effacée</figcaption></figure>");
    fields.put("version", EditorIT.version(chef, id));
    HttpResponse<String> refused = chef.submit("/redaction/articles/" + id, fields);
    assertThat(refused.statusCode()).isEqualTo(400);
    Document page = org.jsoup.Jsoup.parse(refused.body());
    assertThat(page.selectFirst(".error").text()).startsWith("Une image insérée dans le texte n’existe pas");
    assertThat(page.selectFirst("textarea[name=body]").text()).contains("Second jet.", "Une image effacée");
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml()).isEqualTo("<p>Premier jet.</p>");
  }

  @Test
  void anArticleWithoutEmbedsLoadsNoEmbedScript() {
    long id = app.publish(ArticleDrafts.article().title("Sans intégration").body("<p>Rien à charger.</p>"));
    assertThat(app.page(app.pathOf(id)).select("script[src^=/assets/embeds.]")).isEmpty();
  }

  @Test
  void theEditorAsksTheServerWhichEmbedAnAddressIsAndFindsPublishedArticles() throws Exception {
    HttpResponse<String> found = chef.get("/redaction/corps/integration.json?url=https%3A%2F%2Fyoutu.be%2FdQw4w9WgXcQ");
    assertThat(found.statusCode()).isEqualTo(200);
    JsonNode embed = JSON.readTree(found.body());
    assertThat(embed.get("provider").asText()).isEqualTo("youtube");
    assertThat(embed.get("id").asText()).isEqualTo("dQw4w9WgXcQ");
    assertThat(chef.get("/redaction/corps/integration.json?url=https%3A%2F%2Fevil.example%2F").statusCode()).isEqualTo(404);

    JsonNode articles = JSON.readTree(chef.get("/redaction/corps/articles.json?q=s%C3%A9cheresse").body());
    assertThat(articles).isNotEmpty();
    assertThat(articles.get(0).get("title").asText()).isEqualTo("La sécheresse s’installe dans le Haouz");
    assertThat(articles.get(0).get("href").asText()).isEqualTo(app.pathOf(other));

    assertThat(app.anonymous().get("/redaction/corps/articles.json?q=secheresse").statusCode()).isNotEqualTo(200);
  }
}
