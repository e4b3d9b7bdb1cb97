package kiosque.feeds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.ArticleExtras;
import kiosque.content.Author;
import kiosque.content.FrenchDates;
import kiosque.content.Topic;
import kiosque.web.Head;
import kiosque.web.Head.Alternate;
import kiosque.web.Head.MetaTag;
import kiosque.web.Layout;
import kiosque.web.Link;
import kiosque.web.Messages;
import kiosque.web.Urls;

/**
 * What reader pages tell machines: their feeds ({@code <link rel="alternate">}), OpenGraph and
 * Twitter cards for sharing, JSON-LD for search engines ({@code NewsArticle},
 * {@code BreadcrumbList}, the publisher as {@code NewsMediaOrganization}). Share links are
 * {@code kiosque.site.ShareLinks}.
 */
public final class PageMetadata {

  /** Anchors of the publisher page that structured data points to. */
  public static final String PRINCIPLES = "charte";
  public static final String CORRECTIONS = "corrections";
  public static final String CONTACT = "contact";

  private final Urls urls;
  private final Messages msg;
  private final String siteName;
  private final String language;
  private final FrenchDates dates;
  private final LeadImages images;
  private final Optional<URI> logo;
  private final String contactEmail;
  // The same on every page (they depend only on the settings given to the constructor): built once,
  // not for every uncached page (issue 15). The publisher node is shared by every page's
  // NewsArticle and never changed after it is built.
  private final List<Alternate> siteFeeds;
  private final ObjectNode publisher;
  private final String publisherJson;

  public PageMetadata(FeedContext context, FrenchDates dates, LeadImages images, Optional<URI> logo,
      String contactEmail) {
    this.urls = context.urls();
    this.msg = context.msg();
    this.siteName = context.siteName();
    this.language = context.msg().language();
    this.dates = dates;
    this.images = images;
    this.logo = logo;
    this.contactEmail = contactEmail;
    this.siteFeeds = feeds(siteName, urls.home());
    this.publisher = organization(false);
    this.publisherJson = JsonLd.write(organization(true));
  }

  /** The home page: the site's feeds, a website card, and who publishes it. */
  public Layout home(Layout layout) {
    return layout.withHead(new Head(siteFeeds, website(layout), List.of(publisherJson)));
  }

  /** A section, topic or author page: its own feeds and a website card. */
  public Layout listing(Layout layout, String name, String listingPath) {
    return layout.withHead(new Head(feeds(name + " - " + siteName, listingPath), website(layout), List.of()));
  }

  public Layout publisher(Layout layout) {
    return layout.withHead(new Head(siteFeeds, website(layout), List.of(publisherJson)));
  }

  public Layout article(Layout layout, Article article) {
    return article(layout, article, images.of(article));
  }

  /** The article's lead image, if it has one: looked up once for the page's figure and its metadata. */
  public Optional<LeadImage> leadImage(Article article) {
    return images.of(article);
  }

  /** The lead image the article's page read with it, if it has one. */
  public Optional<LeadImage> leadImage(Optional<kiosque.content.LeadMedia> media) {
    return media.flatMap(images::of);
  }

  public Layout article(Layout layout, Article article, Optional<LeadImage> image) {
    // Share cards show the social image the newsroom chose (issue 13), else the lead image.
    Long socialImage = article.extras().socialImageId();
    Optional<LeadImage> card = socialImage == null ? image : images.byId(socialImage).or(() -> image);
    return layout.withHead(new Head(siteFeeds, articleCard(layout, article, card),
        List.of(JsonLd.write(newsArticle(layout, article, image)), JsonLd.write(breadcrumbs(article)))));
  }

  private List<Alternate> feeds(String title, String listingPath) {
    return List.of(
        new Alternate("application/rss+xml", msg.format("feed.rss", title), urls.absolute(urls.feed(listingPath, "rss"))),
        new Alternate("application/atom+xml", msg.format("feed.atom", title), urls.absolute(urls.feed(listingPath, "atom"))));
  }

  private List<MetaTag> website(Layout layout) {
    List<MetaTag> meta = new ArrayList<>();
    meta.add(MetaTag.property("og:type", "website"));
    common(meta, layout, layout.pageTitle());
    meta.add(MetaTag.name("twitter:card", "summary"));
    return meta;
  }

  private void common(List<MetaTag> meta, Layout layout, String title) {
    meta.add(MetaTag.property("og:site_name", siteName));
    meta.add(MetaTag.property("og:title", title));
    if (!layout.description().isEmpty()) {
      meta.add(MetaTag.property("og:description", layout.description()));
    }
    meta.add(MetaTag.property("og:url", layout.canonicalUrl()));
  }

