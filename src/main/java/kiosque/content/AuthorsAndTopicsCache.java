package kiosque.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.changes.Change;
import kiosque.changes.ChangeFollower;

/**
 * The authors and topics the reader's article page names, by id, held in memory on a node (issue
 * 15). The page reads their ids from its article's row (migration V740) and their names here: a
 * site has a few hundred authors and some thousands of topics, each named on many pages, and
 * reading them through the link tables cost PostgreSQL an index lookup per author and per topic,
 * with its link row, on every page.
 *
 * <p>It forgets everything when this node's change feed reports a change of any article (before
 * the page cache purges its pages, as {@link TeaserCache} does): the newsroom renames an author or
 * a topic, or merges two topics, in a transaction that logs a change of every article naming it.
 * Which names changed is not in the log; a site logs a few hundred changes a day, and a page after
 * one reads what it names again, in one statement. A read that started before a change reached
 * the cache is not kept ({@link #generation}). Until its follower is registered (the reader site
 * does it) it holds nothing: a command that does not follow the log never reads a stale name.
 * Only the reader's page reads through it; the newsroom reads the link tables.
 */
public final class AuthorsAndTopicsCache {

  /** Of each kind: a site's whole taxonomy, or its most used part on a site with very many tags. */
  static final int CAPACITY = 50_000;

  /** The authors and the topics of one page, in the order of their ids. */
  record Named(List<Author> authors, List<Topic> topics) {}

  private final Map<Long, Author> authors = lru();
  private final Map<Long, Topic> topics = lru();
  private long generation;
  private boolean followed;

  /**
   * The authors and topics of these ids, in their order: those held, the others read in one
   * statement on {@code connection}. An id the database no longer holds (a topic merged away since
   * the article's row was read) is left out.
   */
  Named named(Connection connection, List<Long> authorIds, List<Long> topicIds) throws SQLException {
    Map<Long, Author> foundAuthors = new HashMap<>();
    Map<Long, Topic> foundTopics = new HashMap<>();
    List<Long> missingAuthors = new ArrayList<>(0);
    List<Long> missingTopics = new ArrayList<>(0);
    long seen;
    synchronized (this) {
      seen = generation;
      find(authors, authorIds, foundAuthors, missingAuthors);
      find(topics, topicIds, foundTopics, missingTopics);
    }
    if (!missingAuthors.isEmpty() || !missingTopics.isEmpty()) {
      Map<Long, Author> readAuthors = new HashMap<>();
      Map<Long, Topic> readTopics = new HashMap<>();
      read(connection, missingAuthors, missingTopics, readAuthors, readTopics);
      foundAuthors.putAll(readAuthors);
      foundTopics.putAll(readTopics);
      synchronized (this) {
        if (followed && seen == generation) {
          authors.putAll(readAuthors);
          topics.putAll(readTopics);
        }
      }
    }
    return new Named(inOrder(authorIds, foundAuthors), inOrder(topicIds, foundTopics));
  }

  /** Forgets every name; reads started before are not kept. */
  synchronized void forgetAll() {
    generation++;
    authors.clear();
    topics.clear();
  }

  synchronized int size() {
    return authors.size() + topics.size();
  }

  /**
   * The follower that keeps the cache true, from {@code startPosition} (the log's head when the
   * node starts: an empty cache has nothing older to forget). The cache holds names from then on.
   */
  public synchronized ChangeFollower follower(long startPosition) {
    followed = true;
    return new ChangeFollower() {
      @Override
      public String name() {
        return "authors-and-topics-cache";
      }

      @Override
      public long position() {
        return startPosition;
      }

      @Override
      public void apply(List<Change> changes) {
        // A rewrite of an article's own lists (RELATED) names no author or topic; the front page and
        // the masthead name no article.
        if (changes.stream().anyMatch(c -> c.kind().changesArticle())) {
          forgetAll();
        }
      }
    };
  }

  private static <V> void find(Map<Long, V> held, List<Long> ids, Map<Long, V> found, List<Long> missing) {
    for (Long id : ids) {
      V value = held.get(id);
      if (value != null) {
        found.put(id, value);
      } else if (!missing.contains(id)) {
        missing.add(id);
      }
    }
  }

  private static void read(Connection connection, List<Long> authorIds, List<Long> topicIds,
      Map<Long, Author> authors, Map<Long, Topic> topics) throws SQLException {
    // Authors (part 1) then topics (part 2), as WholeArticleRead's people-and-topics rows.
    StringBuilder sql = new StringBuilder();
    if (!authorIds.isEmpty()) {
      sql.append("select 1 as part, id, slug, byline, full_name, bio from author where id in (")
          .append(placeholders(authorIds.size())).append(')');
    }
    if (!topicIds.isEmpty()) {
      sql.append(sql.isEmpty() ? "" : " union all ")
          .append("select 2 as part, id, slug, name, null, description from topic where id in (")
          .append(placeholders(topicIds.size())).append(')');
    }
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      int i = 1;
      for (Long id : authorIds) {
        statement.setLong(i++, id);
      }
      for (Long id : topicIds) {
        statement.setLong(i++, id);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(2);
          if (rs.getInt(1) == 1) {
            authors.put(id, new Author(id, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(3)));
          } else {
            topics.put(id, new Topic(id, rs.getString(4), rs.getString(3), rs.getString(6)));
          }
        }
      }
    }
  }

  private static String placeholders(int count) {
    return "?" + ",?".repeat(count - 1);
  }

  private static <V> List<V> inOrder(List<Long> ids, Map<Long, V> found) {
    List<V> ordered = new ArrayList<>(ids.size());
    for (Long id : ids) {
      V value = found.get(id);
      if (value != null) {
        ordered.add(value);
      }
    }
    return ordered;
  }

  private static <V> Map<Long, V> lru() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
        return size() > CAPACITY;
      }
    };
  }
}
