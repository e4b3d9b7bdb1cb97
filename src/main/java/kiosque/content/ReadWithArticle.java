package kiosque.content;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a reader page reads of a table beside its article, joined to the article's own row
 * ({@link ArticleStore#findWithLead(long, ReadWithArticle)}): the article page's related lists, from
 * their state row. One statement reads the page (issue 15): on PostgreSQL each statement's executor
 * and each index lookup of a join cost about as much as the page's other work on the database.
 * Build one per kind of read and keep it: the statement's text is made here, once.
 *
 * @param <T> what the columns give
 */
public abstract class ReadWithArticle<T> {

  /** The article page's one statement with these columns and joins. */
  final String pageSql;

  /**
   * @param columns the select list's expressions, comma-separated, on the tables of {@code join} (the
   *     article is {@code a})
   * @param join one left join (or several) to the article {@code a}, so that the article is read when
   *     the joined row is missing
   */
  protected ReadWithArticle(String columns, String join) {
    if (columns.indexOf(';') >= 0 || join.indexOf(';') >= 0 || columns.indexOf('?') >= 0 || join.indexOf('?') >= 0
        || !join.strip().startsWith("left join")) {
      throw new IllegalArgumentException("columns and left joins to the article, without parameters: " + columns
          + " / " + join);
    }
    this.pageSql = WholeArticleRead.pageStatement(columns, join);
  }

  /** What the columns give, read from the article's row at column {@code first} on (1-based). */
  protected abstract T map(ResultSet row, int first) throws SQLException;
}
