package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kiosque.Wiring;
import kiosque.changes.Change;
import kiosque.changes.ChangeFollower;
import kiosque.changes.ChangeKind;
import kiosque.testsupport.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authors and topics the article page names, held in memory: held once read, forgotten at any
 * change of an article (a rename logs one for each article naming it), and nothing held before the
 * change feed is followed.
 */
class AuthorsAndTopicsCacheTest {

  @TempDir
  Path dir;

  @Test
  void heldUntilAnArticleChangesAndReadInOrder() throws Exception {
    try (Wiring wiring = TestDatabases.wiring(dir)) {
      long id = wiring.articleService().save(article().id("a").bylines("I.L", "Karim B.")
          .topics("Ports", "Tanger").build()).articleId();
      Jdbi jdbi = wiring.database().jdbi();
      List<Long> authors = ids(jdbi, "select author_id from article_author where article_id = " + id + " order by position");
      List<Long> topics = ids(jdbi, "select topic_id from article_topic where article_id = " + id + " order by position");
      AuthorsAndTopicsCache cache = new AuthorsAndTopicsCache();
      ChangeFollower follower = cache.follower(0);

      assertThat(named(jdbi, cache, authors, topics)).isEqualTo("I.L, Karim B. / Ports, Tanger");
      assertThat(cache.size()).isEqualTo(4);
      assertThat(named(jdbi, cache, authors.reversed(), List.of(topics.get(1)))).isEqualTo("Karim B., I.L / Tanger");

      jdbi.useHandle(h -> h.execute("update topic set name = 'Ports du Maroc' where id = ?", topics.get(0)));
      assertThat(named(jdbi, cache, authors, topics)).as("held").isEqualTo("I.L, Karim B. / Ports, Tanger");
      follower.apply(List.of(new Change(1, id, ChangeKind.RELATED, Instant.now())));
      assertThat(named(jdbi, cache, authors, topics)).as("lists rewritten only").endsWith("/ Ports, Tanger");
      follower.apply(List.of(new Change(2, id, ChangeKind.UPDATED, Instant.now())));
      assertThat(cache.size()).isZero();
      assertThat(named(jdbi, cache, authors, topics)).isEqualTo("I.L, Karim B. / Ports du Maroc, Tanger");

      // An id no longer in the database (a topic merged away after the row was read) is left out.
      assertThat(named(jdbi, cache, authors, List.of(topics.get(1), 999_999L))).endsWith("/ Tanger");
    }
  }

  @Test
  void holdsNothingUntilFollowed() throws Exception {
    try (Wiring wiring = TestDatabases.wiring(dir)) {
      long id = wiring.articleService().save(article().id("a").bylines("I.L").topics("Ports").build()).articleId();
      Jdbi jdbi = wiring.database().jdbi();
      AuthorsAndTopicsCache cache = new AuthorsAndTopicsCache();
      List<Long> topics = ids(jdbi, "select topic_id from article_topic where article_id = " + id);
      assertThat(named(jdbi, cache, List.of(), topics)).isEqualTo(" / Ports");
      assertThat(cache.size()).isZero();
    }
  }

  private static String named(Jdbi jdbi, AuthorsAndTopicsCache cache, List<Long> authors, List<Long> topics)
      throws java.sql.SQLException {
    return jdbi.withHandle(h -> {
      AuthorsAndTopicsCache.Named named = cache.named(h.getConnection(), authors, topics);
      return String.join(", ", named.authors().stream().map(Author::byline).toList()) + " / "
          + String.join(", ", named.topics().stream().map(Topic::name).toList());
    });
  }

  private static List<Long> ids(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).list());
  }
}
