package kiosque.feeds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.Content;
import java.io.IOException;
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
  // not for every uncached page (issue 15). The publisher, nested in every page's NewsArticle, is
  // printed there as serialised once.
  private final List<Alternate> siteFeeds;
  private final String publisherNested;
  private final Content publisherJson;

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
    this.publisherNested = JsonLd.write(organization(false));
    this.publisherJson = JsonLd.written(JsonLd.write(organization(true)));
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
    String canonical = layout.canonicalUrl();
    String description = layout.description();
    return layout.withHead(new Head(siteFeeds, articleCard(layout, article, card),
        List.of(JsonLd.streamed(json -> newsArticle(json, canonical, description, article, image)),
            JsonLd.streamed(json -> breadcrumbs(json, article)))));
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

  private void newsArticle(JsonGenerator json, String canonical, String description, Article article,
      Optional<LeadImage> image) throws IOException {
    JsonLd.startObject(json, "NewsArticle");
    json.writeObjectFieldStart("mainEntityOfPage");
    json.writeStringField("@type", "WebPage");
    json.writeStringField("@id", canonical);
    json.writeEndObject();
    json.writeStringField("url", canonical);
    json.writeStringField("headline", article.title());
    json.writeStringField("description", description);
    json.writeStringField("inLanguage", language);
    json.writeStringField("datePublished", dates.iso(article.publishedAt()));
    json.writeStringField("dateModified", dates.iso(modified(article)));
    json.writeArrayFieldStart("author");
    for (Author author : article.authors()) {
      JsonLd.startTyped(json, "Person");
      json.writeStringField("name", author.displayName());
      json.writeStringField("url", urls.absolute(urls.author(author.slug())));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeFieldName("publisher");
    json.writeRawValue(publisherNested);
    if (image.isPresent()) {
      LeadImage img = image.get();
      json.writeArrayFieldStart("image");
      if (img.crops().isEmpty()) {
        json.writeString(img.url());
      } else {
        for (String crop : img.crops()) {
          json.writeString(crop);
        }
      }
      json.writeEndArray();
    }
    if (article.section() != null) {
      json.writeStringField("articleSection", article.section().name());
    }
    json.writeArrayFieldStart("keywords");
    for (Topic topic : article.topics()) {
      json.writeString(topic.name());
    }
    json.writeEndArray();
    json.writeBooleanField("isAccessibleForFree", true);
    ArticleExtras extras = article.extras();
    if (extras.correction() != null && extras.correctedAt() != null) {
      // schema.org's correction: a CorrectionComment with its text and when it was published.
      json.writeFieldName("correction");
      JsonLd.startTyped(json, "CorrectionComment");
      json.writeStringField("text", extras.correction());
      json.writeStringField("datePublished", dates.iso(extras.correctedAt()));
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** Home, then the section when there is one, then the article. */
  private void breadcrumbs(JsonGenerator json, Article article) throws IOException {
    JsonLd.startObject(json, "BreadcrumbList");
    json.writeArrayFieldStart("itemListElement");
    int position = 1;
    listItem(json, position++, msg.get("breadcrumb.home"), urls.home());
    if (article.section() != null) {
      listItem(json, position++, article.section().name(), urls.section(article.section().slug()));
    }
    listItem(json, position, article.title(), urls.article(article));
    json.writeEndArray();
    json.writeEndObject();
  }

  private void listItem(JsonGenerator json, int position, String name, String href) throws IOException {
    JsonLd.startTyped(json, "ListItem");
    json.writeNumberField("position", position);
    json.writeStringField("name", name);
    json.writeStringField("item", urls.absolute(href));
    json.writeEndObject();
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
