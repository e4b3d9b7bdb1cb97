package kiosque.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.ArticleExtras;
import kiosque.content.ArticleStatus;
import kiosque.content.FrenchDates;
import kiosque.content.Section;
import kiosque.web.Head.MetaTag;
import kiosque.web.Layout;
import kiosque.web.Messages;
import kiosque.web.Urls;
import org.junit.jupiter.api.Test;

/** The fields of issue 13 in what pages tell machines: the social card and the JSON-LD correction. */
class ArticleFieldsMetadataTest {

  static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
  static final Instant PUBLISHED = Instant.parse("2021-01-14T14:20:00Z");
  static final Instant CORRECTED = Instant.parse("2021-01-15T09:05:00Z");
  static final LeadImage LEAD = new LeadImage("https://www.kiosque.example/media/1/w1200.jpg", 1200, 800,
      "image/jpeg", "La place", List.of());
  static final LeadImage SOCIAL = new LeadImage("https://www.kiosque.example/media/2/w1200.jpg", 1200, 630,
      "image/jpeg", "Le cortège", List.of());

  final Urls urls = new Urls(URI.create("https://www.kiosque.example"), CASABLANCA);
  final Messages msg = new Messages(Locale.FRENCH);
  final FeedContext context = FeedContext.of("Kiosque", "fr", CASABLANCA, Clock.fixed(PUBLISHED, ZoneOffset.UTC), urls,
      msg, null);
  final LeadImages images = new LeadImages() {
    @Override
    public Optional<LeadImage> of(Article article) {
      return Optional.of(LEAD);
    }

    @Override
    public Optional<LeadImage> byId(long mediaId) {
      return mediaId == 2 ? Optional.of(SOCIAL) : Optional.empty();
    }
  };
  final PageMetadata metadata = new PageMetadata(context, new FrenchDates(CASABLANCA, Locale.FRENCH), images,
      Optional.empty(), "");

  @Test
  void theCorrectionIsACorrectionCommentWithItsTextAndDateAndTheArticleIsModifiedThen() throws Exception {
    Article article = article(new ArticleExtras(null, null, null, null, null,
        "Le cortège comptait 3 000 personnes, et non 30 000.", CORRECTED), CORRECTED);

    JsonNode json = new ObjectMapper().readTree(JsonLdText.of(layout(article).head().jsonLd().getFirst()));

    assertThat(json.path("@type").asText()).isEqualTo("NewsArticle");
    JsonNode correction = json.path("correction");
    assertThat(correction.path("@type").asText()).isEqualTo("CorrectionComment");
    assertThat(correction.path("text").asText()).isEqualTo("Le cortège comptait 3 000 personnes, et non 30 000.");
    assertThat(correction.path("datePublished").asText()).isEqualTo("2021-01-15T10:05:00+01:00");
    assertThat(json.path("dateModified").asText()).isEqualTo("2021-01-15T10:05:00+01:00");
  }

  @Test
  void anArticleWithoutCorrectionHasNoCorrectionProperty() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonLdText.of(layout(article(ArticleExtras.NONE, PUBLISHED)).head()
        .jsonLd().getFirst()));

    assertThat(json.has("correction")).isFalse();
  }

  @Test
  void theSocialTitleAndImageMakeTheCardElseTheHeadlineAndLeadImage() {
    Article shared = article(new ArticleExtras(null, "Titre pour Google", null, "Le titre qui se partage", 2L,
        null, null), PUBLISHED);
    Article plain = article(ArticleExtras.NONE, PUBLISHED);

    assertThat(layout(shared).head().meta()).contains(MetaTag.property("og:title", "Le titre qui se partage"),
        MetaTag.name("twitter:title", "Le titre qui se partage"), MetaTag.property("og:image", SOCIAL.url()),
        MetaTag.name("twitter:image", SOCIAL.url()));
    assertThat(layout(plain).head().meta()).contains(MetaTag.property("og:title", "Manifestation à Rabat"),
        MetaTag.name("twitter:title", "Manifestation à Rabat"), MetaTag.property("og:image", LEAD.url()));
  }

  @Test
  void aSocialImageThatIsGoneFallsBackToTheLeadImage() {
    Article shared = article(new ArticleExtras(null, null, null, null, 99L, null, null), PUBLISHED);

    assertThat(layout(shared).head().meta()).contains(MetaTag.property("og:image", LEAD.url()));
  }

  private Layout layout(Article article) {
    return metadata.article(new Layout("Kiosque", article.title(), "Un chapô.", urls.absolute(urls.article(article)),
        List.of(), "/site.css", msg, true), article, Optional.of(LEAD));
  }

  private static Article article(ArticleExtras extras, Instant updated) {
    return new Article(12, null, "manifestation-a-rabat", "Manifestation à Rabat", "Un chapô.", "<p>Texte.</p>",
        "Texte.", new Section(1, "Maroc", "maroc", null), List.of(), List.of(), ArticleStatus.PUBLISHED, PUBLISHED,
        PUBLISHED, updated, null, null, 1, extras);
  }
}
