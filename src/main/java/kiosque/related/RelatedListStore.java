package kiosque.related;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kiosque.content.ArticleStore;
import kiosque.content.IdList;
import kiosque.content.Teaser;
import kiosque.content.TeaserCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** SQL for the stored lists, their state and the follower's position. Returns records; holds no rules. */
final class RelatedListStore {

  enum Kind {
    FURTHER("further"), RECOMMENDED("recommended");

    final String code;

    Kind(String code) {
      this.code = code;
    }
  }

  /** A stored item as editors see it: the article, its place, why it is there. */
  record StoredItem(Kind kind, int position, Teaser teaser, boolean pinned, String reason) {}

  /**
   * Both lists as read for a page: published items only, in order, each with when it last changed.
   *
   * @param changedAt when the lists last changed
   * @param furtherCut whether the read stopped at {@link #FIRST_FURTHER} items of "Aller plus loin"
   *     that the list has (more may follow); {@code recommendedCut} the same at {@link #FIRST_RECOMMENDED}
   */
  record StoredLists(List<Item> further, List<Item> recommended, Instant changedAt, boolean furtherCut,
      boolean recommendedCut) {}

  /** A published item of a stored list, and when its article last changed (null when unknown). */
  record Item(Teaser teaser, Instant updatedAt) {}

  /** A stored item row as written: what must match for a rewrite to be skipped. */
  record Row(String kind, int position, long relatedId, boolean pinned, String reason) {
    String itemId() {
      return kind + ":" + relatedId;
    }
  }

  private final Jdbi jdbi;
  /** Learnt from the first connection (see {@link #rowLock}); null until then. */
  private volatile Boolean onPostgres;

  RelatedListStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * How a writer locks the rows of the articles whose lists it rewrites. On PostgreSQL the items it
   * inserts take key-share locks on the articles they name (the foreign key), which an exclusive
   * {@code for update} blocks: two writers naming each other's articles (the bulk command's threads,
   * two nodes) waited for each other until PostgreSQL broke the deadlock by failing one
   * ({@code RelatedListLocksTest}). {@code for no key update} still serialises writers of the same
   * article and lets the foreign keys through. H2 has no such lock, and needs none: its foreign
   * keys lock nothing.
   */
  private String rowLock(Handle h) {
    Boolean postgres = onPostgres;
    if (postgres == null) {
      try {
        postgres = "PostgreSQL".equals(h.getConnection().getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new IllegalStateException("reading the database's name", e);
      }
      onPostgres = postgres;
    }
    return postgres ? "for no key update" : "for update";
  }

  /** Replaces an article's lists in one transaction. */
  void save(long articleId, ComputedLists lists, Instant computedAt) {
    jdbi.useTransaction(h -> {
      // Several nodes may rewrite the same lists at once: the article's row serialises them, or the
      // second one's inserts would collide with the first one's.
      h.createQuery("select id from article where id = :id " + rowLock(h)).bind("id", articleId)
          .mapTo(Long.class).findOne();
      // The page's Last-Modified moves only when what it lists changes, not at every recomputation.
      Optional<Instant> changedAt = itemIds(h, articleId).equals(itemIds(lists))
          ? h.createQuery("select coalesce(changed_at, computed_at) from related_list_state where article_id = :id")
              .bind("id", articleId).mapTo(OffsetDateTime.class).findOne().map(OffsetDateTime::toInstant)
          : Optional.empty();
      h.createUpdate("delete from related_item where article_id = :id").bind("id", articleId).execute();
      PreparedBatch batch = h.prepareBatch("""
          insert into related_item (article_id, list_kind, position, related_id, pinned, reason)
          values (:article, :kind, :position, :related, :pinned, :reason)""");
      add(batch, articleId, Kind.FURTHER, lists.further());
      add(batch, articleId, Kind.RECOMMENDED, lists.recommended());
      if (!lists.further().isEmpty() || !lists.recommended().isEmpty()) {
        batch.execute();
      }
      h.createUpdate("delete from related_list_state where article_id = :id").bind("id", articleId).execute();
      h.createUpdate(INSERT_STATE)
          .bind("id", articleId).bind("at", utc(computedAt)).bind("changed", utc(changedAt.orElse(computedAt)))
          .bind("further", firstIds(lists.further(), FIRST_FURTHER))
          .bind("recommended", firstIds(lists.recommended(), FIRST_RECOMMENDED))
          .execute();
    });
  }

  /**
   * Replaces many articles' lists in one transaction (the bulk command): one batch of inserts.
   * Rows are locked in id order, so two bulk runs cannot deadlock over them, and a refresh of one
   * article (which locks only its own row) waits at most for this transaction; the lock lets other
   * writers' items name these articles ({@link #rowLock}).
   *
   * @param sameRows articles whose stored item rows are already exactly {@link #rows} of their
   *     computed lists: only their state is written. In a recomputation most lists come out the
   *     same, and deleting and inserting their 20 rows again was most of the bulk command's writing
   *     (docs/benchmarks.md, session 8).
   */
  void saveAll(Map<Long, ComputedLists> computed, Set<Long> changed, Instant computedAt, Set<Long> sameRows) {
    if (computed.isEmpty()) {
      return;
    }
    List<Long> ids = computed.keySet().stream().sorted().toList();
    jdbi.useTransaction(h -> {
      h.createQuery("select id from article where id in (<ids>) order by id " + rowLock(h)).bindList("ids", ids)
          .mapTo(Long.class).list();
      // The page's Last-Modified moves only for lists that changed (see save).
      Map<Long, OffsetDateTime> changedBefore = new HashMap<>();
      h.createQuery("select article_id, coalesce(changed_at, computed_at) as at from related_list_state "
              + "where article_id in (<ids>)")
          .bindList("ids", ids)
          .map((rs, ctx) -> Map.entry(rs.getLong("article_id"), rs.getObject("at", OffsetDateTime.class)))
          .forEach(e -> changedBefore.put(e.getKey(), e.getValue()));
      List<Long> rewritten = ids.stream().filter(id -> !sameRows.contains(id)).toList();
      if (!rewritten.isEmpty()) {
        h.createUpdate("delete from related_item where article_id in (<ids>)").bindList("ids", rewritten).execute();
      }
      h.createUpdate("delete from related_list_state where article_id in (<ids>)").bindList("ids", ids).execute();
      PreparedBatch items = h.prepareBatch("""
          insert into related_item (article_id, list_kind, position, related_id, pinned, reason)
          values (:article, :kind, :position, :related, :pinned, :reason)""");
      PreparedBatch states = h.prepareBatch(INSERT_STATE);
      boolean anyItem = false;
      for (long id : ids) {
        ComputedLists lists = computed.get(id);
        if (!sameRows.contains(id)) {
          add(items, id, Kind.FURTHER, lists.further());
          add(items, id, Kind.RECOMMENDED, lists.recommended());
          anyItem |= !lists.further().isEmpty() || !lists.recommended().isEmpty();
        }
        OffsetDateTime changedAt = changed.contains(id) || !changedBefore.containsKey(id) ? utc(computedAt)
            : changedBefore.get(id);
        states.bind("id", id).bind("at", utc(computedAt)).bind("changed", changedAt)
            .bind("further", firstIds(lists.further(), FIRST_FURTHER))
            .bind("recommended", firstIds(lists.recommended(), FIRST_RECOMMENDED)).add();
      }
      if (anyItem) {
        items.execute();
      }
      states.execute();
    });
  }

  /**
   * The stored item rows of many articles, by list then position; an article with no stored lists
   * (no state row) is absent.
   */
  Map<Long, List<Row>> rows(Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(h -> {
      Map<Long, List<Row>> rows = new HashMap<>();
      h.createQuery("select article_id from related_list_state where article_id in (<ids>)")
          .bindList("ids", List.copyOf(articleIds)).mapTo(Long.class)
          .forEach(id -> rows.put(id, new ArrayList<>()));
      h.createQuery("""
              select article_id, list_kind, position, related_id, pinned, reason from related_item
              where article_id in (<ids>) order by article_id, list_kind, position""")
          .bindList("ids", List.copyOf(articleIds))
          .map((rs, ctx) -> {
            List<Row> items = rows.get(rs.getLong("article_id"));
            if (items != null) {
              items.add(new Row(rs.getString("list_kind"), rs.getInt("position"), rs.getLong("related_id"),
                  rs.getBoolean("pinned"), rs.getString("reason")));
            }
            return null;
          })
          .forEach(ignored -> {});
      return rows;
    });
  }

  /** The item rows {@link #saveAll} writes for these lists, in {@link #rows}' order. */
  static List<Row> rows(ComputedLists lists) {
    List<Row> rows = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      List<Pick> picks = kind == Kind.FURTHER ? lists.further() : lists.recommended();
      for (int i = 0; i < picks.size(); i++) {
        Pick pick = picks.get(i);
        rows.add(new Row(kind.code, i, pick.articleId(), pick.pinned(), pick.reason()));
      }
    }
    return rows;
  }

  /** How many published articles have no lists yet. */
  long countWithoutLists() {
    return jdbi.withHandle(h -> h.createQuery("""
            select count(*) from article a
            where a.status = 'published'
              and not exists (select 1 from related_list_state st where st.article_id = a.id)""")
        .mapTo(Long.class).one());
  }

  /** Published article ids, newest first: those without lists only, or those whose lists are older than {@code before}. */
  List<Long> publishedNeeding(boolean missingOnly, Instant before) {
    String sql = missingOnly ? """
        select a.id from article a
        where a.status = 'published'
          and not exists (select 1 from related_list_state st where st.article_id = a.id)
        order by a.published_at desc, a.id desc""" : """
        select a.id from article a left join related_list_state st on st.article_id = a.id
        where a.status = 'published' and (st.computed_at is null or st.computed_at < :before)
        order by a.published_at desc, a.id desc""";
    return jdbi.withHandle(h -> {
      var query = h.createQuery(sql);
      if (!missingOnly) {
        query.bind("before", utc(before));
      }
      return query.mapTo(Long.class).list();
    });
  }

  private static void add(PreparedBatch batch, long articleId, Kind kind, List<Pick> picks) {
    for (int i = 0; i < picks.size(); i++) {
      Pick pick = picks.get(i);
      batch.bind("article", articleId).bind("kind", kind.code).bind("position", i)
          .bind("related", pick.articleId()).bind("pinned", pick.pinned()).bind("reason", pick.reason()).add();
    }
  }

  /** The stored items' ids, list by list in order: to tell whether a recomputation changed anything. */
  List<String> itemIds(long articleId) {
    return jdbi.withHandle(h -> itemIds(h, articleId));
  }

  private static List<String> itemIds(Handle h, long articleId) {
    return h.createQuery("""
            select list_kind, related_id from related_item where article_id = :id order by list_kind, position""")
        .bind("id", articleId)
        .map((rs, ctx) -> rs.getString("list_kind") + ":" + rs.getLong("related_id"))
        .list();
  }

  static List<String> itemIds(ComputedLists lists) {
    List<String> ids = new ArrayList<>();
    lists.further().forEach(p -> ids.add(Kind.FURTHER.code + ":" + p.articleId()));
    lists.recommended().forEach(p -> ids.add(Kind.RECOMMENDED.code + ":" + p.articleId()));
    return ids;
  }

  /** Forgets an article's lists (it is no longer published). */
  void delete(long articleId) {
    jdbi.useTransaction(h -> {
      h.createUpdate("delete from related_item where article_id = :id").bind("id", articleId).execute();
      h.createUpdate("delete from related_list_state where article_id = :id").bind("id", articleId).execute();
    });
  }

  /**
   * One list as a page shows it: published items only, in order. Empty when the list is stored but
   * empty; absent when the article's lists were never computed.
   */
  Optional<List<Teaser>> shown(long articleId, Kind kind) {
    return jdbi.withHandle(h -> {
      List<Optional<Teaser>> rows = h.createQuery("""
              select %s
              from related_list_state st
              left join related_item r on r.article_id = st.article_id and r.list_kind = :kind
              left join article_teaser a on a.id = r.related_id and a.status = 'published'
              %s
              where st.article_id = :id
              order by r.position
              """.formatted(ArticleStore.TEASER_SELECT, ArticleStore.TEASER_JOINS))
          .bind("id", articleId).bind("kind", kind.code)
          .map((rs, ctx) -> rs.getObject("id") == null ? Optional.<Teaser>empty()
              : Optional.of(ArticleStore.TEASER_WITH_IMAGE.map(rs, ctx)))
          .list();
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(rows.stream().flatMap(Optional::stream).toList());
    });
  }

  /**
   * Both lists of an article whole, in one query (a page view used to take one per list), from the
   * narrow teaser rows (V665: no body decoded for 14 teasers); absent when its lists were never
   * computed. The article page reads the first items only ({@link #FIRST_ITEMS_COLUMNS}, read with its
   * article's row by {@code StoredRelated.shownWithArticle}), and this when they were not enough.
   */
  Optional<StoredLists> shownLists(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(SHOWN_LISTS)
        .setTemplateEngine(TemplateEngine.NOP)
        .bind(0, articleId)
        .scanResultSet((rows, ctx) -> storedLists(rows.get())));
  }

  /**
   * Written once (not formatted per page), read without JDBI's template engine: it has no
   * {@code <attribute>}. Its one parameter is positional.
   */
  static final String SHOWN_LISTS = """
      select coalesce(st.changed_at, st.computed_at) as changed_at, r.list_kind, a.updated_at, %s
      from related_list_state st
      left join related_item r on r.article_id = st.article_id
      left join article_teaser a on a.id = r.related_id and a.status = 'published'
      %s
      where st.article_id = ?
      order by r.list_kind, r.position
      """.formatted(ArticleStore.TEASER_SELECT, ArticleStore.TEASER_JOINS);

  /**
   * How many items of each list the article page reads first: what it shows (4 and 10) when none
   * of them is withdrawn. Six of the twenty items stored are spares for that case, and each item
   * read costs H2 three index lookups (the teaser, its section, its lead image: two template rows of
   * the table's width each) and a decoded row (issue 15). When the first items are not enough,
   * the page reads the lists whole ({@code StoredRelated}).
   */
  static final int FIRST_FURTHER = RelatedEngine.FURTHER_SHOWN;
  static final int FIRST_RECOMMENDED = 10;

  /**
   * The lists' state row, with the ids of each list's first items ({@link #FIRST_FURTHER},
   * {@link #FIRST_RECOMMENDED}) written beside the items in the same transaction (migration V740):
   * the article page reads them from this one row, joined to its article's ({@code
   * content.ReadWithArticle}), rather than from the items' rows, an index lookup each.
   */
  private static final String INSERT_STATE = """
      insert into related_list_state (article_id, computed_at, changed_at, first_further, first_recommended)
      values (:id, :at, :changed, :further, :recommended)""";

  /** What the article page reads of its lists, joined to its article {@code a}: {@link #firstItems}'s columns. */
  static final String FIRST_ITEMS_COLUMNS =
      "coalesce(st.changed_at, st.computed_at), st.article_id, st.first_further, st.first_recommended";
  static final String FIRST_ITEMS_JOIN = "left join related_list_state st on st.article_id = a.id";

  private static String firstIds(List<Pick> picks, int first) {
    return IdList.of(picks.stream().limit(first).map(Pick::articleId).toList());
  }

  /** The first items of both lists by id, as stored; their teasers are read after. */
  record FirstItems(Instant changedAt, List<Long> further, List<Long> recommended) {

    List<Long> all() {
      List<Long> all = new ArrayList<>(further.size() + recommended.size());
      all.addAll(further);
      all.addAll(recommended);
      return all;
    }

    /**
     * The lists as {@link #SHOWN_LISTS}'s rows cut would give them: the published items, each
     * list cut when it had as many items as were asked.
     */
    StoredLists withTeasers(Map<Long, TeaserCache.Held> teasers) {
      return new StoredLists(items(further, teasers), items(recommended, teasers), changedAt,
          further.size() == FIRST_FURTHER, recommended.size() == FIRST_RECOMMENDED);
    }

    private static List<Item> items(List<Long> ids, Map<Long, TeaserCache.Held> teasers) {
      List<Item> items = new ArrayList<>(ids.size());
      for (Long id : ids) {
        TeaserCache.Held held = teasers.get(id);
        if (held != null && held.published()) {
          items.add(new Item(held.teaser(), held.updatedAt()));
        }
      }
      return items;
    }
  }

  /**
   * The first items of {@link #FIRST_ITEMS_COLUMNS}, from the column {@code first} of the article's
   * row on; absent when the article's lists were never computed (no state row).
   */
  static Optional<FirstItems> firstItems(ResultSet rs, int first) throws SQLException {
    Instant changedAt = ArticleStore.instant(rs, first);
    rs.getLong(first + 1);
    if (rs.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(new FirstItems(changedAt, IdList.parse(rs.getString(first + 2)),
        IdList.parse(rs.getString(first + 3))));
  }

  /** The rows of {@link #SHOWN_LISTS}, by index; absent when there is none. */
  static Optional<StoredLists> storedLists(ResultSet rs) throws SQLException {
    boolean any = false;
    Instant changedAt = null;
    List<Item> further = new ArrayList<>(FIRST_FURTHER);
    List<Item> recommended = new ArrayList<>(FIRST_RECOMMENDED);
    while (rs.next()) {
      if (!any) {
        any = true;
        changedAt = ArticleStore.instant(rs, 1);
      }
      String kind = rs.getString(2);
      if (kind == null) {
        continue;
      }
      rs.getLong(4);
      if (!rs.wasNull()) {
        Item item = new Item(ArticleStore.teaserFrom(rs, 4), ArticleStore.instant(rs, 3));
        (kindOf(kind) == Kind.FURTHER ? further : recommended).add(item);
      }
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(new StoredLists(further, recommended, changedAt, false, false));
  }

  /** Both lists with their reasons, published or not, for editors. */
  List<StoredItem> items(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select r.list_kind, r.position, r.pinned, r.reason,
                   a.id, a.slug, a.title, a.summary, a.published_at, s.name as section_name
            from related_item r join article_teaser a on a.id = r.related_id
            left join section s on s.id = a.section_id
            where r.article_id = :id and a.status = 'published'
            order by r.list_kind, r.position
            """)
        .bind("id", articleId)
        .map((rs, ctx) -> new StoredItem(kindOf(rs.getString("list_kind")), rs.getInt("position"),
            ArticleStore.TEASER.map(rs, ctx), rs.getBoolean("pinned"), rs.getString("reason")))
        .list());
  }

  private static Kind kindOf(String code) {
    return code.equals(Kind.FURTHER.code) ? Kind.FURTHER : Kind.RECOMMENDED;
  }

  /** The articles whose stored lists include one of these. */
  List<Long> listing(Collection<Long> relatedIds) {
    if (relatedIds.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(h -> h.createQuery(
            "select distinct article_id from related_item where related_id in (<ids>) order by article_id")
        .bindList("ids", List.copyOf(relatedIds)).mapTo(Long.class).list());
  }

  /** Those of {@code articleIds} whose lists were computed after {@code after}. */
  Set<Long> computedAfter(Collection<Long> articleIds, Instant after) {
    if (articleIds.isEmpty()) {
      return Set.of();
    }
    return jdbi.withHandle(h -> h.createQuery(
            "select article_id from related_list_state where article_id in (<ids>) and computed_at > :after")
        .bindList("ids", List.copyOf(articleIds)).bind("after", utc(after)).mapTo(Long.class).set());
  }

  Optional<Instant> computedAt(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("select computed_at from related_list_state where article_id = :id")
        .bind("id", articleId).mapTo(OffsetDateTime.class).findOne().map(OffsetDateTime::toInstant));
  }

  /**
   * The sweep's query, every 10 s. Written as an {@code exists} so that H2 reads the lists' dates by
   * their index and stops after the limit: as a join, its planner started from the published
   * articles and joined every one (100,000 articles, 200,000 rows scanned, about 0.6 s) to find
   * none stale (session 12).
   */
  static final String COMPUTED_BEFORE = """
      select st.article_id from related_list_state st
      where st.computed_at < :cutoff
        and exists (select 1 from article a where a.id = st.article_id and a.status = 'published')
      order by st.computed_at, st.article_id limit :limit
      """;

  /** Published articles whose lists were computed before {@code cutoff}, oldest first. */
  List<Long> computedBefore(Instant cutoff, int limit) {
    return jdbi.withHandle(h -> h.createQuery(COMPUTED_BEFORE)
        .bind("cutoff", utc(cutoff)).bind("limit", limit).mapTo(Long.class).list());
  }

  /**
   * What the follower's queue held when the process died, derived again from the tables: published
   * articles with no lists or lists older than their last update (newest first), then articles no
   * longer published that still have lists. The indexes answer it ({@code article_dates}, then the
   * state's primary key per article): about a second at 100,000 articles on H2 (2 shared cores),
   * run once when this node starts computing, on the worker's thread.
   */
  List<Long> needingRefresh() {
    return jdbi.withHandle(h -> {
      List<Long> ids = new ArrayList<>(h.createQuery("""
              select a.id from article a left join related_list_state st on st.article_id = a.id
              where a.status = 'published' and (st.article_id is null or st.computed_at < a.updated_at)
              order by a.published_at desc, a.id desc""")
          .mapTo(Long.class).list());
      ids.addAll(h.createQuery("""
              select st.article_id from related_list_state st join article a on a.id = st.article_id
              where a.status <> 'published' order by st.article_id""")
          .mapTo(Long.class).list());
      return ids;
    });
  }

  /** Published articles with no lists yet (fresh import, follower behind), newest first. */
  List<Long> withoutLists(int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select a.id from article a
            where a.status = 'published'
              and not exists (select 1 from related_list_state st where st.article_id = a.id)
            order by a.published_at desc, a.id desc limit :limit
            """)
        .bind("limit", limit).mapTo(Long.class).list());
  }

  long position(String follower) {
    return jdbi.withHandle(h -> h.createQuery("select applied_seq from related_follower where name = :name")
        .bind("name", follower).mapTo(Long.class).findOne().orElse(0L));
  }

  void savePosition(String follower, long seq) {
    jdbi.useHandle(h -> {
      if (updatePosition(h, follower, seq) > 0) {
        return;
      }
      try {
        h.createUpdate("insert into related_follower (name, applied_seq) values (:name, :seq)")
            .bind("name", follower).bind("seq", seq).execute();
      } catch (UnableToExecuteStatementException e) {
        // Several nodes share the database: another one may have inserted the row since the update.
        if (updatePosition(h, follower, seq) == 0) {
          throw e;
        }
      }
    });
  }

  private static int updatePosition(Handle h, String follower, long seq) {
    return h.createUpdate("update related_follower set applied_seq = :seq where name = :name")
        .bind("name", follower).bind("seq", seq).execute();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
