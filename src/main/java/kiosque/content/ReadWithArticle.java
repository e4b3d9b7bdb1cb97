package kiosque.content;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A read that needs nothing but an article's id, sent with the article page's own reads
 * ({@link ArticleStore#findWithLead(long, ReadWithArticle)}): on PostgreSQL in the same round trip
 * as the article's two queries (pgJDBC sends the statements of one prepared statement with a
 * single Sync), on H2 (in-process, no round trip) right after them on the same connection. The
 * related lists are read so (issue 15): each round trip cost the page about as much CPU as a query.
 * Build one per kind of read and keep it: the combined statement's text is made here, once.
 *
 * @param <T> what the rows give
 */
public abstract class ReadWithArticle<T> {

  final String sql;
  /** The article's statements, then this one: what PostgreSQL is sent. */
  final String afterArticleSql;

  /**
   * @param sql one select whose one parameter, written {@code ?}, is the article's id (no semicolon:
   *     it is appended to the article's statements)
   */
  protected ReadWithArticle(String sql) {
    if (sql.indexOf(';') >= 0 || sql.chars().filter(c -> c == '?').count() != 1) {
      throw new IllegalArgumentException("one select with one parameter, the article's id: " + sql);
    }
    this.sql = sql;
    this.afterArticleSql = WholeArticleRead.followedBy(sql);
  }

  /** What the rows give: called once, before the first row is read, even when there is none. */
  protected abstract T map(ResultSet rows) throws SQLException;
}
