package kiosque.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.Author;
import kiosque.content.FrenchDates;
import kiosque.content.Section;
import kiosque.content.Topic;
import kiosque.web.Head.MetaTag;
import kiosque.web.Layout;
import kiosque.web.Messages;
import kiosque.web.Urls;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;

/** The model has no lead image yet; once the media library provides one, feeds and metadata carry it. */
class LeadImageTest {

  static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
  static final Instant PUBLISHED = Instant.parse("2025-05-31T18:30:00Z");
  static final LeadImage IMAGE = new LeadImage("https://cdn.example.org/port.jpg", 1600, 900, "image/jpeg",
      "Le port de Tanger", List.of("https://cdn.example.org/port-1x1.jpg", "https://cdn.example.org/port-4x3.jpg",
      "https://cdn.example.org/port-16x9.jpg"));

  final Urls urls = new Urls(URI.create("https://www.kiosque.example"), CASABLANCA);
  final Messages msg = new Messages(Locale.FRENCH);
  final FeedContext context = FeedContext.of("Kiosque", "fr", CASABLANCA, Clock.fixed(PUBLISHED, ZoneOffset.UTC), urls,
      msg, null);
  final Article article = new Article(12, null, "port-de-tanger", "Le port de Tanger s’agrandit", "Un chapô.",
      "<p>Texte.</p>", "Texte.", new Section(1, "Économie", "economie", null),
      List.of(new Author(3, "I.L", null, null, "i-l")), List.of(new Topic(4, "Ports", "ports", null)),
      ArticleStatus.PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED, null, null, 0);

  @Test
  void jsonLdListsTheThreeCropsAndOpenGraphTheLargeImage() throws Exception {
    PageMetadata metadata = new PageMetadata(context, new FrenchDates(CASABLANCA, Locale.FRENCH), a -> Optional.of(IMAGE),
        Optional.empty(), "");
    Layout layout = metadata.article(new Layout("Kiosque", article.title(), "Un chapô.",
        urls.absolute(urls.article(article)), List.of(), "/site.css", msg, true), article);

    JsonNode json = new ObjectMapper().readTree(JsonLdText.of(layout.head().jsonLd().getFirst()));
    assertThat(json.path("image")).extracting(JsonNode::asText).containsExactlyElementsOf(IMAGE.crops());
    assertThat(layout.head().meta()).contains(MetaTag.property("og:image", IMAGE.url()),
        MetaTag.property("og:image:width", "1600"), MetaTag.property("og:image:alt", "Le port de Tanger"),
        MetaTag.name("twitter:card", "summary_large_image"), MetaTag.name("twitter:image", IMAGE.url()));
  }

  @Test
  void rssCarriesItAsMediaContentAndAtomAsAnEnclosure() {
    Feed feed = new Feed("https://www.kiosque.example/", "Kiosque", "Tout", "https://www.kiosque.example/", "fr",
        "Kiosque", PUBLISHED, List.of(new Feed.Entry("tag:www.kiosque.example,2025-05-31:article-12", article.title(),
        "https://www.kiosque.example/2025/05/31/port-de-tanger-12", "Un chapô.", "<p>Texte.</p>", List.of("Ports"),
        List.of(new Feed.Person("I.L", "https://www.kiosque.example/auteur/i-l")), PUBLISHED, PUBLISHED, IMAGE)));

    SyndEntry rss = Feeds.parse(new RssWriter(CASABLANCA).write(feed, "https://www.kiosque.example/rss.xml").text())
        .getEntries().getFirst();
    SyndEntry atom = Feeds.parse(new AtomWriter(CASABLANCA).write(feed, "https://www.kiosque.example/atom.xml").text())
        .getEntries().getFirst();

    Element media = rss.getForeignMarkup().stream()
        .filter(e -> e.getNamespaceURI().equals(RssWriter.MEDIA) && e.getName().equals("content")).findFirst().orElseThrow();
    assertThat(media.getAttributeValue("url")).isEqualTo(IMAGE.url());
    assertThat(media.getAttributeValue("medium")).isEqualTo("image");
    assertThat(media.getAttributeValue("width")).isEqualTo("1600");
    assertThat(atom.getEnclosures()).singleElement().satisfies(enclosure -> {
      assertThat(enclosure.getUrl()).isEqualTo(IMAGE.url());
      assertThat(enclosure.getType()).isEqualTo("image/jpeg");
    });
  }
}
