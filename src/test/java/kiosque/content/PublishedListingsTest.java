package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kiosque.Wiring;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Both plans of a topic listing (walk the archive, or sort the topic's articles) give the same pages. */
@BothDatabases
class PublishedListingsTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void commonAndRareTopicsSectionsAndTheSiteListNewestFirstPageByPage() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      List<Long> all = new ArrayList<>();
      List<Long> rare = new ArrayList<>();
      for (int i = 0; i < 45; i++) {
        // Two articles share each publication time: the id breaks the tie, newest id first.
        Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * (i / 2));
        boolean isRare = i % 15 == 0;
        ArticleDrafts draft = article().title("Article " + i).section(i % 2 == 0 ? "Maroc" : "Monde")
            .topics(isRare ? new String[] {"Commun", "Rare"} : new String[] {"Commun"}).publishedAt(at.toString());
        long id = wiring.articleService().save(draft.build()).articleId();
        all.add(id);
        if (isRare) {
          rare.add(id);
        }
      }
      wiring.articleService().save(article().title("Brouillon").topics("Commun", "Rare")
          .status(ArticleStatus.DRAFT).build());
      Collections.reverse(all);
      Collections.reverse(rare);
      ArticleStore store = wiring.articleStore();
      long common = topicId(wiring, "commun");
      long rareId = topicId(wiring, "rare");

      assertThat(ids(store.withTopic(common, 1, 20))).isEqualTo(all.subList(0, 20));
      assertThat(ids(store.withTopic(common, 3, 20))).isEqualTo(all.subList(40, 45));
      assertThat(store.withTopic(common, 1, 20).total()).isEqualTo(45);
      assertThat(ids(store.withTopic(rareId, 1, 20))).isEqualTo(rare);
      assertThat(store.withTopic(rareId, 1, 20).total()).isEqualTo(3);
      assertThat(ids(store.latest(2, 20))).isEqualTo(all.subList(20, 40));
      assertThat(store.latest(1, 20).total()).isEqualTo(45);
      long maroc = wiring.taxonomyStore().sections().stream().filter(s -> s.name().equals("Maroc")).findFirst()
          .orElseThrow().id();
      assertThat(ids(store.inSection(maroc, 1, 5))).isEqualTo(store.newestInSection(maroc, 5).stream()
          .map(Teaser::id).toList()).hasSize(5);
    }
  }

  private static long topicId(Wiring wiring, String slug) {
    return wiring.database().jdbi().withHandle(h -> h.createQuery("select id from topic where slug = :slug")
        .bind("slug", slug).mapTo(Long.class).one());
  }

  private static List<Long> ids(Page<Teaser> page) {
    return page.items().stream().map(Teaser::id).toList();
  }
}
