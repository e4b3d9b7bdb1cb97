package kiosque.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import kiosque.cache.Rendered;
import kiosque.content.ArticleStore;
import kiosque.content.Page;
import kiosque.content.Teaser;
import kiosque.web.CacheKeys;
import kiosque.web.LentPage;
import kiosque.errors.NotFoundException;
import kiosque.web.Urls;

/**
 * The sitemap index and what it lists: the Google News sitemap (articles first published in the
 * last 48 hours by the injected clock, 1,000 per file), one sitemap per month of articles, and the
 * section, topic and author pages; plus robots.txt, which points to the index.
 */
public final class SitemapService {

  static final int NEWS_PER_FILE = 1000;
  static final Duration NEWS_WINDOW = Duration.ofHours(48);
  /** The protocol's limit per file; a month beyond it is cut (its first kept). */
  static final int URLS_PER_FILE = 50_000;
  /**
   * Topics and authors per file: a site's topics grow without bound (4,121 in 100,000 articles
   * here), and a file of all of them cost a request 4 ms or more, growing with them. 1,000 a file,
   * as the news files and Yoast's sitemaps have, keeps each request's work bounded (issue 15).
   */
  static final int TAXONOMY_PER_FILE = 1000;

  private final SyndicationStore store;
  private final ArticleStore articles;
  private final Urls urls;
  private final ZoneId zone;
  private final java.time.Clock clock;
  private final String publication;
  private final String language;
  private final SitemapWriter writer;

  /** @param newsLanguage the ISO 639 code Google News files the articles under */
  public SitemapService(FeedContext context, ArticleStore articles, String newsLanguage) {
    this.store = context.store();
    this.articles = articles;
    this.urls = context.urls();
    this.zone = context.zone();
    this.clock = context.clock();
    this.publication = context.siteName();
    this.language = newsLanguage;
    this.writer = new SitemapWriter(zone);
  }

  public Rendered index() {
    List<SitemapWriter.Entry> sitemaps = new ArrayList<>();
    Page<Teaser> news = recent(1);
    for (int part = 1; part <= (news.total() + NEWS_PER_FILE - 1) / NEWS_PER_FILE; part++) {
      sitemaps.add(new SitemapWriter.Entry(urls.absolute(urls.sitemap(newsName(part))), news.items().getFirst().publishedAt()));
    }
    // Months and their newest update are kept by the writes (ListingSummaries): a few hundred rows,
    // not the archive grouped at each request.
    Instant newest = null;
    for (Map.Entry<YearMonth, Instant> month : store.months()) {
      sitemaps.add(new SitemapWriter.Entry(urls.absolute(urls.sitemap(monthName(month.getKey()))), month.getValue()));
      newest = newest == null || month.getValue().isAfter(newest) ? month.getValue() : newest;
    }
    sitemaps.add(new SitemapWriter.Entry(urls.absolute(urls.sitemap("rubriques")), newest));
    for (Taxonomy taxonomy : Taxonomy.values()) {
      int files = (store.countWithArticles(taxonomy.table) + TAXONOMY_PER_FILE - 1) / TAXONOMY_PER_FILE;
      for (int part = 1; part <= files; part++) {
        sitemaps.add(new SitemapWriter.Entry(urls.absolute(urls.sitemap(partName(taxonomy.file, part))), newest));
      }
    }
    return xml(writer.index(sitemaps), CacheKeys.of(CacheKeys.LATEST), newest);
  }

  /** Part 1 always exists (empty when nothing was published lately: Google News keeps polling the same address). */
  public Rendered news(int part) {
    Page<Teaser> page = recent(part);
    if (part > 1 && page.items().isEmpty()) {
      throw new NotFoundException("news sitemap " + part);
    }
    List<SitemapWriter.NewsEntry> entries = page.items().stream()
        .map(t -> new SitemapWriter.NewsEntry(urls.absolute(urls.article(t)), t.title(), t.publishedAt()))
        .toList();
    Instant newest = page.items().isEmpty() ? null : page.items().getFirst().publishedAt();
    return xml(writer.news(entries, publication, language), CacheKeys.of(CacheKeys.LATEST), newest);
  }

  /** Newest first, so that the first file holds the freshest 1,000. */
  private Page<Teaser> recent(int part) {
    Instant now = clock.instant();
    // The upper bound leaves out articles scheduled for later; [from, to) so one millisecond past now.
    return articles.publishedBetween(now.minus(NEWS_WINDOW), now.plusMillis(1), part, NEWS_PER_FILE);
  }

