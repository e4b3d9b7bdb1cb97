package kiosque.related;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article page's two lists, computed by the engine as content changes, over real HTTP. */
class RelatedArticlesIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static long drought;

  static final String DROUGHT = "La sécheresse frappe le Souss : les barrages d'Agadir à 10 %";

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    drought = app.publish(water(DROUGHT, "2021-03-02T09:00:00Z",
        "Le barrage Youssef Ben Tachfine ne retient plus que 10 % de sa capacité. Les agriculteurs du Souss "
            + "réclament une aide de l'Office national de l'eau potable (ONEP) pour irriguer les orangers."));
    app.publish(water("Agadir : l'usine de dessalement de Chtouka ouvre ses vannes", "2021-03-20T09:00:00Z",
        "L'usine de dessalement de Chtouka alimente désormais Agadir en eau potable. Les agriculteurs du Souss "
            + "espèrent que le barrage Youssef Ben Tachfine sera épargné."));
    app.publish(water("Souss : les orangers meurent faute d'irrigation", "2021-04-11T09:00:00Z",
        "Faute d'eau, les orangers du Souss sèchent sur pied. Les agriculteurs accusent la sécheresse et le "
            + "barrage Youssef Ben Tachfine presque vide."));
    app.publish(water("Sécheresse : l'ONEP coupe l'eau la nuit à Agadir", "2021-03-10T09:00:00Z",
        "L'Office national de l'eau potable (ONEP) coupe l'eau potable la nuit à Agadir. Le barrage Youssef Ben "
            + "Tachfine est à 9 % ; les agriculteurs du Souss craignent pour les orangers."));
    app.publish(water("Souss : les agriculteurs manifestent devant le barrage", "2021-03-15T09:00:00Z",
        "Deux cents agriculteurs du Souss ont manifesté devant le barrage Youssef Ben Tachfine pour réclamer "
            + "l'irrigation des orangers malgré la sécheresse."));
    for (int i = 1; i <= 12; i++) {
      app.publish(article().id("sport-" + i).title("Le Raja gagne son match numéro " + i).section("Sport")
          .topics("Football").publishedAt("2021-05-%02dT20:00:00Z".formatted(i))
          .body("<p>Le Raja de Casablanca s'impose au stade Mohammed-V devant ses supporters. Match " + i + ".</p>"));
    }
  }

  static ArticleDrafts water(String title, String when, String body) {
    return article().title(title).section("Maroc").topics("Eau", "Agriculture").publishedAt(when)
        .body("<p>" + body + "</p>");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<String> further(long id) {
    return app.page(app.pathOf(id)).select("section.go-further li h3").eachText();
  }

  private static List<String> recommended(long id) {
    return app.page(app.pathOf(id)).select("section.recommended li h3").eachText();
  }

  @Test
  void aCloselyRelatedArticleAppearsInGoFurtherOnceTheFollowersHaveRunAndGoesWhenUnpublished() {
    ArticleDrafts rain = water("Enfin la pluie sur le Souss : le barrage Youssef Ben Tachfine remonte",
        "2021-03-05T09:00:00Z", "La pluie est revenue sur le Souss. Le barrage Youssef Ben Tachfine remonte à "
            + "25 % ; les agriculteurs et l'ONEP respirent, la sécheresse recule à Agadir.");
    long rainId = app.wiring().articleService().save(rain.build()).articleId();

    app.wiring().changeFeed().catchUp();
    app.wiring().relatedService().drainRefreshQueue();

    assertThat(further(drought)).contains(rain.build().title());
    assertThat(further(rainId)).contains(DROUGHT);

    app.save(rain.status(ArticleStatus.UNPUBLISHED).build());

    assertThat(further(drought)).hasSize(4).doesNotContain(rain.build().title());
    assertThat(recommended(drought)).doesNotContain(rain.build().title());
  }

  @Test
  void anOldArticleRecommendsFreshOnesAndNeverItselfDraftsOrItsGoFurtherItems() {
    long fresh = app.publish(water("Souss : le plan d'urgence pour l'eau potable adopté", "2025-05-28T09:00:00Z",
        "Le gouvernement adopte un plan d'urgence pour l'eau potable du Souss et d'Agadir : un second barrage et "
            + "l'extension de l'usine de dessalement de Chtouka."));
    app.publish(water("Souss : brouillon sur la sécheresse", "2025-05-30T09:00:00Z",
        "Brouillon sur la sécheresse du Souss et le barrage Youssef Ben Tachfine.").status(ArticleStatus.DRAFT));

    Document page = app.page(app.pathOf(drought));
    List<String> further = page.select("section.go-further li h3").eachText();
    List<String> recommended = page.select("section.recommended li h3").eachText();

    assertThat(recommended).first().as("the freshest relevant article, four years newer")
        .isEqualTo(app.wiring().articleStore().findById(fresh).orElseThrow().title());
    assertThat(recommended).hasSize(10).doesNotContainAnyElementsOf(further)
        .doesNotContain(DROUGHT, "Souss : brouillon sur la sécheresse").doesNotHaveDuplicates();
    assertThat(further).doesNotContain(DROUGHT, "Souss : brouillon sur la sécheresse");
    assertThat(page.select("section.go-further li")).allSatisfy(li -> assertThat(li.selectFirst("p.summary")).isNotNull());
  }

  @Test
  void editorsReadEachItemAndWhyItWasChosenInTheNewsroom() throws Exception {
    NewsroomClient editor = app.loggedIn(Role.EDITOR, "liens@example.ma");

    HttpResponse<String> response = editor.get("/redaction/articles/" + drought + "/liens.json");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode lists = new ObjectMapper().readTree(response.body());
    assertThat(lists.get("further").size()).isGreaterThanOrEqualTo(4);
    JsonNode first = lists.get("further").get(0);
    assertThat(first.get("reason").asText()).contains("Noms : ").contains("Youssef Ben Tachfine");
    assertThat(first.get("url").asText()).startsWith("/2021/");
    assertThat(lists.get("recommended").size()).isGreaterThan(0);
    assertThat(lists.get("computedAt").asText()).isEqualTo(TestApp.NOW.toString());
    assertThat(app.anonymous().get("/redaction/articles/" + drought + "/liens.json").statusCode()).isEqualTo(302);
  }
}