  private List<MetaTag> articleCard(Layout layout, Article article, Optional<LeadImage> image) {
    List<MetaTag> meta = new ArrayList<>();
    meta.add(MetaTag.property("og:type", "article"));
    // The social title when set, else the headline (never the SEO title: it is written for search results).
    String shared = article.extras().socialTitle() != null ? article.extras().socialTitle() : article.title();
    common(meta, layout, shared);
    meta.add(MetaTag.property("article:published_time", dates.iso(article.publishedAt())));
    meta.add(MetaTag.property("article:modified_time", dates.iso(modified(article))));
    if (article.section() != null) {
      meta.add(MetaTag.property("article:section", article.section().name()));
    }
    for (Author author : article.authors()) {
      meta.add(MetaTag.property("article:author", urls.absolute(urls.author(author.slug()))));
    }
    for (Topic topic : article.topics()) {
      meta.add(MetaTag.property("article:tag", topic.name()));
    }
    image.ifPresent(img -> {
      meta.add(MetaTag.property("og:image", img.url()));
      meta.add(MetaTag.property("og:image:width", String.valueOf(img.width())));
      meta.add(MetaTag.property("og:image:height", String.valueOf(img.height())));
      if (img.alt() != null && !img.alt().isBlank()) {
        meta.add(MetaTag.property("og:image:alt", img.alt()));
      }
    });
    boolean large = image.map(LeadImage::large).orElse(false);
    meta.add(MetaTag.name("twitter:card", large ? "summary_large_image" : "summary"));
    meta.add(MetaTag.name("twitter:title", shared));
    if (!layout.description().isEmpty()) {
      meta.add(MetaTag.name("twitter:description", layout.description()));
    }
    image.ifPresent(img -> meta.add(MetaTag.name("twitter:image", img.url())));
    return meta;
  }

  private ObjectNode newsArticle(Layout layout, Article article, Optional<LeadImage> image) {
    ObjectNode node = JsonLd.object("NewsArticle");
    node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", layout.canonicalUrl());
    node.put("url", layout.canonicalUrl());
    node.put("headline", article.title());
    node.put("description", layout.description());
    node.put("inLanguage", language);
    node.put("datePublished", dates.iso(article.publishedAt()));
    node.put("dateModified", dates.iso(modified(article)));
    ArrayNode authors = node.putArray("author");
    for (Author author : article.authors()) {
      authors.add(JsonLd.typed("Person").put("name", author.displayName())
          .put("url", urls.absolute(urls.author(author.slug()))));
    }
    node.set("publisher", publisher);
    image.ifPresent(img -> {
      ArrayNode list = node.putArray("image");
      if (img.crops().isEmpty()) {
        list.add(img.url());
      } else {
        img.crops().forEach(list::add);
      }
    });
    if (article.section() != null) {
      node.put("articleSection", article.section().name());
    }
    ArrayNode keywords = node.putArray("keywords");
    article.topics().forEach(t -> keywords.add(t.name()));
    node.put("isAccessibleForFree", true);
    ArticleExtras extras = article.extras();
    if (extras.correction() != null && extras.correctedAt() != null) {
      // schema.org's correction: a CorrectionComment with its text and when it was published.
      node.set("correction", JsonLd.typed("CorrectionComment").put("text", extras.correction())
          .put("datePublished", dates.iso(extras.correctedAt())));
    }
    return node;
  }

  private ObjectNode breadcrumbs(Article article) {
    ObjectNode node = JsonLd.object("BreadcrumbList");
    ArrayNode items = node.putArray("itemListElement");
    List<Link> trail = new ArrayList<>();
    trail.add(new Link(msg.get("breadcrumb.home"), urls.home()));
    if (article.section() != null) {
      trail.add(new Link(article.section().name(), urls.section(article.section().slug())));
    }
    trail.add(new Link(article.title(), urls.article(article)));
    for (int i = 0; i < trail.size(); i++) {
      items.add(JsonLd.typed("ListItem").put("position", i + 1).put("name", trail.get(i).label())
          .put("item", urls.absolute(trail.get(i).href())));
    }
    return node;
  }

  /** The publisher, with the policies Google asks news publishers to publish. */
  private ObjectNode organization(boolean topLevel) {
    ObjectNode node = topLevel ? JsonLd.object("NewsMediaOrganization") : JsonLd.typed("NewsMediaOrganization");
    String about = urls.absolute(urls.publisher());
    node.put("name", siteName);
    node.put("url", urls.absolute(urls.home()));
    logo.ifPresent(uri -> node.putObject("logo").put("@type", "ImageObject").put("url", uri.toString()));
    node.put("publishingPrinciples", about + "#" + PRINCIPLES);
    node.put("correctionsPolicy", about + "#" + CORRECTIONS);
    ObjectNode contact = node.putObject("contactPoint").put("@type", "ContactPoint")
        .put("contactType", msg.get("publisher.contactType")).put("url", about + "#" + CONTACT);
    if (!contactEmail.isEmpty()) {
      contact.put("email", contactEmail);
    }
    return node;
  }

  /** An article never edited since publication has its publication time as last modification. */
  private static java.time.Instant modified(Article article) {
    return article.updatedAt() != null && article.updatedAt().isAfter(article.publishedAt())
        ? article.updatedAt() : article.publishedAt();
  }
}
