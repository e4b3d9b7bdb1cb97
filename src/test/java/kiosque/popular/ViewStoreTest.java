package kiosque.popular;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Hour buckets on H2 and PostgreSQL: nodes' flushes add up, only published articles count. */
@BothDatabases
class ViewStoreTest {

  private static final Instant TEN = Instant.parse("2025-06-01T10:00:00Z");

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void twoNodesFlushingTheSameHourAddUp() {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), new MutableClock("2025-06-01T10:30:00Z"))) {
      long id = wiring.articleService().save(article().build()).articleId();
      ViewStore nodeA = new ViewStore(wiring.database().jdbi(), wiring.database().isPostgres());
      ViewStore nodeB = new ViewStore(wiring.database().jdbi(), wiring.database().isPostgres());

      nodeA.add(List.of(new ViewCounts.Bucket(id, TEN, 3)));
      nodeB.add(List.of(new ViewCounts.Bucket(id, TEN, 4)));
      nodeA.add(List.of(new ViewCounts.Bucket(id, TEN, 1), new ViewCounts.Bucket(id, TEN.plusSeconds(3600), 5)));

      assertThat(nodeB.viewsSince(id, TEN)).isEqualTo(13);
      assertThat(nodeB.viewsSince(id, TEN.plusSeconds(3600))).isEqualTo(5);
    }
  }

  @Test
  void forgedAndUnpublishedIdsWriteNothing() {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), new MutableClock("2025-06-01T10:30:00Z"))) {
      long draft = wiring.articleService().save(article().status(ArticleStatus.DRAFT).build()).articleId();
      long published = wiring.articleService().save(article().build()).articleId();
      ViewStore store = new ViewStore(wiring.database().jdbi(), wiring.database().isPostgres());

      store.add(List.of(new ViewCounts.Bucket(draft, TEN, 3), new ViewCounts.Bucket(987_654_321L, TEN, 3),
          new ViewCounts.Bucket(published, TEN, 2)));

      assertThat(store.viewsSince(draft, TEN)).isZero();
      assertThat(store.viewsSince(987_654_321L, TEN)).isZero();
      assertThat(store.viewsSince(published, TEN)).isEqualTo(2);
    }
  }

  @Test
  void rankingsCountTheWindowOnlyAndKeepEachSectionsFirst() {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), new MutableClock("2025-06-01T10:30:00Z"))) {
      long a = wiring.articleService().save(article().title("A").section("Maroc").build()).articleId();
      long b = wiring.articleService().save(article().title("B").section("Maroc").build()).articleId();
      long c = wiring.articleService().save(article().title("C").section("Monde").build()).articleId();
      ViewStore store = new ViewStore(wiring.database().jdbi(), wiring.database().isPostgres());
      store.add(List.of(new ViewCounts.Bucket(a, TEN, 5), new ViewCounts.Bucket(b, TEN, 2),
          new ViewCounts.Bucket(c, TEN, 3), new ViewCounts.Bucket(b, TEN.minusSeconds(3 * 86_400), 100)));

      assertThat(store.ranked(TEN.minusSeconds(86_400), 5)).extracting(r -> r.teaser().title(), ViewStore.Ranked::views)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 5L), org.assertj.core.groups.Tuple.tuple("C", 3L),
              org.assertj.core.groups.Tuple.tuple("B", 2L));
      assertThat(store.ranked(TEN.minusSeconds(7 * 86_400), 1)).as("each section's first only")
          .extracting(r -> r.teaser().title()).containsExactly("B", "C");
    }
  }
}
