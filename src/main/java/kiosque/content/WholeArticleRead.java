package kiosque.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * One article with its section, lead image, authors and topics in one query: the article's row
 * first, then a row per author and per topic in their order, each in the first columns of the
 * article's (a union, so the body is sent once). The article page used to take four queries for
 * it: on H2 each costs the JDBI statement and H2's per-statement objects, on PostgreSQL a round trip.
 */
final class WholeArticleRead {

  private static final int AUTHOR = 1;

  // The article's row: ArticleStore.ARTICLE_COLUMNS (columns 1 to 25), then the lead image (26 to
  // 31). Author and topic rows: id, slug, name (byline), full name, bio or description in the
  // columns of the article's id, slug, title, summary and body; the part and position come last.
  // The union sits in a derived table because H2 keeps a parsed statement for the next execution
  // only when it is a plain select (SelectUnion.isCacheable is false): a bare union was parsed
  // again on every page, 13 KB instead of 3 KB for a small one.
  private static final String SQL = """
      select * from (
        select %s, m.id as media_id, m.width, m.height, m.alt_text, m.credit, m.crop_version,
               0 as part, 0 as position
        from article a left join section s on s.id = a.section_id left join media m on m.id = a.lead_media_id
        where a.id = :id
        union all
        select au.id, null, au.slug, au.byline, au.full_name, au.bio, %s, 1, aa.position
        from article_author aa join author au on au.id = aa.author_id where aa.article_id = :id
        union all
        select t.id, null, t.slug, t.name, null, t.description, %s, 2, tp.position
        from article_topic tp join topic t on t.id = tp.topic_id where tp.article_id = :id
      ) whole order by part, position
      """.formatted(ArticleStore.ARTICLE_COLUMNS, rest(), rest());
  private static final int LEAD = ArticleStore.ARTICLE_COLUMN_COUNT + 1;
  private static final int LEAD_COLUMNS = 6;
  private static final int PART = LEAD + LEAD_COLUMNS;

  private WholeArticleRead() {}

  static Optional<ArticleWithLead> read(Handle handle, long id) {
    // No <attribute> in it: JDBI's default template engine would copy the text into a new string per statement.
    return handle.createQuery(SQL).setTemplateEngine(TemplateEngine.NOP).bind("id", id)
        .scanResultSet((rows, ctx) -> map(rows.get()));
  }

  private static Optional<ArticleWithLead> map(ResultSet rs) throws SQLException {
    if (!rs.next()) {
      return Optional.empty();
    }
    Article bare = ArticleStore.mapArticle(rs);
    Optional<LeadMedia> lead = lead(rs);
    List<Author> authors = new ArrayList<>(2);
    List<Topic> topics = new ArrayList<>(6);
    while (rs.next()) {
      if (rs.getInt(PART) == AUTHOR) {
        authors.add(new Author(rs.getLong(1), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(3)));
      } else {
        topics.add(new Topic(rs.getLong(1), rs.getString(4), rs.getString(3), rs.getString(6)));
      }
    }
    return Optional.of(new ArticleWithLead(ArticleStore.withLists(bare, authors, topics), lead));
  }

  private static Optional<LeadMedia> lead(ResultSet rs) throws SQLException {
    long mediaId = rs.getLong(LEAD);
    if (rs.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(new LeadMedia(mediaId, rs.getInt(LEAD + 1), rs.getInt(LEAD + 2), rs.getString(LEAD + 3),
        rs.getString(LEAD + 4), rs.getInt(LEAD + 5)));
  }

  /** Nulls for an author's or topic's row past its six columns: the article's other columns and the image's. */
  private static String rest() {
    return String.join(", ", java.util.Collections.nCopies(ArticleStore.ARTICLE_COLUMN_COUNT - 6 + 6, "null"));
  }
}
