package kiosque.popular;

import java.time.Instant;
import java.util.List;
import kiosque.content.ArticleStore;
import kiosque.content.Teaser;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL only: hour buckets of views, added to by every node, and the rankings read from them. */
final class ViewStore {

  /** An article in a ranking, with its section (null when it has none) and its views in the window. */
  record Ranked(Teaser teaser, Long sectionId, long views) {}

  // Only published articles count: a forged or unpublished id selects no row, so nothing is written.
  // The update adds, so two nodes flushing the same hour sum up. PostgreSQL's ON CONFLICT is safe
  // under concurrent flushes; H2 has no ON CONFLICT DO UPDATE, and serves one node anyway.
  private static final String ADD_POSTGRES = """
      insert into article_views (article_id, hour_start, views)
      select id, :hour, :views from article where id = :id and status = 'published'
      on conflict (article_id, hour_start) do update set views = article_views.views + excluded.views""";
  private static final String ADD_H2 = """
      merge into article_views v
      using (select id, cast(:hour as timestamp with time zone) as hour_start, cast(:views as bigint) as views
             from article where id = :id and status = 'published') s
      on v.article_id = s.id and v.hour_start = s.hour_start
      when matched then update set views = v.views + s.views
      when not matched then insert (article_id, hour_start, views) values (s.id, s.hour_start, s.views)""";

  // Each section's first perSection articles by views since the start of the window; the site's
  // first are among them (an article among the site's first n has fewer than n above it in its section).
  private static final String RANKED = """
      select * from (
        select a.id, a.slug, a.title, a.summary, a.published_at, s.name as section_name, a.section_id, t.views,
               row_number() over (partition by a.section_id order by t.views desc, a.id desc) as place
        from (select article_id, sum(views) as views from article_views where hour_start >= :since group by article_id) t
        join article a on a.id = t.article_id
        left join section s on s.id = a.section_id
        where a.status = 'published'
      ) r
      where r.place <= :perSection
      order by r.views desc, r.id desc""";

  private final Jdbi jdbi;
  private final boolean postgres;

  ViewStore(Jdbi jdbi, boolean postgres) {
    this.jdbi = jdbi;
    this.postgres = postgres;
  }

  /** Adds these views in one transaction; ids that are not published articles are left out. */
  void add(List<ViewCounts.Bucket> buckets) {
    if (buckets.isEmpty()) {
      return;
    }
    jdbi.useTransaction(h -> {
      PreparedBatch batch = h.prepareBatch(postgres ? ADD_POSTGRES : ADD_H2);
      for (ViewCounts.Bucket bucket : buckets) {
        batch.bind("id", bucket.articleId()).bind("hour", bucket.hour()).bind("views", bucket.views()).add();
      }
      batch.execute();
    });
  }

  List<Ranked> ranked(Instant since, int perSection) {
    return jdbi.withHandle(h -> h.createQuery(RANKED).bind("since", since).bind("perSection", perSection)
        .map((rs, ctx) -> new Ranked(ArticleStore.TEASER.map(rs, ctx), rs.getObject("section_id", Long.class),
            rs.getLong("views")))
        .list());
  }

  /** The views of one article since a time, for tests and the newsroom. */
  long viewsSince(long articleId, Instant since) {
    return jdbi.withHandle(h -> h.createQuery(
            "select coalesce(sum(views), 0) from article_views where article_id = :id and hour_start >= :since")
        .bind("id", articleId).bind("since", since).mapTo(Long.class).one());
  }
}
