package kiosque.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.ArticleExtras;
import kiosque.content.ArticleStatus;
import kiosque.content.Author;
import kiosque.content.FrenchDates;
import kiosque.content.Section;
import kiosque.content.Topic;
import kiosque.web.Layout;
import kiosque.web.Link;
import kiosque.web.Messages;
import kiosque.web.Urls;
import kiosque.web.Views;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The article page's JSON-LD written by a generator into the page (issue 15) is, character for
 * character, what the tree of nodes it replaces serialised: the NewsArticle and the breadcrumbs of
 * articles with or without section, authors, topics, lead image, crops, correction, and texts full
 * of what the escapes are for ({@code </script>}, {@code &}, U+2028, U+2029, quotes, controls, emoji,
 * lone surrogates, documents longer than the buffers); the publisher with and without logo and
 * e-mail. Both as text and as the page's bytes: printed by the jsonld tag into a page, the streamed
 * document (its characters encoded straight into the page) gives the bytes of the tree's String.
 */
class JsonLdProperties {

  static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
  final Urls urls = new Urls(URI.create("https://www.kiosque.example"), CASABLANCA);
  final Messages msg = new Messages(Locale.FRENCH);
  final FrenchDates dates = new FrenchDates(CASABLANCA, Locale.FRENCH);

  @Property(tries = 1500)
  void streamedDocumentsAreTheTreesSerialised(@ForAll("articles") Article article, @ForAll("images") Optional<LeadImage> image,
      @ForAll("texts") String description, @ForAll("texts") String siteName, @ForAll boolean logo,
      @ForAll("texts") String email) {
    Optional<URI> logoUri = logo ? Optional.of(URI.create("https://www.kiosque.example/logo.png")) : Optional.empty();
    FeedContext context = FeedContext.of(siteName, "fr", CASABLANCA, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), urls,
        msg, null);
    PageMetadata metadata = new PageMetadata(context, dates, a -> image, logoUri, email);
    String canonical = urls.absolute(urls.article(article));
    Layout layout = metadata.article(new Layout(siteName, article.title(), description, canonical, List.of(),
        "/site.css", msg, true), article, image);

    ObjectNode publisher = organization(false, siteName, logoUri, email);
    assertThat(layout.head().jsonLd()).hasSize(2);
    assertThat(JsonLdText.of(layout.head().jsonLd().get(0)))
        .isEqualTo(JsonLd.write(newsArticle(canonical, description, article, image, publisher)));
    assertThat(JsonLdText.of(layout.head().jsonLd().get(1))).isEqualTo(JsonLd.write(breadcrumbs(article)));
    Views views = new Views();
    assertThat(views.renderBytes("tag/jsonld.jte", layout.head().jsonLd().get(0))).isEqualTo(views.renderBytes(
        "tag/jsonld.jte", JsonLd.written(JsonLd.write(newsArticle(canonical, description, article, image, publisher)))));
    Layout home = metadata.home(new Layout(siteName, siteName, description, canonical, List.of(), "/site.css", msg,
        true));
    assertThat(JsonLdText.of(home.head().jsonLd().getFirst()))
        .isEqualTo(JsonLd.write(organization(true, siteName, logoUri, email)));
  }

  // What PageMetadata built before, kept here as the reference.

  private ObjectNode newsArticle(String canonical, String description, Article article, Optional<LeadImage> image,
      ObjectNode publisher) {
    ObjectNode node = JsonLd.object("NewsArticle");
    node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", canonical);
    node.put("url", canonical);
    node.put("headline", article.title());
    node.put("description", description);
    node.put("inLanguage", msg.language());
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

  private ObjectNode organization(boolean topLevel, String siteName, Optional<URI> logo, String contactEmail) {
    ObjectNode node = topLevel ? JsonLd.object("NewsMediaOrganization") : JsonLd.typed("NewsMediaOrganization");
    String about = urls.absolute(urls.publisher());
    node.put("name", siteName);
    node.put("url", urls.absolute(urls.home()));
    logo.ifPresent(uri -> node.putObject("logo").put("@type", "ImageObject").put("url", uri.toString()));
    node.put("publishingPrinciples", about + "#" + PageMetadata.PRINCIPLES);
    node.put("correctionsPolicy", about + "#" + PageMetadata.CORRECTIONS);
    ObjectNode contact = node.putObject("contactPoint").put("@type", "ContactPoint")
        .put("contactType", msg.get("publisher.contactType")).put("url", about + "#" + PageMetadata.CONTACT);
    if (!contactEmail.isEmpty()) {
      contact.put("email", contactEmail);
    }
    return node;
  }

  private static Instant modified(Article article) {
    return article.updatedAt() != null && article.updatedAt().isAfter(article.publishedAt())
        ? article.updatedAt() : article.publishedAt();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("</script>", "<!--", "&amp;", "\u2028", "\u2029", "\"", "\\", "/", "'", "« ça »", "🎉",
            "\ud83c", "\udf89", "\u0000", "\u001f", "\u007f", "\u00a0", "l’armée", " ", "é🎉".repeat(1500)),
        Arbitraries.strings().ofMaxLength(6),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<Optional<LeadImage>> images() {
    Arbitrary<LeadImage> image = Combinators.combine(texts(), texts().list().ofMaxSize(3))
        .as((url, crops) -> new LeadImage("https://cdn.example.org/" + url, 1200, 800, "image/jpeg", "alt", crops));
    return image.optional();
  }

  @Provide
  Arbitrary<Article> articles() {
    Arbitrary<String> slugs = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    Arbitrary<Section> sections = Combinators.combine(texts(), slugs)
        .as((name, slug) -> new Section(1, name, slug, null)).injectNull(0.3);
    Arbitrary<Author> authors = Combinators.combine(texts(), texts().injectNull(0.5), slugs)
        .as((byline, fullName, slug) -> new Author(2, byline, fullName, null, slug));
    Arbitrary<Topic> topics = Combinators.combine(texts(), slugs).as((name, slug) -> new Topic(3, name, slug, null));
    Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
    Arbitrary<ArticleExtras> extras = Combinators.combine(texts().injectNull(0.5), instants.injectNull(0.3))
        .as((correction, at) -> new ArticleExtras(null, null, null, null, null, correction, at));
    return Combinators.combine(texts(), slugs, sections, authors.list().ofMaxSize(3), topics.list().ofMaxSize(4),
            instants, instants.injectNull(0.2), extras)
        .as((title, slug, section, by, about, published, updated, extra) -> new Article(12, null, slug, title, "",
            "<p>Texte.</p>", "Texte.", section, by, about, ArticleStatus.PUBLISHED, published, published, updated,
            null, null, 1, extra));
  }
}
