package kiosque.related;

import java.util.List;
import kiosque.content.ArticleStore;
import kiosque.content.Teaser;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The baseline's SQL: candidates by shared topics, by section, by date. Published articles only.
 * Candidates by topic are joined to the narrow teaser rows (V665): dozens of them are read and
 * few kept, and an article row would decode its body.
 */
public final class RelatedStore {

  private static final RowMapper<Teaser> TEASER = ArticleStore.TEASER;

  private final Jdbi jdbi;

  public RelatedStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Articles sharing topics with this one, a shared topic weighing 1/ln(1 + its article count). */
  List<Teaser> sharingTopicsByRarity(long articleId, long sectionId, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select a.id, a.slug, a.title, a.summary, a.published_at, s.name as section_name,
                   sum(1.0 / ln(1 + tc.n)) as score
            from article_topic mine
            join (select topic_id, count(*) as n from article_topic
                  where topic_id in (select topic_id from article_topic where article_id = :id)
                  group by topic_id) tc on tc.topic_id = mine.topic_id
            join article_topic other on other.topic_id = mine.topic_id and other.article_id <> mine.article_id
            join article_teaser a on a.id = other.article_id and a.status = 'published'
            left join section s on s.id = a.section_id
            where mine.article_id = :id
            group by a.id, a.slug, a.title, a.summary, a.published_at, s.name, a.section_id
            order by score desc, case when a.section_id = :sectionId then 0 else 1 end, a.published_at desc
            limit :limit
            """)
        .bind("id", articleId).bind("sectionId", sectionId).bind("limit", limit)
        .map(TEASER).list());
  }

  /** The freshest articles sharing at least one topic with this one. */
  List<Teaser> latestSharingTopic(long articleId, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select a.id, a.slug, a.title, a.summary, a.published_at, s.name as section_name
            from article a left join section s on s.id = a.section_id
            where a.status = 'published' and a.id <> :id and a.id in (
              select other.article_id from article_topic mine
              join article_topic other on other.topic_id = mine.topic_id
              where mine.article_id = :id)
            order by a.published_at desc, a.id desc
            limit :limit
            """)
        .bind("id", articleId).bind("limit", limit)
        .map(TEASER).list());
  }

  List<Teaser> latestInSection(long sectionId, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select a.id, a.slug, a.title, a.summary, a.published_at, s.name as section_name
            from article a left join section s on s.id = a.section_id
            where a.status = 'published' and a.section_id = :sectionId
            order by a.published_at desc, a.id desc limit :limit
            """)
        .bind("sectionId", sectionId).bind("limit", limit).map(TEASER).list());
  }

  List<Teaser> latest(int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select a.id, a.slug, a.title, a.summary, a.published_at, s.name as section_name
            from article a left join section s on s.id = a.section_id
            where a.status = 'published'
            order by a.published_at desc, a.id desc limit :limit
            """)
        .bind("limit", limit).map(TEASER).list());
  }
}