  public Rendered month(YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    List<SyndicationStore.Dated> published = store.publishedBetween(from, to, URLS_PER_FILE);
    if (published.isEmpty()) {
      throw new NotFoundException("no article in " + month);
    }
    List<SitemapWriter.Entry> entries = published.stream()
        .map(a -> new SitemapWriter.Entry(
            urls.absolute(urls.article(new Teaser(a.id(), a.slug(), null, null, a.publishedAt(), null))), a.updatedAt()))
        .toList();
    Instant newest = published.stream().map(SyndicationStore.Dated::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
    return xml(writer.urls(entries), CacheKeys.of(CacheKeys.month(month)), newest);
  }

  /** The home page and every section with published articles. */
  public Rendered sections() {
    List<SyndicationStore.Named> sections = store.sectionsWithArticles(URLS_PER_FILE - 1);
    Instant newest = sections.stream().map(SyndicationStore.Named::lastModified).max(Comparator.naturalOrder())
        .orElse(null);
    List<SitemapWriter.Entry> entries = new ArrayList<>();
    entries.add(new SitemapWriter.Entry(urls.absolute(urls.home()), newest));
    sections.forEach(s -> entries.add(new SitemapWriter.Entry(urls.absolute(urls.section(s.slug())), s.lastModified())));
    return xml(writer.urls(entries), CacheKeys.of(CacheKeys.LATEST), newest);
  }

  /** The topics and authors with articles, each in files of {@link #TAXONOMY_PER_FILE}. */
  enum Taxonomy {
    TOPICS("topic", "sujets", Urls::topic),
    AUTHORS("author", "auteurs", Urls::author);

    final String table;
    final String file;
    /** The page's address on the site, from its slug. */
    final BiFunction<Urls, String, String> path;

    Taxonomy(String table, String file, BiFunction<Urls, String, String> path) {
      this.table = table;
      this.file = file;
      this.path = path;
    }
  }

  /**
   * One file of a taxonomy's pages with articles, the most recently updated first: {@code sujets.xml}
   * holds the freshest 1,000, {@code sujets-2.xml} the next. A part past the last is a 404; so is
   * the first when nothing has articles.
   */
  public Rendered taxonomy(Taxonomy taxonomy, int part) {
    List<SyndicationStore.Named> pages =
        store.withArticles(taxonomy.table, (part - 1) * TAXONOMY_PER_FILE, TAXONOMY_PER_FILE);
    if (pages.isEmpty()) {
      throw new NotFoundException("no " + taxonomy.file + " with articles in part " + part);
    }
    List<SitemapWriter.Entry> entries = new ArrayList<>(pages.size());
    for (SyndicationStore.Named page : pages) {
      entries.add(new SitemapWriter.Entry(urls.absolute(taxonomy.path.apply(urls, page.slug())), page.lastModified()));
    }
    return xml(writer.urls(entries), CacheKeys.of(CacheKeys.LATEST), pages.getFirst().lastModified());
  }

  /** Crawlers may go anywhere but the newsroom and search results (endless, and noindex anyway). */
  public Rendered robots() {
    String text = """
        User-agent: *
        Disallow: /redaction
        Disallow: /recherche

        Sitemap: %s
        Sitemap: %s
        """.formatted(urls.absolute(urls.sitemapIndex()), urls.absolute(urls.sitemap(newsName(1))));
    return new Rendered(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", CacheKeys.NONE, null);
  }

  static String newsName(int part) {
    return partName("news", part);
  }

  /** {@code news}, {@code news-2} ...: the first part keeps the name it always had. */
  static String partName(String name, int part) {
    return part == 1 ? name : name + "-" + part;
  }

  static String monthName(YearMonth month) {
    return "articles-" + month;
  }

  /**
   * Which part of the files named {@code base} this name is ({@link #partName}'s inverse): 1 for
   * {@code base}, N for {@code base-N} (N from 2, four digits at most), 0 for any other name.
   */
  static int partOf(String name, String base) {
    if (name.equals(base)) {
      return 1;
    }
    String suffix = name.startsWith(base + "-") ? name.substring(base.length() + 1) : "";
    return suffix.matches("[2-9]|[1-9]\\d{1,3}") ? Integer.parseInt(suffix) : 0;
  }

  /** The sitemap a name from the index stands for; 404 for anything else. */
  public Rendered named(String name) {
    int news = partOf(name, "news");
    if (news > 0) {
      return news(news);
    }
    for (Taxonomy taxonomy : Taxonomy.values()) {
      int part = partOf(name, taxonomy.file);
      if (part > 0) {
        return taxonomy(taxonomy, part);
      }
    }
    if (name.matches("articles-\\d{4}-(0[1-9]|1[0-2])")) {
      return month(YearMonth.parse(name.substring(9)));
    }
    return switch (name) {
      case "rubriques" -> sections();
      default -> throw new NotFoundException("sitemap " + name);
    };
  }

  private static Rendered xml(LentPage body, CacheKeys keys, Instant lastModified) {
    return Rendered.lent(body, SitemapWriter.CONTENT_TYPE, keys, lastModified);
  }
}
