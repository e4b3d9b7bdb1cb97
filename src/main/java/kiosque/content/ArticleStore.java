package kiosque.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for articles, their authors, topics and old addresses. Returns records; holds no rules. */
public final class ArticleStore {

  /** What an import needs to know of an article it has seen before. */
  public record ImportedRef(long id, String slug, String contentHash, ArticleStatus status) {}

  /** Maps the columns id, slug, title, summary, published_at and section_name. */
  public static final RowMapper<Teaser> TEASER = (rs, ctx) -> new Teaser(rs.getLong("id"), rs.getString("slug"),
      rs.getString("title"), rs.getString("summary"), instant(rs, "published_at"), rs.getString("section_name"));

  /**
   * Maps the columns of {@link #TEASER_SELECT}: those of {@link #TEASER} and the lead image's
   * ({@code image_id}, {@code image_width}, {@code image_height}, {@code image_alt}), and the kicker.
   */
  public static final RowMapper<Teaser> TEASER_WITH_IMAGE = (rs, ctx) -> {
    long imageId = rs.getLong("image_id");
    TeaserImage image = rs.wasNull() ? null
        : new TeaserImage(imageId, rs.getInt("image_width"), rs.getInt("image_height"), rs.getString("image_alt"));
    return new Teaser(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
        instant(rs, "published_at"), rs.getString("section_name"), image, rs.getString("kicker"));
  };

  /** Number of columns of {@link #TEASER_SELECT}. */
  public static final int TEASER_COLUMNS = 11;

  /**
   * Maps the columns of {@link #TEASER_SELECT} from column {@code first} on, by index: the article
   * page reads 14 teasers, and H2 answers each read by name with a new upper-case copy of the name
   * (and a map of the result's labels first).
   */
  public static Teaser teaserFrom(ResultSet rs, int first) throws SQLException {
    long imageId = rs.getLong(first + 6);
    TeaserImage image = rs.wasNull() ? null
        : new TeaserImage(imageId, rs.getInt(first + 7), rs.getInt(first + 8), rs.getString(first + 9));
    return new Teaser(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
        instant(rs, first + 4), rs.getString(first + 5), image, rs.getString(first + 10));
  }

  /**
   * A teaser's columns with its lead image, read from {@code article_teaser a} (V665: never the
   * article row and its body) with {@link #TEASER_JOINS}.
   */
  public static final String TEASER_SELECT = "a.id, a.slug, a.title, a.summary, a.published_at,"
      + " s.name as section_name, m.id as image_id, m.width as image_width, m.height as image_height,"
      + " m.alt_text as image_alt, a.kicker";

  /** The section's name and the lead image's size and alt text beside {@code article_teaser a}. */
  public static final String TEASER_JOINS = " left join section s on s.id = a.section_id"
      + " left join media m on m.id = a.lead_media_id";

  private final Jdbi jdbi;
  private final PublishedListings listings;
  private final ListingSummaries summaries;
  private final TeaserCache teasers;
  /** The reader's article page's authors and topics (inert until followed). */
  private final AuthorsAndTopicsCache names = new AuthorsAndTopicsCache();
  /** Null until {@link #oneRoundTrip} has asked the database. */
  private volatile Boolean overSocket;

  /** @param teasers the related lists' teasers held in memory (inert until followed: {@link TeaserCache}) */
  public ArticleStore(Jdbi jdbi, ListingSummaries summaries, TeaserCache teasers) {
    this.jdbi = jdbi;
    this.listings = new PublishedListings(jdbi, summaries);
    this.summaries = summaries;
    this.teasers = teasers;
  }

  public TeaserCache teaserCache() {
    return teasers;
  }

  public AuthorsAndTopicsCache authorsAndTopicsCache() {
    return names;
  }

