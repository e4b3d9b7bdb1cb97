package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import kiosque.Wiring;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.Images;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Teasers are read from {@code article_teaser} (V665), which holds no body, and every write that
 * changes what a teaser shows changes it in the same transaction.
 */
@BothDatabases
class TeaserRowsTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void theTeaserRowsHoldNoBody() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      List<String> columns = wiring.database().jdbi().withHandle(h -> h.createQuery(
              "select * from article_teaser where 1 = 0")
          .scanResultSet((rs, ctx) -> {
            var meta = rs.get().getMetaData();
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
          }));
      assertThat(columns).contains("title", "summary", "lead_media_id")
          .doesNotContain("body_html", "body_text");
    }
  }

  @Test
  void listingsAndTheGoogleNewsWindowFollowATitleChangeAndABodyChange() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      ArticleService service = wiring.articleService();
      long id = service.save(article().id("a1").title("Premier titre").summary("Chapeau")
          .body("<p>Corps un</p>").publishedAt(TestDatabases.NOW.minusSeconds(3600)).build()).articleId();

      service.save(article().id("a1").title("Titre corrigé").summary("Chapeau")
          .body("<p>Corps un</p>").publishedAt(TestDatabases.NOW.minusSeconds(3600)).build());
      assertThat(wiring.articleStore().latest(1, 10).items())
          .extracting(Teaser::id, Teaser::title).containsExactly(org.assertj.core.groups.Tuple.tuple(id, "Titre corrigé"));

      service.save(article().id("a1").title("Titre corrigé").summary("Nouveau chapeau")
          .body("<p>Corps deux</p>").publishedAt(TestDatabases.NOW.minusSeconds(3600)).build());
      assertThat(wiring.articleStore().publishedBetween(TestDatabases.NOW.minusSeconds(7200),
              TestDatabases.NOW, 1, 10).items())
          .extracting(Teaser::title, Teaser::summary).containsExactly(
              org.assertj.core.groups.Tuple.tuple("Titre corrigé", "Nouveau chapeau"));
      assertThat(wiring.articleStore().findById(id).orElseThrow().bodyHtml()).contains("Corps deux");
    }
  }

  @Test
  void anUnpublishedArticleLeavesTheListingsAndALeadImageJoinsItsTeaser() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      ArticleService service = wiring.articleService();
      long withImage = service.save(article().id("img").title("Avec image").build()).articleId();
      long withdrawn = service.save(article().id("gone").title("Retiré").build()).articleId();
      Media media = wiring.mediaService().importImage(Actor.operator("test"), "photo.jpg",
          new ByteArrayInputStream(Images.jpeg(800, 600)), "Un port au lever du jour", "Agence");

      service.setLeadImageIfNone(withImage, media.id());
      service.save(article().id("gone").title("Retiré").status(ArticleStatus.UNPUBLISHED).build());

      List<Teaser> teasers = wiring.articleStore().latest(1, 10).items();
      assertThat(teasers).extracting(Teaser::id).containsExactly(withImage).doesNotContain(withdrawn);
      assertThat(teasers.getFirst().image())
          .isEqualTo(new TeaserImage(media.id(), 800, 600, "Un port au lever du jour"));
    }
  }
}
