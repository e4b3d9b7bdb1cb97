package kiosque.site;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.related.RelatedArticles;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.Images;
import kiosque.testsupport.TestApp;
import kiosque.testsupport.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The article page through HTTP on H2 and on PostgreSQL, where the article, its people and topics
 * and its related lists are read in one round trip: what it shows is what the separate reads give,
 * and what is not published is still refused.
 */
@BothDatabases
class ArticlePageOnBothDatabasesIT {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void showsWhatTheArticleAndItsListsReadTogetherGiveAndRefusesTheRest() {
    try (TestApp app = TestApp.start(dir.resolve("site"), db.env(dir.resolve("database")))) {
      long main = app.publish(article().id("main").title("Washington et Rabat signent un accord d’armement")
          .section("Maroc").bylines("I.L", "K.B").topics("Défense", "Armement").publishedAt("2021-01-14T14:20:00Z"));
      for (int i = 1; i <= 5; i++) {
        app.publish(article().id("close-" + i).title("Armement, épisode " + i).topics("Armement", "Défense")
            .section("Monde").publishedAt("2021-0" + (i + 1) + "-01T10:00:00Z"));
      }
      long bare = app.publish(article().id("bare").title("Sans rubrique ni sujet").section(null).bylines().topics()
          .publishedAt("2021-03-03T10:00:00Z"));
      Media media = app.wiring().mediaService().importImage(Actor.operator("test"), "port.jpg",
          new ByteArrayInputStream(Images.jpeg(1200, 800)), "Le port", "Agence");
      app.wiring().articleService().setLeadImageIfNone(main, media.id());
      app.settle();
      long draft = app.publish(article().id("draft").title("Armement, brouillon").topics("Armement")
          .status(ArticleStatus.DRAFT));
      long withdrawn = app.publish(article().id("withdrawn").title("Armement, retiré").topics("Armement")
          .status(ArticleStatus.UNPUBLISHED));

      Document page = app.page(app.pathOf(main));
      Article article = app.wiring().articleStore().findById(main).orElseThrow();
      RelatedArticles.Shown lists = app.wiring().relatedService().reader().shown(article, SiteService.GO_FURTHER,
          SiteService.RECOMMENDED);
      assertThat(page.select("section.go-further li h3").eachText()).isNotEmpty()
          .isEqualTo(lists.goFurther().stream().map(t -> t.title()).toList())
          .allMatch(title -> title.startsWith("Armement, épisode"));
      assertThat(page.select("section.recommended li h3").eachText())
          .isEqualTo(lists.recommended().stream().map(t -> t.title()).toList());
      assertThat(page.selectFirst(".dateline").select("a[rel=author]").eachText()).containsExactly("I.L", "K.B");
      assertThat(page.select(".topics a").eachText()).containsExactly("Défense", "Armement");
      assertThat(page.selectFirst("figure.lead img").attr("alt")).isEqualTo("Le port");

      Document plain = app.page(app.pathOf(bare));
      assertThat(plain.selectFirst("h1").text()).isEqualTo("Sans rubrique ni sujet");
      assertThat(plain.select("figure.lead, .topics, .dateline a[rel=author]")).isEmpty();

      assertThat(app.get("/2021/01/14/rien-" + (withdrawn + 100)).statusCode()).isEqualTo(404);
      assertThat(app.get("/2021/01/14/armement-brouillon-" + draft).statusCode()).isEqualTo(404);
      assertThat(app.get("/2021/01/14/armement-retire-" + withdrawn).statusCode()).isEqualTo(410);
    }
  }
}