  /**
   * The articles whose stored related lists name this one: their pages show its teaser, so a
   * change of it purges them too ({@code cache.PurgeKeys}). Read here, beside the teasers, so that
   * the page cache and the CDN purge need nothing of the related feature.
   */
  public List<Long> listedBy(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select distinct article_id from related_item where related_id = :id order by article_id")
        .bind("id", articleId).mapTo(Long.class).list());
  }

  /**
   * What the database holds of these articles for a related list, by id: those held in memory
   * ({@link TeaserCache}), the others read in one query on the thread's connection when a page
   * holds one ({@link #onOneConnection}). An id the database does not hold is not published.
   */
  public Map<Long, TeaserCache.Held> heldTeasers(Collection<Long> ids) {
    Map<Long, TeaserCache.Held> found = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    long generation = teasers.generation();
    teasers.find(ids, found, missing);
    if (missing.isEmpty()) {
      return found;
    }
    Map<Long, TeaserCache.Held> read = jdbi.withHandle(h -> readTeasers(h.getConnection(), missing));
    teasers.keep(read, generation);
    found.putAll(read);
    return found;
  }

  /** The held teasers of {@link #heldTeasers}'s query; plain JDBC, as the rest of the article page. */
  private static Map<Long, TeaserCache.Held> readTeasers(java.sql.Connection connection, List<Long> ids) {
    StringBuilder sql = new StringBuilder("select a.status, a.updated_at, ").append(TEASER_SELECT)
        .append(" from article_teaser a").append(TEASER_JOINS).append(" where a.id in (");
    for (int i = 0; i < ids.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    Map<Long, TeaserCache.Held> read = new HashMap<>();
    try (java.sql.PreparedStatement statement = connection.prepareStatement(sql.append(')').toString())) {
      for (int i = 0; i < ids.size(); i++) {
        statement.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          read.put(rs.getLong(3), ArticleStatus.PUBLISHED.code().equals(rs.getString(1))
              ? new TeaserCache.Held(teaserFrom(rs, 3), instant(rs, 2)) : TeaserCache.Held.NOT_PUBLISHED);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading teasers " + ids, e);
    }
    for (Long id : ids) {
      read.putIfAbsent(id, TeaserCache.Held.NOT_PUBLISHED);
    }
    return read;
  }

  /** Every month with published articles (site's time zone), oldest first: the archives' navigation. */
  public List<YearMonth> publishedMonths() {
    return summaries.months(jdbi).stream().map(Map.Entry::getKey).sorted().toList();
  }

  /** Published articles in the months {@code first} to {@code last}, both included, from the kept counts. */
  public long countPublishedIn(YearMonth first, YearMonth last) {
    return jdbi.withHandle(h -> summaries.count(h, first, last));
  }

  long insert(Handle handle, ArticleRow row, Instant now, Long createdBy) {
    long id = handle.createUpdate("""
            insert into article (external_id, slug, title, summary, body_html, body_text, section_id, status,
                                 published_at, created_at, updated_at, source_name, source_url, content_hash,
                                 created_by, kicker, seo_title, seo_description, social_title, social_media_id,
                                 correction, corrected_at, author_ids, topic_ids)
            values (:externalId, :slug, :title, :summary, :bodyHtml, :bodyText, :sectionId, :status,
                    :publishedAt, :now, :updatedAt, :sourceName, :sourceUrl, :contentHash, :createdBy,
                    :kicker, :seoTitle, :seoDescription, :socialTitle, :socialMediaId, :correction, :correctedAt,
                    :authorIds, :topicIds)
            """)
        .bindMap(columns(row))
        .bind("now", utc(now))
        .bind("createdBy", createdBy)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
    TeaserRows.refresh(handle, id);
    return id;
  }

  /** Rewrites the row; with an expected version, only if nobody saved it since (else false). */
  boolean update(Handle handle, long id, ArticleRow row, Integer expectedVersion) {
    boolean updated = handle.createUpdate("""
            update article set slug = :slug, title = :title, summary = :summary, body_html = :bodyHtml,
                   body_text = :bodyText, section_id = :sectionId, status = :status, published_at = :publishedAt,
                   updated_at = :updatedAt, source_name = :sourceName, source_url = :sourceUrl,
                   content_hash = :contentHash, kicker = :kicker, seo_title = :seoTitle,
                   seo_description = :seoDescription, social_title = :socialTitle, social_media_id = :socialMediaId,
                   correction = :correction, corrected_at = :correctedAt, author_ids = :authorIds,
                   topic_ids = :topicIds, version = version + 1
            where id = :id and (:anyVersion or version = :version)
            """)
        .bindMap(columns(row))
        .bind("id", id)
        .bind("anyVersion", expectedVersion == null)
        .bind("version", expectedVersion == null ? -1 : expectedVersion)
        .execute() == 1;
    if (updated) {
      TeaserRows.refresh(handle, id);
    }
    return updated;
  }

  /** The article's status if it still has this version, locking the row until the transaction ends. */
  Optional<ArticleStatus> lockVersion(Handle handle, long id, int version) {
    return handle.createQuery("select status from article where id = :id and version = :version for update")
        .bind("id", id).bind("version", version)
        .mapTo(String.class).findOne().map(ArticleStatus::fromCode);
  }

  boolean bumpVersion(Handle handle, long id, int version) {
    return handle.createUpdate("update article set version = version + 1 where id = :id and version = :version")
        .bind("id", id).bind("version", version).execute() == 1;
  }

  /**
   * Publishes a scheduled article whose time has come, only while it is still scheduled: the
   * condition is what makes one node win when several try. Published on time, it keeps its
   * announced time; published late (the server was down), it takes the actual time. An imported
   * article stays untouched by the newsroom (V735): publishing on time is not an editor's save.
   */
  boolean claimScheduled(Handle handle, long id, Instant now) {
    boolean claimed = handle.createUpdate("""
            update article
            set status = 'published', version = version + 1,
                imported_version = case when imported_version = version then version + 1 else imported_version end,
                published_at = case when published_at < :late then :now else published_at end,
                updated_at = case when published_at < :late then :now else published_at end
            where id = :id and status = 'scheduled' and published_at <= :now
            """)
        .bind("id", id)
        .bind("now", utc(now))
        .bind("late", utc(now.minusSeconds(60)))
        .execute() == 1;
    if (claimed) {
      TeaserRows.refresh(handle, id);
    }
    return claimed;
  }

  /** The time of the next scheduled publication, if any. */
  public Optional<Instant> nextScheduled() {
    return jdbi.withHandle(h -> h.createQuery(
            "select min(published_at) from article where status = 'scheduled'")
        .map((rs, ctx) -> instant(rs, 1)).findOne().flatMap(Optional::ofNullable));
  }

  /** Scheduled articles whose time is at or before {@code now}, oldest first. */
  public List<Long> dueScheduled(Instant now) {
    return jdbi.withHandle(h -> h.createQuery(
            "select id from article where status = 'scheduled' and published_at <= :now order by published_at, id")
        .bind("now", utc(now)).mapTo(Long.class).list());
  }

  /** Who created the article in the newsroom; empty for imported articles. */
  public Optional<Long> createdBy(long id) {
    return jdbi.withHandle(h -> h.createQuery("select created_by from article where id = :id")
        .bind("id", id).mapTo(Long.class).findOne());
  }

  private static Map<String, Object> columns(ArticleRow row) {
    var map = new java.util.HashMap<String, Object>();
    map.put("externalId", row.externalId());
    map.put("slug", row.slug());
    map.put("title", row.title());
    map.put("summary", row.summary());
    map.put("bodyHtml", row.body().html());
    map.put("bodyText", row.body().text());
    map.put("sectionId", row.sectionId());
    map.put("status", row.status().code());
    map.put("publishedAt", utc(row.publishedAt()));
    map.put("updatedAt", utc(row.updatedAt()));
    map.put("sourceName", row.sourceName());
    map.put("sourceUrl", row.sourceUrl());
    map.put("contentHash", row.contentHash());
    ArticleExtras extras = row.extras();
    map.put("kicker", extras.kicker());
    map.put("seoTitle", extras.seoTitle());
    map.put("seoDescription", extras.seoDescription());
    map.put("socialTitle", extras.socialTitle());
    map.put("socialMediaId", extras.socialImageId());
    map.put("correction", extras.correction());
    map.put("correctedAt", utc(extras.correctedAt()));
    map.put("authorIds", IdList.of(row.authors().stream().map(Author::id).toList()));
    map.put("topicIds", IdList.of(row.topics().stream().map(Topic::id).toList()));
    return map;
  }

  /**
   * Writes the topic ids these articles' rows keep (migration V740) again from their link rows, after
   * a change of the links that did not go through the article (a topic merge).
   */
  public static void rewriteTopicIds(Handle handle, Collection<Long> articleIds) {
    List<Long> ids = List.copyOf(articleIds);
    // In slices: a topic may name tens of thousands of articles, and PostgreSQL's protocol takes at
    // most 65,535 parameters a statement.
    for (int from = 0; from < ids.size(); from += 1_000) {
      handle.createUpdate("""
              update article set topic_ids = (select string_agg(cast(tp.topic_id as varchar), ',' order by tp.position)
                                              from article_topic tp where tp.article_id = article.id)
              where id in (<ids>)""")
          .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 1_000))).execute();
    }
  }

  void replaceAuthors(Handle handle, long articleId, List<Author> authors) {
    handle.createUpdate("delete from article_author where article_id = :id").bind("id", articleId).execute();
    var batch = handle.prepareBatch("insert into article_author (article_id, author_id, position) values (?, ?, ?)");
    for (int i = 0; i < authors.size(); i++) {
      batch.add(articleId, authors.get(i).id(), i);
    }
    if (!authors.isEmpty()) {
      batch.execute();
    }
  }

  void replaceTopics(Handle handle, long articleId, List<Topic> topics) {
    handle.createUpdate("delete from article_topic where article_id = :id").bind("id", articleId).execute();
    var batch = handle.prepareBatch("insert into article_topic (article_id, topic_id, position) values (?, ?, ?)");
    for (int i = 0; i < topics.size(); i++) {
      batch.add(articleId, topics.get(i).id(), i);
    }
    if (!topics.isEmpty()) {
      batch.execute();
    }
  }

  /** Claims an old address for an article; returns the article that already holds it, if another does. */
  Optional<Long> claimPath(Handle handle, String path, long articleId) {
    Optional<Long> holder = handle.createQuery("select article_id from article_path where path = :path")
        .bind("path", path).mapTo(Long.class).findOne();
    if (holder.isEmpty()) {
      handle.createUpdate("insert into article_path (path, article_id) values (:path, :id)")
          .bind("path", path).bind("id", articleId).execute();
      return Optional.empty();
    }
    return holder.filter(id -> id != articleId);
  }

  public Optional<ImportedRef> findByExternalId(Handle handle, String externalId) {
    return handle.createQuery("select id, slug, content_hash, status from article where external_id = :id")
        .bind("id", externalId)
        .map((rs, ctx) -> new ImportedRef(rs.getLong("id"), rs.getString("slug"), rs.getString("content_hash"),
            ArticleStatus.fromCode(rs.getString("status"))))
        .findOne();
  }

  public Optional<Article> findById(long id) {
    return jdbi.withHandle(h -> findById(h, id));
  }

  Optional<Article> findById(Handle handle, long id) {
    return WholeArticleRead.read(handle, id, oneRoundTrip(handle)).map(ArticleWithLead::article);
  }

  /**
   * The article with its section, authors, topics and lead image, in two queries (one round trip on
   * PostgreSQL): what its page shows.
   */
  public Optional<ArticleWithLead> findWithLead(long id) {
    return jdbi.withHandle(h -> WholeArticleRead.read(h, id, oneRoundTrip(h)));
  }

  /**
   * The reader's article page: {@link #findWithLead(long)}'s article and what {@code with} joins to
   * it, in one statement, its authors and topics named from memory ({@link AuthorsAndTopicsCache}).
   * Absent when there is no such article.
   */
  public <T> Optional<ArticleReadWith<T>> findWithLead(long id, ReadWithArticle<T> with) {
    return jdbi.withHandle(h -> WholeArticleRead.readPage(h, id, with, names));
  }

  /**
   * Whether the database is a server (PostgreSQL), where each statement sent alone is a round trip
   * and the page's reads go as one; learnt once from the first connection (H2 is in-process).
   */
  private boolean oneRoundTrip(Handle handle) {
    Boolean known = overSocket;
    if (known == null) {
      try {
        known = "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("reading the database's name", e);
      }
      overSocket = known;
    }
    return known;
  }

  /**
   * Runs {@code reads} on one connection: JDBI hands every {@code withHandle} nested on this thread
   * (this store's and any other store's over the same database) the handle opened here, so a page's
   * reads take one handle and one pooled connection instead of one each.
   */
  public <T> T onOneConnection(java.util.function.Supplier<T> reads) {
    return jdbi.withHandle(h -> reads.get());
  }

  static Article withLists(Article a, List<Author> authors, List<Topic> topics) {
    return new Article(a.id(), a.externalId(), a.slug(), a.title(), a.summary(), a.bodyHtml(), a.bodyText(),
        a.section(), authors, topics, a.status(), a.publishedAt(), a.createdAt(), a.updatedAt(), a.sourceName(),
        a.sourceUrl(), a.version(), a.extras());
  }

  /**
   * What {@link #mapArticle} reads, in its order (by index: H2 builds a map of the labels of every
   * result set read by name, and a new upper-case string for each name asked).
   */
  static final String ARTICLE_COLUMNS = """
      a.id, a.external_id, a.slug, a.title, a.summary, a.body_html, a.body_text, a.section_id, a.status,
      a.published_at, a.created_at, a.updated_at, a.source_name, a.source_url, a.version,
      a.kicker, a.seo_title, a.seo_description, a.social_title, a.social_media_id, a.correction, a.corrected_at,
      s.name as section_name, s.slug as section_slug, s.description as section_description""";
  static final int ARTICLE_COLUMN_COUNT = 25;
  private static final int EXTRAS = 16;

  /** Maps the columns of {@link #ARTICLE_COLUMNS}, first in the row. */
  static Article mapArticle(ResultSet rs) throws SQLException {
    long sectionId = rs.getLong(8);
    Section section = rs.wasNull() ? null : new Section(sectionId, rs.getString(23), rs.getString(24),
        rs.getString(25));
    return new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), section, List.of(), List.of(), ArticleStatus.fromCode(rs.getString(9)),
        instant(rs, 10), instant(rs, 11), instant(rs, 12), rs.getString(13), rs.getString(14), rs.getInt(15),
        extras(rs, EXTRAS));
  }

  /** The seven extra fields (issue 13) from column {@code first} on, in the order of {@link #ARTICLE_COLUMNS}. */
  private static ArticleExtras extras(ResultSet rs, int first) throws SQLException {
    long socialImage = rs.getLong(first + 4);
    Long socialImageId = rs.wasNull() ? null : socialImage;
    return new ArticleExtras(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
        rs.getString(first + 3), socialImageId, rs.getString(first + 5), instant(rs, first + 6));
  }

  /** The article's extra fields as stored (the correction's date is kept while its text stays). */
  ArticleExtras extrasOf(Handle handle, long id) {
    return handle.createQuery("""
            select kicker, seo_title, seo_description, social_title, social_media_id, correction, corrected_at
            from article where id = :id""")
        .bind("id", id).map((rs, ctx) -> extras(rs, 1)).findOne().orElse(ArticleExtras.NONE);
  }

  /** Whether a media exists with this id (a social image must). */
  boolean mediaExists(Handle handle, long mediaId) {
    return handle.createQuery("select count(*) from media where id = :id").bind("id", mediaId)
        .mapTo(Integer.class).one() > 0;
  }

  /** The article an old address (a legacy path or a former URL) belongs to. */
  public Optional<Long> articleIdForPath(String path) {
    return jdbi.withHandle(h -> h.createQuery("select article_id from article_path where path = :path")
        .bind("path", path).mapTo(Long.class).findOne());
  }

  public List<String> pathsOf(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("select path from article_path where article_id = :id order by path")
        .bind("id", articleId).mapTo(String.class).list());
  }

  /**
   * Every article, drafts included, in id order, handed over one page of {@code pageSize} at a
   * time: keyset pages (four queries each) so an export of any size holds one page in memory. Each
   * page is its own short read; an article saved meanwhile shows up as it was when its page was read.
   */
  public void forEachArticle(int pageSize, Consumer<ArticleWithPaths> action) {
    long after = 0;
    while (true) {
      long from = after;
      List<ArticleWithPaths> page = jdbi.withHandle(h -> withPaths(h, withPeopleAndTopics(h, h.createQuery(
              ARTICLE_SELECT + " where a.id > :after order by a.id limit :limit")
          .bind("after", from)
          .bind("limit", pageSize)
          .map((rs, ctx) -> mapArticle(rs))
          .list())));
      page.forEach(action);
      if (page.size() < pageSize) {
        return;
      }
      after = page.get(page.size() - 1).article().id();
    }
  }

  private static List<ArticleWithPaths> withPaths(Handle handle, List<Article> articles) {
    if (articles.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> paths = new HashMap<>();
    handle.createQuery("select article_id, path from article_path where article_id in (<ids>) order by article_id, path")
        .bindList("ids", articles.stream().map(Article::id).toList())
        .map((rs, ctx) -> Map.entry(rs.getLong("article_id"), rs.getString("path")))
        .forEach(e -> paths.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return articles.stream().map(a -> new ArticleWithPaths(a, paths.getOrDefault(a.id(), List.of()))).toList();
  }

  public Page<Teaser> latest(int page, int size) {
    return listings.page(PublishedListings.Listing.SITE, page, size);
  }

  public Page<Teaser> inSection(long sectionId, int page, int size) {
    return listings.page(new PublishedListings.Listing(PublishedListings.Kind.SECTION, sectionId), page, size);
  }

  /** The newest of a section, without counting it (the home page's blocks). */
  public List<Teaser> newestInSection(long sectionId, int limit) {
    return listings.first(new PublishedListings.Listing(PublishedListings.Kind.SECTION, sectionId), limit);
  }

  public Page<Teaser> withTopic(long topicId, int page, int size) {
    return listings.page(new PublishedListings.Listing(PublishedListings.Kind.TOPIC, topicId), page, size);
  }

  public Page<Teaser> byAuthor(long authorId, int page, int size) {
    return listings.page(new PublishedListings.Listing(PublishedListings.Kind.AUTHOR, authorId), page, size);
  }

  /**
   * Published in the months {@code first} to {@code last} of the site's time zone, which
   * {@code from} and {@code to} bound: the date archives, counted from the kept month summaries.
   */
  public Page<Teaser> inMonths(YearMonth first, YearMonth last, Instant from, Instant to, int page, int size) {
    return listings.archive(from, to, first, last, page, size);
  }

  /**
   * Published in [from, to). Ordered by status first so that H2 reads the listing index in order;
   * the ids off the index, then their teasers by key (no body decoded).
   */
  public Page<Teaser> publishedBetween(Instant from, Instant to, int page, int size) {
    return jdbi.withHandle(h -> {
      long total = h.createQuery("select count(*) from article a where a.status = 'published' "
              + "and a.published_at >= :from and a.published_at < :to")
          .bind("from", utc(from)).bind("to", utc(to)).mapTo(Long.class).one();
      List<Long> ids = h.createQuery("select a.id from article a where a.status = 'published' "
              + "and a.published_at >= :from and a.published_at < :to "
              + "order by a.status, a.published_at desc, a.id desc limit :limit offset :offset")
          .bind("from", utc(from)).bind("to", utc(to))
          .bind("limit", size)
          .bind("offset", (long) (page - 1) * size)
          .mapTo(Long.class)
          .list();
      return new Page<>(PublishedListings.teasers(h, ids), page, size, total);
    });
  }

  /**
   * The teasers of these articles with their lead images, in this order, whatever their status:
   * search results, found in the index, take their images from here (by key, no body decoded).
   */
  public List<Teaser> teasers(List<Long> ids) {
    return jdbi.withHandle(h -> PublishedListings.teasers(h, ids));
  }

  /** When the newest article published before {@code before} was published: a day archive's previous day. */
  public Optional<Instant> lastPublishedBefore(Instant before) {
    return jdbi.withHandle(h -> h.createQuery("select a.published_at from article a where a.status = 'published' "
            + "and a.published_at < :before order by a.status, a.published_at desc limit 1")
        .bind("before", utc(before)).map((rs, ctx) -> instant(rs, 1)).findOne());
  }

  /** When the oldest article published in [from, to) was published: a day archive's next day. */
  public Optional<Instant> firstPublishedBetween(Instant from, Instant to) {
    return jdbi.withHandle(h -> h.createQuery("select a.published_at from article a where a.status = 'published' "
            + "and a.published_at >= :from and a.published_at < :to order by a.status, a.published_at limit 1")
        .bind("from", utc(from)).bind("to", utc(to)).map((rs, ctx) -> instant(rs, 1)).findOne());
  }

  /** Every article, drafts included: zero only for a site nobody has written to yet. */
  public long countAll() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from article").mapTo(Long.class).one());
  }

  public long countPublished() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from article where status = 'published'")
        .mapTo(Long.class).one());
  }

  /**
   * A {@code timestamp with time zone} column as an instant. H2 gives an Instant straight from its
   * value; through an OffsetDateTime it first built a LocalDate, a LocalTime, a LocalDateTime and the
   * OffsetDateTime, for each of the thirty-odd dates an uncached article page reads (issue 15).
   * pgJDBC has no Instant conversion: an OffsetDateTime there, as before.
   */
  public static Instant instant(ResultSet rs, int column) throws SQLException {
    if (rs.isWrapperFor(org.h2.jdbc.JdbcResultSet.class)) {
      return rs.getObject(column, Instant.class);
    }
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A keyset page of the article table: its published articles, and the id the next page starts after. */
  public record PublishedPage(List<Article> articles, long lastId, boolean isLast) {}

  /**
   * The published articles among the next {@code limit} rows after {@code afterId}, in id order:
   * pages that stream the whole archive (a full reindex) in three queries each. The status is
   * filtered here rather than in SQL so that the database walks its primary key: with the status
   * in the where clause, H2 picks the status index and sorts every published row for each page.
   */
  public PublishedPage publishedPageAfter(long afterId, int limit) {
    return pageAfter(afterId, limit, Article::isPublished);
  }

  /** As {@link #publishedPageAfter}, every status kept: the newsroom's index of the whole archive. */
  public PublishedPage anyPageAfter(long afterId, int limit) {
    return pageAfter(afterId, limit, article -> true);
  }

  private PublishedPage pageAfter(long afterId, int limit, java.util.function.Predicate<Article> keep) {
    return jdbi.withHandle(h -> {
      List<Article> rows = h.createQuery(ARTICLE_SELECT + " where a.id > :after order by a.id limit :limit")
          .bind("after", afterId)
          .bind("limit", limit)
          .map((rs, ctx) -> mapArticle(rs))
          .list();
      long lastId = rows.isEmpty() ? afterId : rows.getLast().id();
      List<Article> kept = rows.stream().filter(keep).toList();
      return new PublishedPage(withPeopleAndTopics(h, kept), lastId, rows.size() < limit);
    });
  }

  /** The articles with these ids that still exist, in id order; three queries whatever the count. */
  public List<Article> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(h -> withPeopleAndTopics(h, h.createQuery(ARTICLE_SELECT
            + " where a.id in (<ids>) order by a.id")
        .bindList("ids", List.copyOf(ids))
        .map((rs, ctx) -> mapArticle(rs))
        .list()));
  }

  private static final String ARTICLE_SELECT = "select " + ARTICLE_COLUMNS
      + " from article a left join section s on s.id = a.section_id";

  private static List<Article> withPeopleAndTopics(Handle handle, List<Article> bare) {
    if (bare.isEmpty()) {
      return bare;
    }
    List<Long> ids = bare.stream().map(Article::id).toList();
    Map<Long, List<Author>> authors = new HashMap<>();
    handle.createQuery("""
            select aa.article_id, au.* from article_author aa join author au on au.id = aa.author_id
            where aa.article_id in (<ids>) order by aa.article_id, aa.position
            """)
        .bindList("ids", ids)
        .map((rs, ctx) -> Map.entry(rs.getLong("article_id"), TaxonomyStore.AUTHOR.map(rs, ctx)))
        .forEach(e -> authors.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<Long, List<Topic>> topics = new HashMap<>();
    handle.createQuery("""
            select at.article_id, t.* from article_topic at join topic t on t.id = at.topic_id
            where at.article_id in (<ids>) order by at.article_id, at.position
            """)
        .bindList("ids", ids)
        .map((rs, ctx) -> Map.entry(rs.getLong("article_id"), TaxonomyStore.TOPIC.map(rs, ctx)))
        .forEach(e -> topics.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return bare.stream().map(a -> withLists(a, authors.getOrDefault(a.id(), List.of()),
        topics.getOrDefault(a.id(), List.of()))).toList();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
