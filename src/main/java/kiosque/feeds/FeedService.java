package kiosque.feeds;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import kiosque.cache.Rendered;
import kiosque.content.Article;
import kiosque.content.Author;
import kiosque.content.Section;
import kiosque.content.TaxonomyStore;
import kiosque.content.Topic;
import kiosque.web.CacheKeys;
import kiosque.web.LentPage;
import kiosque.web.Messages;
import kiosque.errors.NotFoundException;
import kiosque.web.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Builds the RSS and Atom feeds of the site, a section, a topic or an author: the latest 50 articles in full. */
public final class FeedService {

  static final int ITEMS = 50;

  private final SyndicationStore store;
  private final TaxonomyStore taxonomy;
  private final Urls urls;
  private final Messages msg;
  private final LeadImages images;
  private final String siteName;
  private final String language;
  private final Clock clock;
  private final RssWriter rss;
  private final AtomWriter atom;
  private final String tagAuthority;
  private final FeedEmbeds embeds;

  public FeedService(FeedContext context, TaxonomyStore taxonomy, LeadImages images) {
    this.store = context.store();
    this.taxonomy = taxonomy;
    this.urls = context.urls();
    this.msg = context.msg();
    this.images = images;
    this.siteName = context.siteName();
    this.language = context.language();
    this.clock = context.clock();
    this.rss = new RssWriter(context.zone());
    this.atom = new AtomWriter(context.zone());
    this.tagAuthority = URI.create(urls.absolute("/")).getHost();
    this.embeds = new FeedEmbeds(msg);
  }

  public Rendered site(String format) {
    return feed(format, Listing.SITE, CacheKeys.LATEST, siteName, msg.get("home.description"), urls.home());
  }

  public Rendered section(String slug, String format) {
    Section section = taxonomy.sectionBySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
    return feed(format, new Listing(Listing.Kind.SECTION, section.id()), CacheKeys.section(section.id()),
        section.name(), description(section.name(), section.description()), urls.section(slug));
  }

  public Rendered topic(String slug, String format) {
    Topic topic = taxonomy.topicBySlug(slug).orElseThrow(() -> new NotFoundException("topic " + slug));
    return feed(format, new Listing(Listing.Kind.TOPIC, topic.id()), CacheKeys.topic(topic.id()),
        topic.name(), description(topic.name(), topic.description()), urls.topic(slug));
  }

  public Rendered author(String slug, String format) {
    Author author = taxonomy.authorBySlug(slug).orElseThrow(() -> new NotFoundException("author " + slug));
    return feed(format, new Listing(Listing.Kind.AUTHOR, author.id()), CacheKeys.author(author.id()),
        author.displayName(), description(author.displayName(), author.bio()), urls.author(slug));
  }

  private String description(String name, String intro) {
    return intro != null && !intro.isBlank() ? intro : msg.format("listing.description", name, siteName);
  }

  private Rendered feed(String format, Listing listing, String key, String name, String subtitle, String page) {
    List<SyndicationStore.FeedArticle> latest = store.latest(listing, ITEMS);
    List<Article> items = latest.stream().map(SyndicationStore.FeedArticle::article).toList();
    List<Long> ids = items.stream().map(Article::id).toList();
    List<Feed.Entry> entries = latest.stream().map(f -> entry(f.article(), f.hasLeadImage())).toList();
    Instant updated = items.stream().map(Article::updatedAt).max(Comparator.naturalOrder()).orElse(null);
    String title = listing.kind() == Listing.Kind.SITE ? siteName : name + " - " + siteName;
    Feed feed = new Feed(urls.absolute(page), title, subtitle, urls.absolute(page), language, siteName,
        updated != null ? updated : clock.instant(), entries);
    String self = urls.absolute(urls.feed(page, format));
    LentPage body = format.equals("atom") ? atom.write(feed, self) : rss.write(feed, self);
    return Rendered.lent(body, format.equals("atom") ? AtomWriter.CONTENT_TYPE : RssWriter.CONTENT_TYPE,
        CacheKeys.listing(key, ids), updated);
  }

  private Feed.Entry entry(Article article, boolean hasLeadImage) {
    return new Feed.Entry(
        guid(article),
        article.title(),
        urls.absolute(urls.article(article)),
        article.summary(),
        forReaders(article.bodyHtml()),
        article.topics().stream().map(Topic::name).toList(),
        article.authors().stream()
            .map(a -> new Feed.Person(a.byline(), urls.absolute(urls.author(a.slug())))).toList(),
        article.publishedAt(),
        article.updatedAt(),
        hasLeadImage ? images.of(article).orElse(null) : null);
  }

  /**
   * {@code tag:example.com,2025-06-01:article-123} (RFC 4151): the id and the day the row was
   * created never change, so a corrected title, a new slug or a moved publication date is never
   * taken for a new article by feed readers.
   */
  String guid(Article article) {
    return "tag:" + tagAuthority + "," + article.createdAt().atOffset(ZoneOffset.UTC).toLocalDate()
        + ":article-" + article.id();
  }

  /**
   * Feed readers show the body outside the site: relative links and images must carry the site's
   * address. Bodies are stored as jsoup wrote them (BodySanitizer: lower-case attributes in double
   * quotes), so a body whose every href and src is already absolute is returned as it is, without
   * parsing it into a tree: most bodies, and the megabyte a 50-article feed allocated for them.
   */
  static boolean hasRelativeLinks(String bodyHtml) {
    return hasRelative(bodyHtml, " href=\"") || hasRelative(bodyHtml, " src=\"");
  }

  private static boolean hasRelative(String html, String attribute) {
    for (int at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at + 1)) {
      int value = at + attribute.length();
      if (!html.startsWith("https://", value) && !html.startsWith("http://", value)) {
        return true;
      }
    }
    return false;
  }

  /** The body with absolute links and images, and its embeds as links to the original ({@link FeedEmbeds}). */
  private String forReaders(String bodyHtml) {
    boolean hasEmbeds = FeedEmbeds.present(bodyHtml);
    if (!hasEmbeds && !hasRelativeLinks(bodyHtml)) {
      return bodyHtml;
    }
    Document document = Jsoup.parseBodyFragment(bodyHtml, urls.absolute("/"));
    if (hasEmbeds) {
      embeds.replace(document.body());
    }
    for (Element link : document.select("a[href]")) {
      link.attr("href", link.absUrl("href"));
    }
    for (Element image : document.select("img[src]")) {
      image.attr("src", image.absUrl("src"));
    }
    document.outputSettings().prettyPrint(false);
    return document.body().html();
  }
}
