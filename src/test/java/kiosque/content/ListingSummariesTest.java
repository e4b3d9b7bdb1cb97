package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
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
 * The published count and newest update per section, topic, author and month, kept by the writes,
 * always equal what aggregating the archive gives: after publishing, editing, unpublishing, re-tagging, moving an
 * article to another section or month, a scheduled publication and a topic merge.
 */
@BothDatabases
class ListingSummariesTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void summariesFollowEveryKindOfChange() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      ArticleService service = wiring.articleService();
      service.save(article().id("a").section("Maroc").topics("Eau", "Sécheresse").bylines("Ali")
          .publishedAt("2025-01-10T10:00:00Z").build());
      service.save(article().id("b").section("Maroc").topics("Eau").bylines("Sara")
          .publishedAt("2025-02-10T10:00:00Z").build());
      service.save(article().id("c").section("Monde").topics("Sécheresse").bylines("Ali", "Sara")
          .publishedAt("2025-02-20T10:00:00Z").build());
      service.save(article().id("draft").section("Monde").topics("Brouillon").bylines("Nadia")
          .status(ArticleStatus.DRAFT).build());
      assertMatchesArchive(wiring);
      assertThat(newest(wiring, "topic", "eau")).isEqualTo("2025-02-10T10:00:00Z");
      assertThat(newest(wiring, "topic", "brouillon")).isNull();

      // Edited: updated now (the test clock), which raises its section, topics, author and month.
      service.save(article().id("a").title("Corrigé").section("Maroc").topics("Eau", "Sécheresse").bylines("Ali")
          .publishedAt("2025-01-10T10:00:00Z").build());
      assertMatchesArchive(wiring);
      assertThat(newest(wiring, "topic", "eau")).isEqualTo(TestDatabases.NOW.toString());

      // Unpublished while it held every maximum: each one goes back to the next article.
      service.save(article().id("a").title("Corrigé").section("Maroc").topics("Eau", "Sécheresse").bylines("Ali")
          .status(ArticleStatus.DRAFT).publishedAt("2025-01-10T10:00:00Z").build());
      assertMatchesArchive(wiring);
      assertThat(newest(wiring, "topic", "eau")).isEqualTo("2025-02-10T10:00:00Z");

      // Re-tagged, moved to another section, another author and another month.
      service.save(article().id("b").section("Monde").topics("Climat").bylines("Nadia")
          .publishedAt("2024-12-01T10:00:00Z").build());
      assertMatchesArchive(wiring);
      assertThat(newest(wiring, "topic", "eau")).isNull();

      // Published by the scheduler.
      service.save(article().id("s").section("Maroc").topics("Eau").bylines("Ali").status(ArticleStatus.SCHEDULED)
          .publishedAt(TestDatabases.NOW.minusSeconds(10)).build());
      assertMatchesArchive(wiring);
      long scheduled = wiring.articleStore().dueScheduled(TestDatabases.NOW).getFirst();
      assertThat(service.publishDue(scheduled, TestDatabases.NOW)).isTrue();
      assertMatchesArchive(wiring);
      assertThat(newest(wiring, "topic", "eau")).isNotNull();

      // Merged: the kept topic has the articles of both.
      Actor admin = new Actor(wiring.accountService().create(Actor.operator("test"), "admin@example.ma", null,
          Role.ADMINISTRATOR, "un mot de passe de test".toCharArray()), "127.0.0.1");
      wiring.taxonomyAdmin().mergeTopics(admin, topicId(wiring, "eau"), topicId(wiring, "climat"));
      assertMatchesArchive(wiring);
      assertThat(newest(wiring, "topic", "climat")).isEqualTo(TestDatabases.NOW.toString());
      assertThat(newest(wiring, "topic", "eau")).isNull();
    }
  }

  @Test
  void monthsAreFilledOnStartWhenTheZoneHasNone() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      wiring.articleService().save(article().id("a").publishedAt("2025-01-31T23:30:00Z").build());
      wiring.database().jdbi().useHandle(h -> h.createUpdate("delete from listing_month").execute());
      new ListingSummaries(ZoneId.of("Africa/Casablanca")).ensureMonths(wiring.database().jdbi());
      // 23:30 UTC on 31 January is 00:30 on 1 February in Casablanca (UTC+1).
      assertThat(new ListingSummaries(ZoneId.of("Africa/Casablanca")).months(wiring.database().jdbi()))
          .containsExactly(Map.entry(YearMonth.of(2025, 2), Instant.parse("2025-01-31T23:30:00Z")));
    }
  }

  /** What the sitemaps computed at each request before: the archive aggregated. */
  private static void assertMatchesArchive(Wiring wiring) {
    Jdbi jdbi = wiring.database().jdbi();
    assertThat(kept(jdbi, "section")).isEqualTo(aggregated(jdbi,
        "select s.slug, count(*), max(a.updated_at) from section s join article a on a.section_id = s.id"
            + " where a.status = 'published' group by s.slug"));
    assertThat(kept(jdbi, "topic")).isEqualTo(aggregated(jdbi,
        "select t.slug, count(*), max(a.updated_at) from topic t join article_topic l on l.topic_id = t.id"
            + " join article a on a.id = l.article_id where a.status = 'published' group by t.slug"));
    assertThat(kept(jdbi, "author")).isEqualTo(aggregated(jdbi,
        "select au.slug, count(*), max(a.updated_at) from author au join article_author l on l.author_id = au.id"
            + " join article a on a.id = l.article_id where a.status = 'published' group by au.slug"));
    ZoneId zone = wiring.settings().timeZone();
    Map<String, Instant> months = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    jdbi.useHandle(h -> h.createQuery("select published_at, updated_at from article where status = 'published'")
        .map((rs, ctx) -> new Instant[] {
            rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getObject(2, OffsetDateTime.class).toInstant()})
        .forEach(d -> {
          String month = YearMonth.from(d[0].atZone(zone)).toString();
          months.merge(month, d[1], (x, y) -> x.isAfter(y) ? x : y);
          counts.merge(month, 1L, Long::sum);
        }));
    Map<String, Instant> keptMonths = new TreeMap<>();
    new ListingSummaries(zone).months(jdbi).forEach(e -> keptMonths.put(e.getKey().toString(), e.getValue()));
    assertThat(keptMonths).isEqualTo(months);
    Map<String, Long> keptCounts = new TreeMap<>();
    jdbi.useHandle(h -> h.createQuery("select published_month, published_count from listing_month")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> keptCounts.put(e.getKey(), e.getValue())));
    assertThat(keptCounts).isEqualTo(counts);
  }

  private static Map<String, String> kept(Jdbi jdbi, String table) {
    int mismatched = jdbi.withHandle(h -> h.createQuery("select count(*) from " + table
        + " where (published_count = 0) <> (newest_update is null)").mapTo(Integer.class).one());
    assertThat(mismatched).as("rows with a count but no date, or the other way round").isZero();
    return aggregated(jdbi, "select slug, published_count, newest_update from " + table + " where published_count > 0");
  }

  /** slug: "count articles, newest update". */
  private static Map<String, String> aggregated(Jdbi jdbi, String sql) {
    Map<String, String> result = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery(sql)
        .map((rs, ctx) -> Map.entry(rs.getString(1),
            rs.getLong(2) + " articles, " + rs.getObject(3, OffsetDateTime.class).toInstant()))
        .forEach(e -> result.put(e.getKey(), e.getValue())));
    return result;
  }

  private static String newest(Wiring wiring, String table, String slug) {
    return wiring.database().jdbi().withHandle(h -> h.createQuery(
            "select newest_update from " + table + " where slug = :slug")
        .bind("slug", slug).mapTo(OffsetDateTime.class).list().stream().filter(java.util.Objects::nonNull).findFirst()
        .map(t -> t.toInstant().toString()).orElse(null));
  }

  private static long topicId(Wiring wiring, String slug) {
    return wiring.database().jdbi().withHandle(h -> h.createQuery("select id from topic where slug = :slug")
        .bind("slug", slug).mapTo(Long.class).one());
  }
}
