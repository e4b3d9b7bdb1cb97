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
 * One article with its section and lead image in one query, then its authors and topics through
 * their link tables (one round trip on PostgreSQL): what the newsroom reads, and the reader's pages
 * other than the article's. The article page used to take four (the article, its authors, its
 * topics, the lead image through a join to the article that decoded its row again). On H2 each
 * statement costs H2's per-statement objects, and all are read with plain JDBC on the page's
 * connection rather than through JDBI's statements. All five parts in one union was tried: H2
 * spent three times the CPU of these two (69 against 24 µs a page in a loop over the
 * 20,000-article site), for 2 KB less allocated.
 *
 * <p>The reader's article page ({@link #readPage}) reads one row: the article, its section and lead
 * image, the ids of its authors and topics kept on its row (migration V740), whose names are held
 * in memory ({@link AuthorsAndTopicsCache}), and what a {@link ReadWithArticle} joins to it (the
 * related lists' first items). On PostgreSQL its three statements (this class's two and the lists')
 * cost the database about twice what that one does (docs/benchmarks.md, session 18).
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
   * ARTICLE's columns, then the ids of its authors and topics (32 and 33), then a {@link
   * ReadWithArticle}'s columns (first %s) and joins (second %s).
   */
  private static final String PAGE_ARTICLE = """
      select %s, m.id as media_id, m.width, m.height, m.alt_text, m.credit, m.crop_version,
        a.author_ids, a.topic_ids, %%s
      from article a left join section s on s.id = a.section_id left join media m on m.id = a.lead_media_id
      %%s
      where a.id = ?
      """.formatted(ArticleStore.ARTICLE_COLUMNS);
  private static final int IDS = LEAD + 6;

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

  /**
   * The same rows in two plain selects, for H2: there the derived table above costs about as much
   * again as the two selects together (a temporary result, its own index; in process, the 2,000
   * articles of the benchmark's rotation read page by page: about 70 against 30 to 40 µs of CPU a page; a
   * bare union is parsed again on every page). PostgreSQL keeps the union, one statement of its one
   * round trip.
   */
  private static final String AUTHORS_ALONE = """
      select 1 as part, aa.position, au.id, au.slug, au.byline, au.full_name, au.bio
      from article_author aa join author au on au.id = aa.author_id where aa.article_id = ?
      order by aa.position
      """;
  private static final String TOPICS_ALONE = """
      select 2 as part, tp.position, t.id, t.slug, t.name, null, t.description
      from article_topic tp join topic t on t.id = tp.topic_id where tp.article_id = ?
      order by tp.position
      """;

  /** Both of the article's statements for PostgreSQL, sent in one round trip: parameters 1 to 3. */
  private static final String ARTICLE_PEOPLE_AND_TOPICS = ARTICLE + ";\n" + PEOPLE_AND_TOPICS;

  private WholeArticleRead() {}

  /**
   * The article with its authors and topics from their link tables. On PostgreSQL ({@code
   * oneRoundTrip}) both statements go in one prepared statement: pgJDBC parses, binds and executes
   * each, with one Sync at the end, and reads back both result sets in that round trip; it still
   * prepares each statement server-side once reused (prepareThreshold), as it did the separate ones
   * (checked with pg_stat_statements: no planning a page). On H2 the statements run one after the
   * other: H2 is in-process, with no round trip to save.
   */
  static Optional<ArticleWithLead> read(Handle handle, long id, boolean oneRoundTrip) {
    // Plain JDBC on the page's connection: JDBI's statement (its context, a copy of its configuration,
    // argument binders, a result iterator) cost more than the query's own objects on H2 (issue 15);
    // WholeArticleReadTest holds these reads to what the JDBI batch read gives.
    Connection connection = handle.getConnection();
    try {
      return oneRoundTrip ? inOneRoundTrip(connection, id) : oneAfterAnother(connection, id);
    } catch (SQLException e) {
      throw new IllegalStateException("reading article " + id, e);
    }
  }

  /** The statement of {@link #readPage} with {@code with}'s columns and joins: made once per read. */
  static String pageStatement(String columns, String join) {
    return PAGE_ARTICLE.formatted(columns, join);
  }

  /**
   * The reader's article page in one statement: the article, its section and lead image, its authors
   * and topics named from {@code names} (their ids on its row) and what {@code with} joins to it.
   */
  static <T> Optional<ArticleReadWith<T>> readPage(Handle handle, long id, ReadWithArticle<T> with,
      AuthorsAndTopicsCache names) {
    Connection connection = handle.getConnection();
    try {
      ArticleWithLead bare;
      List<Long> authorIds;
      List<Long> topicIds;
      T read;
      try (PreparedStatement statement = connection.prepareStatement(with.pageSql)) {
        statement.setLong(1, id);
        try (ResultSet rs = statement.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          bare = bare(rs);
          authorIds = IdList.parse(rs.getString(IDS));
          topicIds = IdList.parse(rs.getString(IDS + 1));
          read = with.map(rs, IDS + 2);
        }
      }
      AuthorsAndTopicsCache.Named named = names.named(connection, authorIds, topicIds);
      return Optional.of(new ArticleReadWith<>(withPeopleAndTopics(bare, named.authors(), named.topics()), read));
    } catch (SQLException e) {
      throw new IllegalStateException("reading article " + id, e);
    }
  }

  private static Optional<ArticleWithLead> oneAfterAnother(Connection connection, long id) throws SQLException {
    ArticleWithLead bare;
    try (PreparedStatement statement = connection.prepareStatement(ARTICLE)) {
      statement.setLong(1, id);
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        bare = bare(rs);
      }
    }
    List<Author> authors = new ArrayList<>(2);
    List<Topic> topics = new ArrayList<>(6);
    for (String sql : new String[] {AUTHORS_ALONE, TOPICS_ALONE}) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setLong(1, id);
        try (ResultSet rs = statement.executeQuery()) {
          readPeopleAndTopics(rs, authors, topics);
        }
      }
    }
    return Optional.of(withPeopleAndTopics(bare, authors, topics));
  }

  private static Optional<ArticleWithLead> inOneRoundTrip(Connection connection, long id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ARTICLE_PEOPLE_AND_TOPICS)) {
      for (int i = 1; i <= 3; i++) {
        statement.setLong(i, id);
      }
      statement.execute();
      ArticleWithLead bare;
      try (ResultSet rs = statement.getResultSet()) {
        if (!rs.next()) {
          // The other results came back in the same round trip; closing the statement drops them.
          return Optional.empty();
        }
        bare = bare(rs);
      }
      statement.getMoreResults();
      List<Author> authors = new ArrayList<>(2);
      List<Topic> topics = new ArrayList<>(6);
      try (ResultSet rs = statement.getResultSet()) {
        readPeopleAndTopics(rs, authors, topics);
      }
      return Optional.of(withPeopleAndTopics(bare, authors, topics));
    }
  }

  /** The article and its lead image from ARTICLE's row, without its authors and topics yet. */
  private static ArticleWithLead bare(ResultSet rs) throws SQLException {
    return new ArticleWithLead(ArticleStore.mapArticle(rs), lead(rs));
  }

  private static ArticleWithLead withPeopleAndTopics(ArticleWithLead bare, List<Author> authors, List<Topic> topics) {
    return new ArticleWithLead(ArticleStore.withLists(bare.article(), authors, topics), bare.lead());
  }

  /** Adds the authors and topics of rows laid out as PEOPLE_AND_TOPICS's (AUTHORS_ALONE's, TOPICS_ALONE's). */
  private static void readPeopleAndTopics(ResultSet rs, List<Author> authors, List<Topic> topics) throws SQLException {
    while (rs.next()) {
      if (rs.getInt(1) == AUTHORS) {
        authors.add(new Author(rs.getLong(3), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getString(4)));
      } else {
        topics.add(new Topic(rs.getLong(3), rs.getString(5), rs.getString(4), rs.getString(7)));
      }
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
