package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import kiosque.Wiring;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.Images;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The columns of V700 (kicker, SEO, social, correction) on H2 and PostgreSQL, through the article service. */
@BothDatabases
class ArticleFieldsStoreTest {

  static final Instant START = Instant.parse("2026-11-29T10:00:00Z");

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void theFieldsAreStoredReadBackAndTheKickerReachesTheTeaserRow() {
    MutableClock clock = new MutableClock(START.toString());
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), clock)) {
      Media image = wiring.mediaService().importImage(Actor.operator("test"), "cortege.jpg",
          new ByteArrayInputStream(Images.jpeg(1200, 630)), "Le cortège sur l’avenue", "Agence");
      ArticleExtras extras = new ArticleExtras("Gilets jaunes", "Manifestation à Paris : ce qu’il faut savoir",
          "Le cortège a réuni 3 000 personnes.", "Les gilets jaunes de retour", image.id(),
          "Le cortège comptait 3 000 personnes, et non 30 000.", null);

      long id = wiring.articleService().save(article().id("gj").title("Les gilets jaunes défilent à Paris")
          .build().withExtras(extras)).articleId();

      Article stored = wiring.articleStore().findById(id).orElseThrow();
      assertThat(stored.extras()).isEqualTo(new ArticleExtras("Gilets jaunes",
          "Manifestation à Paris : ce qu’il faut savoir", "Le cortège a réuni 3 000 personnes.",
          "Les gilets jaunes de retour", image.id(), "Le cortège comptait 3 000 personnes, et non 30 000.", START));
      assertThat(stored.title()).as("the title is never split into a kicker").isEqualTo("Les gilets jaunes défilent à Paris");
      String teaserKicker = wiring.database().jdbi().withHandle(h -> h.createQuery(
          "select kicker from article_teaser where id = :id").bind("id", id).mapTo(String.class).one());
      assertThat(teaserKicker).isEqualTo("Gilets jaunes");
    }
  }

  @Test
  void aCorrectionKeepsItsDateUntilItsTextChangesAndEachChangeUpdatesTheArticle() {
    MutableClock clock = new MutableClock(START.toString());
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), clock)) {
      ArticleService service = wiring.articleService();
      long id = service.save(article().id("c1").publishedAt(START.minus(Duration.ofDays(1))).build()).articleId();

      clock.advance(Duration.ofHours(1));
      service.save(article().id("c1").publishedAt(START.minus(Duration.ofDays(1))).build()
          .withExtras(correction("Une date était fausse.")));
      Instant firstCorrection = clock.instant();
      assertThat(corrected(wiring, id)).isEqualTo(firstCorrection);
      assertThat(wiring.articleStore().findById(id).orElseThrow().updatedAt()).isEqualTo(firstCorrection);

      clock.advance(Duration.ofHours(1));
      service.save(article().id("c1").publishedAt(START.minus(Duration.ofDays(1))).title("Titre retouché").build()
          .withExtras(correction("Une date était fausse.")));
      assertThat(corrected(wiring, id)).as("same text, same date").isEqualTo(firstCorrection);

      clock.advance(Duration.ofHours(1));
      service.save(article().id("c1").publishedAt(START.minus(Duration.ofDays(1))).title("Titre retouché").build()
          .withExtras(correction("Une date et un nom étaient faux.")));
      assertThat(corrected(wiring, id)).isEqualTo(clock.instant());
    }
  }

  @Test
  void aReImportIsUnchangedWithTheSameFieldsAndUpdatedWhenOneChanges() {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), new MutableClock(START.toString()))) {
      ArticleService service = wiring.articleService();
      ArticleDraft draft = article().id("imp").build().withExtras(
          new ArticleExtras("Surtitre", "Titre SEO", "Description SEO", null, null, null, null));
      service.save(draft);

      assertThat(service.save(draft).kind()).isEqualTo(SaveOutcome.Kind.UNCHANGED);
      assertThat(service.save(draft.withExtras(new ArticleExtras("Autre surtitre", "Titre SEO", "Description SEO",
          null, null, null, null))).kind()).isEqualTo(SaveOutcome.Kind.UPDATED);
      assertThat(wiring.articleStore().findById(service.save(draft).articleId()).orElseThrow().extras().kicker())
          .isEqualTo("Surtitre");
    }
  }

  @Test
  void aMissingSocialImageOrATooLongKickerIsRefusedNamingTheFieldAndNothingIsWritten() {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), new MutableClock(START.toString()))) {
      ArticleService service = wiring.articleService();

      assertThatThrownBy(() -> service.save(article().id("bad1").build()
          .withExtras(new ArticleExtras(null, null, null, null, 4242L, null, null))))
          .isInstanceOf(InvalidContentException.class).hasMessageStartingWith("social_image 4242");
      assertThatThrownBy(() -> service.save(article().id("bad2").build()
          .withExtras(new ArticleExtras("x".repeat(201), null, null, null, null, null, null))))
          .isInstanceOf(InvalidContentException.class).hasMessageStartingWith("kicker is longer than 200");
      assertThat(wiring.articleStore().countAll()).isZero();
    }
  }

  @Test
  void controlCharactersAreRemovedFromTheFieldsAsFromTheOthers() {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), new MutableClock(START.toString()))) {
      SaveOutcome outcome = wiring.articleService().save(article().id("ctl").build()
          .withExtras(new ArticleExtras("Gilets\u0007 jaunes", null, null, null, null, null, null)));

      assertThat(outcome.warnings()).contains("kicker: 1 control character removed (U+0007)");
      assertThat(wiring.articleStore().findById(outcome.articleId()).orElseThrow().extras().kicker())
          .isEqualTo("Gilets jaunes");
    }
  }

  private static ArticleExtras correction(String text) {
    return new ArticleExtras(null, null, null, null, null, text, null);
  }

  private static Instant corrected(Wiring wiring, long id) {
    return wiring.articleStore().findById(id).orElseThrow().extras().correctedAt();
  }
}
