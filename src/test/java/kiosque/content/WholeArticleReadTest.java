package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kiosque.Wiring;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.newsroom.media.MediaStore;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.Images;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The article page reads its article, section, authors, topics and lead image in two queries: it
 * must give what the separate reads give (the batch read of articles, and the media library's
 * lead image), on H2 and PostgreSQL.
 */
@BothDatabases
class WholeArticleReadTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void twoQueriesGiveWhatTheSeparateReadsGive() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      ArticleService service = wiring.articleService();
      long full = service.save(article().id("full").title("Le port de Tanger s’agrandit").summary("Chapeau")
          .body("<p>Les travaux « commencent » lundi.</p>").section("Économie").bylines("I.L", "Karim B.")
          .topics("Ports", "Tanger", "Transport maritime").source("La Map", "https://www.mapexpress.ma/")
          .build().withExtras(new ArticleExtras("Chantier", "Tanger Med : le chantier", "Description", "Titre partagé",
              null, null, null))).articleId();
      long bare = service.save(article().id("bare").title("Sans rubrique ni auteur").section(null).bylines()
          .topics().build()).articleId();
      long oneTopic = service.save(article().id("one").title("Un seul sujet").bylines("I.L").topics("Tanger")
          .build()).articleId();
      Media media = wiring.mediaService().importImage(Actor.operator("test"), "port.jpg",
          new ByteArrayInputStream(Images.jpeg(1600, 900)), "Le port au lever du jour", "Agence");
      service.setLeadImageIfNone(full, media.id());

      ArticleStore store = wiring.articleStore();
      for (long id : List.of(full, bare, oneTopic)) {
        Article separately = store.findByIds(List.of(id)).getFirst();
        ArticleWithLead together = store.findWithLead(id).orElseThrow();
        assertThat(together.article()).isEqualTo(separately);
        assertThat(store.findById(id)).contains(separately);
        assertThat(together.lead()).isEqualTo(new MediaStore(wiring.database().jdbi()).leadOf(id).map(m -> new LeadMedia(m.id(),
            m.width(), m.height(), m.altText(), m.credit(), m.cropVersion())));
      }
      Article read = store.findWithLead(full).orElseThrow().article();
      assertThat(read.authors()).extracting(Author::byline).containsExactly("I.L", "Karim B.");
      assertThat(read.topics()).extracting(Topic::name).containsExactly("Ports", "Tanger", "Transport maritime");
      assertThat(read.section().name()).isEqualTo("Économie");
      assertThat(read.extras().kicker()).isEqualTo("Chantier");
      assertThat(store.findWithLead(full).orElseThrow().lead()).get()
          .isEqualTo(new LeadMedia(media.id(), 1600, 900, "Le port au lever du jour", "Agence", media.cropVersion()));
      assertThat(store.findWithLead(bare).orElseThrow().lead()).isEmpty();
      assertThat(store.findWithLead(full + bare + oneTopic)).isEmpty();
    }
  }

  /** A read joined to the article's row: its teaser row's title and status, from a table the article's own read does not join. */
  private static final ReadWithArticle<List<String>> TEASER_ROW = new ReadWithArticle<>("tz.title, tz.status",
      "left join article_teaser tz on tz.id = a.id") {
    @Override
    protected List<String> map(ResultSet row, int first) throws SQLException {
      return List.of(row.getString(first), row.getString(first + 1));
    }
  };

  @Test
  void theArticlePageReadsItsOneRowAndWhatIsJoinedToItAsTheSeparateReadsGiveThem() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      ArticleService service = wiring.articleService();
      long several = service.save(article().id("several").title("Deux auteurs, trois sujets").section("Économie")
          .bylines("I.L", "Karim B.", "Nadia T.").topics("Ports", "Tanger", "Transport maritime").build()).articleId();
      long none = service.save(article().id("none").title("Ni sujet ni image").bylines("I.L").topics().build())
          .articleId();
      Media media = wiring.mediaService().importImage(Actor.operator("test"), "port.jpg",
          new ByteArrayInputStream(Images.jpeg(800, 600)), "Le port", "Agence");
      service.setLeadImageIfNone(several, media.id());

      ArticleStore store = wiring.articleStore();
      for (long id : List.of(several, none)) {
        ArticleReadWith<List<String>> together = store.findWithLead(id, TEASER_ROW).orElseThrow();
        assertThat(together.article()).isEqualTo(store.findWithLead(id).orElseThrow());
      }
      ArticleReadWith<List<String>> read = store.findWithLead(several, TEASER_ROW).orElseThrow();
      assertThat(read.with()).containsExactly("Deux auteurs, trois sujets", "published");
      assertThat(read.article().article().topics()).extracting(Topic::name)
          .containsExactly("Ports", "Tanger", "Transport maritime");
      assertThat(read.article().article().authors()).extracting(Author::byline)
          .containsExactly("I.L", "Karim B.", "Nadia T.");
      assertThat(read.article().lead()).isPresent();
      ArticleReadWith<List<String>> bare = store.findWithLead(none, TEASER_ROW).orElseThrow();
      assertThat(bare.with()).containsExactly("Ni sujet ni image", "published");
      assertThat(bare.article().article().topics()).isEmpty();
      assertThat(bare.article().lead()).isEmpty();
      assertThat(store.findWithLead(several + none + 1, TEASER_ROW)).isEmpty();
    }
  }

  @Test
  void aReadWithTheArticleIsColumnsAndLeftJoinsWithoutParameters() {
    for (String[] wrong : new String[][] {
        {"t.name", "join topic t on t.id = a.id"},
        {"t.name", "left join topic t on t.id = ?"},
        {"t.name; select 2", "left join topic t on t.id = a.id"}}) {
      assertThatThrownBy(() -> new ReadWithArticle<Void>(wrong[0], wrong[1]) {
        @Override
        protected Void map(ResultSet row, int first) {
          return null;
        }
      }).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
