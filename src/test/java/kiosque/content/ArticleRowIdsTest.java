package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import kiosque.Wiring;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * An article's row keeps the ids of its authors and topics in order (migration V740): the reader's
 * article page reads them there, not from the link tables. They must say what the link tables say
 * after every write of either: a save, an edit that reorders or drops them, a topic merge.
 */
@BothDatabases
class ArticleRowIdsTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void theRowsIdsAreTheLinkTablesAfterEveryWrite() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      ArticleService service = wiring.articleService();
      Jdbi jdbi = wiring.database().jdbi();
      long first = service.save(article().id("a").bylines("I.L", "Karim B.").topics("Ports", "Tanger", "Eau").build())
          .articleId();
      long none = service.save(article().id("b").bylines().topics().build()).articleId();
      service.save(article().id("c").bylines("Karim B.").topics("Eau", "Climat").build());
      assertKeptAsLinked(jdbi);
      assertThat(kept(jdbi, none, "author_ids")).isNull();

      // Reordered and cut by an edit (an import of the same id goes the same way).
      service.save(article().id("a").bylines("Karim B.", "I.L").topics("Tanger", "Ports").build());
      assertKeptAsLinked(jdbi);
      service.save(article().id("a").bylines("I.L").topics().build());
      assertKeptAsLinked(jdbi);
      assertThat(kept(jdbi, first, "topic_ids")).isNull();
      service.save(article().id("a").bylines("I.L").topics("Eau", "Ports", "Climat").build());

      // A merge moves the links of one topic to another without saving the articles.
      Actor admin = new Actor(wiring.accountService().create(Actor.operator("test"), "admin@example.ma", null,
          Role.ADMINISTRATOR, "un mot de passe de test".toCharArray()), "127.0.0.1");
      wiring.taxonomyAdmin().mergeTopics(admin, topicId(jdbi, "eau"), topicId(jdbi, "climat"));
      assertKeptAsLinked(jdbi);
      assertThat(wiring.articleStore().findWithLead(first).orElseThrow().article().topics()).extracting(Topic::slug)
          .containsExactly("ports", "climat");
    }
  }

  /** A merge rewrites its articles' ids a thousand at a time: more than one slice. */
  @Test
  void aMergeRewritesTheIdsOfMoreArticlesThanOneSlice() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      ArticleService service = wiring.articleService();
      Jdbi jdbi = wiring.database().jdbi();
      for (int i = 0; i < 1_005; i++) {
        service.save(article().id("m" + i).bylines("I.L").topics(i % 2 == 0 ? "Eau" : "Pluie", "Climat").build());
      }
      Actor admin = new Actor(wiring.accountService().create(Actor.operator("test"), "admin@example.ma", null,
          Role.ADMINISTRATOR, "un mot de passe de test".toCharArray()), "127.0.0.1");
      wiring.taxonomyAdmin().mergeTopics(admin, topicId(jdbi, "climat"), topicId(jdbi, "eau"));
      assertKeptAsLinked(jdbi);
    }
  }

  /** What the link tables give each article, as the row keeps it (IdList's form), against the row. */
  private static void assertKeptAsLinked(Jdbi jdbi) {
    for (String[] kind : new String[][] {{"author_ids", "article_author", "author_id"},
        {"topic_ids", "article_topic", "topic_id"}}) {
      Map<Long, String> linked = new TreeMap<>();
      jdbi.useHandle(h -> h.createQuery("select id from article").mapTo(Long.class).forEach(id ->
          linked.put(id, IdList.of(h.createQuery("select " + kind[2] + " from " + kind[1]
              + " where article_id = :id order by position").bind("id", id).mapTo(Long.class).list()))));
      Map<Long, String> kept = new TreeMap<>();
      jdbi.useHandle(h -> h.createQuery("select id, " + kind[0] + " from article").map((rs, ctx) -> {
        kept.put(rs.getLong(1), rs.getString(2));
        return null;
      }).list());
      assertThat(kept).as(kind[0]).isEqualTo(linked);
    }
  }

  private static String kept(Jdbi jdbi, long id, String column) {
    return jdbi.withHandle(h -> h.createQuery("select " + column + " from article where id = :id").bind("id", id)
        .mapTo(String.class).one());
  }

  private static long topicId(Jdbi jdbi, String slug) {
    return jdbi.withHandle(h -> h.createQuery("select id from topic where slug = :slug").bind("slug", slug)
        .mapTo(Long.class).one());
  }
}
