package kiosque.related;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article page whose lists are not stored yet (as after an import), over real HTTP. */
class RelatedListsOnMissIT {

  @TempDir
  Path dir;
  TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(dir);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  static ArticleDrafts festival(String title, String body) {
    return article().title(title).section("Culture").topics("Cinéma").publishedAt("2019-11-30T18:00:00Z")
        .body("<p>" + body + "</p>");
  }

  @Test
  void theEngineComputesThemInTheRequestTheyAreStoredAndTheNextViewReadsThem() {
    String opening = "Marrakech : le Festival international du film ouvre avec Martin Scorsese";
    app.publish(festival(opening, "Le Festival international du film de Marrakech s'ouvre au palais des congrès "
        + "en présence de Martin Scorsese, président du jury."));
    for (int i = 1; i <= 6; i++) {
      app.publish(article().title("Le Wydad remporte le derby numéro " + i).section("Sport").topics("Football")
          .publishedAt("2019-12-0%dT20:00:00Z".formatted(i)).body("<p>Le Wydad bat le Raja au stade Mohammed-V.</p>"));
    }
    long award = app.publish(festival("Festival du film de Marrakech : l'Étoile d'or pour un film mexicain",
        "Le jury présidé par Martin Scorsese remet l'Étoile d'or du Festival international du film de Marrakech."));
    // As after an import: the article is in the index, its lists are not computed yet.
    app.wiring().database().jdbi().useHandle(h -> {
      h.execute("delete from related_item where article_id = ?", award);
      h.execute("delete from related_list_state where article_id = ?", award);
    });
    RelatedService related = app.wiring().relatedService();
    assertThat(related.computedAt(award)).isEmpty();

    var further = app.page(app.pathOf(award)).select("section.go-further li h3").eachText();

    assertThat(further).first().as("the same story, found by the engine").isEqualTo(opening);
    assertThat(related.computedAt(award)).as("stored by the page view").isPresent();
    assertThat(related.storedLists(award)).first().extracting(RelatedItem::reason).asString()
        .as("the engine's reason, which the SQL baseline does not give").contains("Martin Scorsese");
  }
}
