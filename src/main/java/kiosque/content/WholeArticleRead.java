package kiosque.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One article with its section and lead image in one query, then its authors and topics in a
 * second: the article page used to take four (the article, its authors, its topics, the lead image
 * through a join to the article that decoded its row again). On PostgreSQL each is a round trip; on
 * H2 each costs H2's per-statement objects, and both are read with plain JDBC on the page's
 * connection rather than through JDBI's statements. All five parts in one union was
 * tried: H2 spent three times the CPU of these two (69 against 24 µs a page in a loop over the
 * 20,000-article site), for 2 KB less allocated.
 */
final class WholeArticleRead {

  /** ArticleStore.ARTICLE_COLUMNS (columns 1 to 25), then the lead image's (26 to 31). */
  private static final String ARTICLE = """
      select %s, m.id as media_id, m.width, m.height, m.alt_text, m.credit, m.crop_version
      from article a left join section s on s.id = a.section_id left join media m on m.id = a.lead_media_id
      where a.id = ?
      """.formatted(ArticleStore.ARTICLE_COLUMNS);
  private static final int LEAD = ArticleStore.ARTICLE_COLUMN_COUNT + 1;

  /**
   * Authors (part 1) then topics (part 2), in their order. The union sits in a derived table
   * because H2 keeps a parsed statement for the next execution only when it is a plain select
   * (SelectUnion.isCacheable is false): a bare union was parsed again on every page.
   */
  private static final String PEOPLE_AND_TOPICS = """
      select * from (
        select 1 as part, aa.position, au.id, au.slug, au.byline, au.full_name, au.bio
        from article_author aa join author au on au.id = aa.author_id where aa.article_id = ?
        union all
        select 2, tp.position, t.id, t.slug, t.name, null, t.description
        from article_topic tp join topic t on t.id = tp.topic_id where tp.article_id = ?
      ) listed order by part, position
      """;
  private static final int AUTHORS = 1;

  private WholeArticleRead() {}

  static Optional<ArticleWithLead> read(Handle handle, long id) {
    // Plain JDBC on the page's connection: JDBI's statement (its context, a copy of its configuration,
    // argument binders, a result iterator) cost more than the query's own objects on H2 (issue 15);
    // WholeArticleReadTest holds these reads to what the JDBI batch read gives.
    Connection connection = handle.getConnection();
    try {
      ArticleWithLead bare;
      try (PreparedStatement statement = connection.prepareStatement(ARTICLE)) {
        statement.setLong(1, id);
        try (ResultSet rs = statement.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          bare = new ArticleWithLead(ArticleStore.mapArticle(rs), lead(rs));
        }
      }
      List<Author> authors = new ArrayList<>(2);
      List<Topic> topics = new ArrayList<>(6);
      try (PreparedStatement statement = connection.prepareStatement(PEOPLE_AND_TOPICS)) {
        statement.setLong(1, id);
        statement.setLong(2, id);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            if (rs.getInt(1) == AUTHORS) {
              authors.add(new Author(rs.getLong(3), rs.getString(5), rs.getString(6), rs.getString(7),
                  rs.getString(4)));
            } else {
              topics.add(new Topic(rs.getLong(3), rs.getString(5), rs.getString(4), rs.getString(7)));
            }
          }
        }
      }
      return Optional.of(new ArticleWithLead(ArticleStore.withLists(bare.article(), authors, topics), bare.lead()));
    } catch (SQLException e) {
      throw new IllegalStateException("reading article " + id, e);
    }
  }

  private static Optional<LeadMedia> lead(ResultSet rs) throws SQLException {
    long mediaId = rs.getLong(LEAD);
    if (rs.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(new LeadMedia(mediaId, rs.getInt(LEAD + 1), rs.getInt(LEAD + 2), rs.getString(LEAD + 3),
        rs.getString(LEAD + 4), rs.getInt(LEAD + 5)));
  }
}
